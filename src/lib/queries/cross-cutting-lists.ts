import { filteredStatesSql, inPeriodSql } from './sql-fragments';
import type { GlobalFilters } from './filters';
import { query, SqlParams, type Query } from '../sql/query';

export interface MissingIntegrationRow {
	assessment_id: string;
	iso3: string;
	name: string;
	assessment_type: string;
	report_adopted: string;
	/** Recommendations on foreign terrorist fighters the State had received by D. */
	ftf_recommendations: number;
}

/**
 * Adopted reports that lack an analysis resolution 2395 asks for: gender
 * (para 28), or children's rights where the State has received FTF
 * recommendations (para 29, indicator C5). Newest first, then by State.
 */
export function assessmentsMissing(
	analysis: 'gender' | 'children_ftf',
	filters: GlobalFilters,
	referenceDate: string
): Query<MissingIntegrationRow> {
	const p = new SqlParams();
	const d = p.date(referenceDate);
	const states = filteredStatesSql(p, filters);
	const inPeriod = inPeriodSql(p, 'a.report_adopted', filters, referenceDate);
	const condition =
		analysis === 'gender'
			? 'NOT coalesce(a.gender_analysis, FALSE)'
			: 'NOT coalesce(a.child_rights_analysis, FALSE) AND coalesce(f.n, 0) > 0';
	const sql = `WITH ftf AS (
		SELECT iso3, count(*) AS n FROM recommendations
		WHERE area_code = 'ftf' AND issued <= ${d} GROUP BY iso3
	)
	SELECT a.assessment_id, a.iso3, m.name, a.assessment_type, a.report_adopted,
		coalesce(f.n, 0) AS ftf_recommendations
	FROM assessments a
	JOIN member_states m ON m.iso3 = a.iso3
	LEFT JOIN ftf f ON f.iso3 = a.iso3
	WHERE a.iso3 IN (${states}) AND ${inPeriod} AND ${condition}
	ORDER BY a.report_adopted DESC, a.iso3, a.assessment_id`;
	return query<MissingIntegrationRow>(sql, p.values);
}
