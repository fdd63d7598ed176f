import {
	filteredStatesSql,
	inPeriodSql,
	IS_VISIT,
	recommendationFiltersSql
} from './sql-fragments';
import type { GlobalFilters } from './filters';
import { query, SqlParams, type Query } from '../sql/query';

export interface WpsContextRow {
	iso3: string;
	name: string;
	region: string;
	wps_score: number;
	wps_rank: number;
	/** W1: reports with gender analysis / reports adopted in the period. */
	w1_num: number;
	w1_den: number;
	/** W2: gender-sensitive or -specific recommendations / recommendations issued in the period. */
	w2_num: number;
	w2_den: number;
	/** W3: visits consulting women's organizations / visits ended in the period. */
	w3_num: number;
	w3_den: number;
}

/**
 * E2 beside W1-W3 (para 28): each Member State with a WPS Index 2025/26 score,
 * its score and rank, and its own W1-W3 counts over the filtered period up to D.
 * States with no unit in the period keep 0 / 0 ("no data"), never 0 %.
 */
export function wpsContext(filters: GlobalFilters, referenceDate: string): Query<WpsContextRow> {
	const p = new SqlParams();
	const states = filteredStatesSql(p, filters);
	const w1Period = inPeriodSql(p, 'report_adopted', filters, referenceDate);
	const w2Period = inPeriodSql(p, 'issued', filters, referenceDate);
	const w2Records = recommendationFiltersSql(p, filters, '');
	const w3Period = inPeriodSql(p, 'visit_end', filters, referenceDate);
	const sql = `WITH w1 AS (
		SELECT iso3, count(*) FILTER (WHERE coalesce(gender_analysis, FALSE)) AS n, count(*) AS d
		FROM assessments WHERE report_adopted IS NOT NULL AND ${w1Period} GROUP BY iso3
	), w2 AS (
		SELECT iso3, count(*) FILTER (WHERE gender IN ('sensitive', 'specific')) AS n, count(*) AS d
		FROM recommendations WHERE ${w2Period} AND ${w2Records} GROUP BY iso3
	), w3 AS (
		SELECT iso3, count(*) FILTER (WHERE coalesce(womens_orgs_consulted, 0) > 0) AS n, count(*) AS d
		FROM assessments WHERE visit_end IS NOT NULL AND ${IS_VISIT} AND ${w3Period} GROUP BY iso3
	)
	SELECT m.iso3, m.name, m.region, w.wps_score, w.wps_rank,
		coalesce(w1.n, 0) AS w1_num, coalesce(w1.d, 0) AS w1_den,
		coalesce(w2.n, 0) AS w2_num, coalesce(w2.d, 0) AS w2_den,
		coalesce(w3.n, 0) AS w3_num, coalesce(w3.d, 0) AS w3_den
	FROM member_states m
	JOIN wps_index w ON w.iso3 = m.iso3
	LEFT JOIN w1 ON w1.iso3 = m.iso3
	LEFT JOIN w2 ON w2.iso3 = m.iso3
	LEFT JOIN w3 ON w3.iso3 = m.iso3
	WHERE m.iso3 IN (${states})
	ORDER BY m.name`;
	return query<WpsContextRow>(sql, p.values);
}
