/**
 * Example queries of the SQL console, written against the schema's tables.
 * They are text for the reader to edit and run, so the reference date D is
 * written into them as a DATE literal (checked to be an ISO day first).
 */

export interface ExampleQuery {
	readonly id: 'implementation_by_region' | 'never_visited' | 'gender_by_year' | 'status_mix';
	readonly sql: string;
}

export function exampleQueries(referenceDate: string): readonly ExampleQuery[] {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(referenceDate)) {
		throw new Error(`The reference date "${referenceDate}" is not an ISO day (YYYY-MM-DD).`);
	}
	const d = `DATE '${referenceDate}'`;
	return [
		{
			id: 'implementation_by_region',
			sql: `-- R1 by region: implemented at D / issued at least 12 months before D,
-- leaving out recommendations no longer relevant at D.
WITH status_at_d AS (
  SELECT r.rec_id, r.iso3, r.issued,
    coalesce(arg_max(s.status, s.as_of), 'not_started') AS status
  FROM recommendations r
  LEFT JOIN recommendation_status s ON s.rec_id = r.rec_id AND s.as_of <= ${d}
  GROUP BY ALL
)
SELECT m.region,
  count(*) FILTER (WHERE status = 'implemented') AS implemented,
  count(*) AS eligible,
  round(100.0 * implemented / eligible, 1) AS implementation_pct
FROM status_at_d
JOIN member_states m USING (iso3)
WHERE issued <= ${d} - INTERVAL 12 MONTH
  AND status <> 'no_longer_relevant'
GROUP BY m.region
ORDER BY m.region`
		},
		{
			id: 'never_visited',
			sql: `-- V2: Member States with no visit (any assessment but a desk review) by D.
SELECT m.region, m.un_regional_group, m.iso3, m.name
FROM member_states m
WHERE NOT EXISTS (
  SELECT 1 FROM assessments a
  WHERE a.iso3 = m.iso3
    AND a.assessment_type <> 'desk_review'
    AND a.visit_end <= ${d}
)
ORDER BY m.region, m.name`
		},
		{
			id: 'gender_by_year',
			sql: `-- W1: assessments whose report has gender analysis, by year of adoption.
SELECT year(report_adopted) AS year,
  count(*) FILTER (WHERE gender_analysis) AS with_gender_analysis,
  count(*) AS all_assessments,
  round(100.0 * with_gender_analysis / all_assessments, 1) AS share_pct
FROM assessments
WHERE report_adopted <= ${d}
GROUP BY ALL
ORDER BY year`
		},
		{
			id: 'status_mix',
			sql: `-- Every recommendation with its thematic area and latest status.
SELECT r.rec_id, r.iso3, t.name AS area, r.issued,
  coalesce(arg_max(s.status, s.as_of), 'not_started') AS status
FROM recommendations r
JOIN thematic_areas t USING (area_code)
LEFT JOIN recommendation_status s ON s.rec_id = r.rec_id AND s.as_of <= ${d}
GROUP BY ALL
ORDER BY r.rec_id`
		}
	];
}
