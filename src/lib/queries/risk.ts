import { filteredStatesSql, IS_VISIT, statusAtSql } from './sql-fragments';
import type { GlobalFilters } from './filters';
import { query, SqlParams, type Query } from '../sql/query';
import { AREA_SCORES_SELECT, latestEditionItemsSql } from './survey';

/** The components of V7 (INDICATORS.md), each normalised to 0-1 before weighting. */
export const RISK_COMPONENTS = [
	'never_visited',
	'years_since_visit',
	'gap_share',
	'open_priority',
	'gti'
] as const;
export type RiskComponent = (typeof RISK_COMPONENTS)[number];
export type RiskWeights = Readonly<Record<RiskComponent, number>>;

/**
 * Documented defaults: coverage first (para 7 names States never visited),
 * then existing gaps and open priority recommendations, then the external
 * threat context, which CTED's own records should outweigh.
 */
export const DEFAULT_RISK_WEIGHTS: RiskWeights = {
	never_visited: 3,
	years_since_visit: 2,
	gap_share: 2,
	open_priority: 2,
	gti: 1
};

/** Years since the last visit count up to this cap; a State never visited counts as the cap. */
export const YEARS_CAP = 10;

export interface RiskRow {
	rank: number;
	iso3: string;
	name: string;
	region: string;
	un_regional_group: string | null;
	years_since_visit: number | null;
	mean_gap_share: number | null;
	open_priority: number;
	gti_score: number | null;
	gti_year: number | null;
	/** Normalised components (0-1); a missing one counts 0 and is named in `missing`. */
	c_never_visited: number;
	c_years_since_visit: number;
	c_gap_share: number;
	c_open_priority: number;
	c_gti: number;
	/** Weighted contributions; they add up to `score`. */
	w_never_visited: number;
	w_years_since_visit: number;
	w_gap_share: number;
	w_open_priority: number;
	w_gti: number;
	score: number;
	missing: string[];
	plan_year: number | null;
	requested_by_state: boolean | null;
	consent: string | null;
}

export class RiskWeightsError extends Error {}

/** Weights must be finite and non-negative, and not all zero: otherwise there is no ranking. */
export function checkRiskWeights(weights: RiskWeights): void {
	for (const key of RISK_COMPONENTS) {
		const w = weights[key];
		if (!Number.isFinite(w) || w < 0) {
			throw new RiskWeightsError(`The weight of "${key}" must be a number of 0 or more.`);
		}
	}
	if (RISK_COMPONENTS.every((key) => weights[key] === 0)) {
		throw new RiskWeightsError(
			'All weights are zero: set at least one weight above zero to rank States.'
		);
	}
}

/**
 * V7: the States under the filters ranked by the weighted mean of their
 * normalised components; ties break by iso3. The open-priority component is
 * divided by the largest count among the ranked States.
 */
export function riskRanking(
	weights: RiskWeights,
	filters: GlobalFilters,
	referenceDate: string
): Query<RiskRow> {
	checkRiskWeights(weights);
	const p = new SqlParams();
	const d = p.date(referenceDate);
	const cap = p.add(YEARS_CAP);
	const states = filteredStatesSql(p, filters);
	const w = Object.fromEntries(RISK_COMPONENTS.map((k) => [k, p.add(weights[k])])) as Record<
		RiskComponent,
		string
	>;
	const total = `(${RISK_COMPONENTS.map((k) => `${w[k]}::DOUBLE`).join(' + ')})`;
	const sql = `WITH s AS (
		SELECT m.iso3, m.name, m.region, m.un_regional_group FROM member_states m
		WHERE m.iso3 IN (${states})
	), last_visit AS (
		SELECT iso3, max(visit_end) AS last_visit_end FROM assessments
		WHERE ${IS_VISIT} AND visit_end <= ${d} GROUP BY iso3
	), items AS (${latestEditionItemsSql(d)}),
	areas AS (${AREA_SCORES_SELECT}),
	gaps AS (
		SELECT iso3, avg(gap_items / rated_items) AS mean_gap_share FROM areas
		WHERE rated_items > 0 GROUP BY iso3
	), status_at_d AS (${statusAtSql(d)}),
	open_priority AS (
		SELECT r.iso3, count(*) AS n FROM recommendations r JOIN status_at_d st USING (rec_id)
		WHERE r.priority = 'priority' AND r.issued <= ${d}
		  AND st.status NOT IN ('implemented', 'no_longer_relevant')
		GROUP BY r.iso3
	), gti AS (
		SELECT iso3, arg_max(score, year) AS score, max(year) AS year FROM gti_scores
		WHERE year <= year(${d}) GROUP BY iso3
	), plan AS (
		SELECT iso3, arg_max(plan_year, plan_year) AS plan_year,
			arg_max(requested_by_state, plan_year) AS requested_by_state,
			arg_max(consent, plan_year) AS consent
		FROM visit_plan GROUP BY iso3
	), c AS (
		SELECT s.*,
			date_diff('day', lv.last_visit_end, ${d}) / 365.25 AS years_since_visit,
			g.mean_gap_share, coalesce(op.n, 0) AS open_priority,
			gti.score AS gti_score, gti.year AS gti_year,
			CASE WHEN lv.last_visit_end IS NULL THEN 1.0 ELSE 0.0 END AS c_never_visited,
			least(coalesce(date_diff('day', lv.last_visit_end, ${d}) / 365.25, ${cap}), ${cap}) / ${cap} AS c_years_since_visit,
			coalesce(g.mean_gap_share, 0.0) AS c_gap_share,
			coalesce(op.n, 0) / greatest(max(coalesce(op.n, 0)) OVER (), 1) AS c_open_priority,
			coalesce(gti.score, 0.0) / 10 AS c_gti,
			array_concat(
				CASE WHEN g.mean_gap_share IS NULL THEN ['survey gap share'] ELSE []::VARCHAR[] END,
				CASE WHEN gti.score IS NULL THEN ['GTI score'] ELSE []::VARCHAR[] END
			) AS missing,
			plan.plan_year, plan.requested_by_state, plan.consent
		FROM s
		LEFT JOIN last_visit lv USING (iso3)
		LEFT JOIN gaps g USING (iso3)
		LEFT JOIN open_priority op USING (iso3)
		LEFT JOIN gti USING (iso3)
		LEFT JOIN plan USING (iso3)
	), weighted AS (
		SELECT *,
			${w.never_visited} * c_never_visited / ${total} AS w_never_visited,
			${w.years_since_visit} * c_years_since_visit / ${total} AS w_years_since_visit,
			${w.gap_share} * c_gap_share / ${total} AS w_gap_share,
			${w.open_priority} * c_open_priority / ${total} AS w_open_priority,
			${w.gti} * c_gti / ${total} AS w_gti
		FROM c
	)
	SELECT row_number() OVER (ORDER BY score DESC, iso3) AS rank, *
	FROM (SELECT *, w_never_visited + w_years_since_visit + w_gap_share + w_open_priority + w_gti AS score
		FROM weighted)
	ORDER BY rank`;
	return query<RiskRow>(sql, p.values);
}
