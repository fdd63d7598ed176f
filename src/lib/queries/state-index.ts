import { IS_VISIT, statusAtSql, twelveMonthsBeforeSql } from './sql-fragments';
import { query, SqlParams, type Query } from '../sql/query';

/** One row per Member State for the /states index, at the reference date D. */
export interface StateIndexRow {
	iso3: string;
	/** Latest visit_end of a visit (not a desk review) on or before D; null if never visited. */
	last_visit: string | null;
	/** Assessments of any type that ended (visit_end, else report_adopted) on or before D. */
	assessments: number;
	/** Recommendations issued by D and open at D (neither implemented nor no longer relevant). */
	open_recommendations: number;
	/** The same, `priority` only. */
	open_priority: number;
	/** R1 numerator for the State: implemented at D, issued 12+ months before D. */
	implemented: number;
	/** R1 denominator: issued 12+ months before D, not `no_longer_relevant` at D. */
	r1_denominator: number;
}

/**
 * The index of all 193 Member States (V3's last visit, assessments, open
 * recommendations and R1 by State). Every Member State has a row: one never
 * assessed has no last visit and zero counts, and its R1 has a 0 denominator
 * ("no data", never 0 %).
 */
export function stateIndex(referenceDate: string): Query<StateIndexRow> {
	const p = new SqlParams();
	const d = p.date(referenceDate);
	const sql = `WITH status_at_d AS (${statusAtSql(d)}),
	visits AS (
		SELECT iso3, max(visit_end) AS last_visit FROM assessments
		WHERE ${IS_VISIT} AND visit_end <= ${d} GROUP BY iso3
	),
	assessed AS (
		SELECT iso3, count(*) AS assessments FROM assessments
		WHERE coalesce(visit_end, report_adopted) <= ${d} GROUP BY iso3
	),
	recs AS (
		SELECT r.iso3,
			count(*) FILTER (WHERE s.status NOT IN ('implemented', 'no_longer_relevant'))
				AS open_recommendations,
			count(*) FILTER (WHERE s.status NOT IN ('implemented', 'no_longer_relevant')
				AND r.priority = 'priority') AS open_priority,
			count(*) FILTER (WHERE r.issued <= ${twelveMonthsBeforeSql(d)}
				AND s.status = 'implemented') AS implemented,
			count(*) FILTER (WHERE r.issued <= ${twelveMonthsBeforeSql(d)}
				AND s.status <> 'no_longer_relevant') AS r1_denominator
		FROM recommendations r JOIN status_at_d s USING (rec_id)
		WHERE r.issued <= ${d}
		GROUP BY r.iso3
	)
	SELECT m.iso3, v.last_visit,
		coalesce(a.assessments, 0) AS assessments,
		coalesce(r.open_recommendations, 0) AS open_recommendations,
		coalesce(r.open_priority, 0) AS open_priority,
		coalesce(r.implemented, 0) AS implemented,
		coalesce(r.r1_denominator, 0) AS r1_denominator
	FROM member_states m
	LEFT JOIN visits v USING (iso3) LEFT JOIN assessed a USING (iso3) LEFT JOIN recs r USING (iso3)
	ORDER BY m.iso3`;
	return query<StateIndexRow>(sql, p.values);
}
