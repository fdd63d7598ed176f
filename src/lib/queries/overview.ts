import {
	filteredStatesSql,
	inPeriodSql,
	IS_VISIT,
	periodEndSql,
	recommendationFiltersSql,
	statusAtSql,
	twelveMonthsBeforeSql
} from './sql-fragments';
import type { GlobalFilters } from './filters';
import { query, SqlParams, type Query } from '../sql/query';

export type OverviewIndicatorId = 'V1' | 'V2' | 'R1' | 'R4' | 'W1' | 'C1' | 'H1';

export const OVERVIEW_INDICATORS: readonly OverviewIndicatorId[] = [
	'V1',
	'V2',
	'R1',
	'R4',
	'W1',
	'C1',
	'H1'
];

export interface IndicatorCount {
	indicator: OverviewIndicatorId;
	numerator: number;
	denominator: number;
}

/** Indicators computed from assessments alone, and those that need recommendations. */
export const ASSESSMENT_INDICATORS: readonly OverviewIndicatorId[] = ['V1', 'V2', 'R4', 'W1', 'C1'];
export const RECOMMENDATION_INDICATORS: readonly OverviewIndicatorId[] = ['R1', 'H1'];

/**
 * The overview's headline indicators (INDICATORS.md) as numerator and
 * denominator under the global filters, at reference date D. `only` limits the
 * query to some indicators, and so to the tables they read: the page asks for
 * the assessment-based and recommendation-based ones separately, so one missing
 * extract leaves the other cards standing.
 */
export function overviewIndicators(
	filters: GlobalFilters,
	referenceDate: string,
	only: readonly OverviewIndicatorId[] = OVERVIEW_INDICATORS
): Query<IndicatorCount> {
	const p = new SqlParams();
	const states = filteredStatesSql(p, filters);
	// Each CTE binds its own values when it is used, so no placeholder is left unbound.
	const ctes: Record<string, () => string> = {
		visited_in_period: () => `SELECT DISTINCT iso3 FROM assessments
		WHERE ${IS_VISIT} AND ${inPeriodSql(p, 'visit_end', filters, referenceDate)}
		  AND iso3 IN (SELECT iso3 FROM states)`,
		visited_ever: () => `SELECT DISTINCT iso3 FROM assessments
		WHERE ${IS_VISIT} AND visit_end <= ${periodEndSql(p, filters, referenceDate)}
		  AND iso3 IN (SELECT iso3 FROM states)`,
		status_at_d: () => statusAtSql(p.date(referenceDate)),
		r1_base: () => `SELECT s.status FROM recommendations r JOIN status_at_d s USING (rec_id)
		WHERE r.iso3 IN (SELECT iso3 FROM states) AND ${recommendationFiltersSql(p, filters)}
		  AND ${inPeriodSql(p, 'issued', filters, referenceDate)}
		  AND r.issued <= ${twelveMonthsBeforeSql(p.date(referenceDate))}
		  AND s.status <> 'no_longer_relevant'`,
		r4_base: () => {
			const d = p.date(referenceDate);
			return `SELECT followup_report_date IS NOT NULL
			AND followup_report_date <= ${d}
			AND followup_report_date <= CAST(report_adopted + INTERVAL 12 MONTH AS DATE) AS on_time
		FROM assessments
		WHERE iso3 IN (SELECT iso3 FROM states)
		  AND ${inPeriodSql(p, 'report_adopted', filters, referenceDate)}
		  AND CAST(report_adopted + INTERVAL 12 MONTH AS DATE) <= ${d}`;
		},
		adopted: () => `SELECT gender_analysis, child_rights_analysis FROM assessments
		WHERE iso3 IN (SELECT iso3 FROM states)
		  AND ${inPeriodSql(p, 'report_adopted', filters, referenceDate)}`,
		issued: () => `SELECT human_rights FROM recommendations
		WHERE iso3 IN (SELECT iso3 FROM states) AND ${recommendationFiltersSql(p, filters, '')}
		  AND ${inPeriodSql(p, 'issued', filters, referenceDate)}`
	};
	const parts: Record<OverviewIndicatorId, { ctes: string[]; select: string }> = {
		V1: {
			ctes: ['visited_in_period'],
			select: `SELECT 'V1' AS indicator, (SELECT count(*) FROM visited_in_period) AS numerator,
		(SELECT count(*) FROM states) AS denominator`
		},
		V2: {
			ctes: ['visited_ever'],
			select: `SELECT 'V2' AS indicator,
		(SELECT count(*) FROM states WHERE iso3 NOT IN (SELECT iso3 FROM visited_ever)) AS numerator,
		(SELECT count(*) FROM states) AS denominator`
		},
		R1: {
			ctes: ['status_at_d', 'r1_base'],
			select: `SELECT 'R1' AS indicator, count(*) FILTER (WHERE status = 'implemented') AS numerator,
		count(*) AS denominator FROM r1_base`
		},
		R4: {
			ctes: ['r4_base'],
			select: `SELECT 'R4' AS indicator, count(*) FILTER (WHERE on_time) AS numerator,
		count(*) AS denominator FROM r4_base`
		},
		W1: {
			ctes: ['adopted'],
			select: `SELECT 'W1' AS indicator, count(*) FILTER (WHERE gender_analysis) AS numerator,
		count(*) AS denominator FROM adopted`
		},
		C1: {
			ctes: ['adopted'],
			select: `SELECT 'C1' AS indicator, count(*) FILTER (WHERE child_rights_analysis) AS numerator,
		count(*) AS denominator FROM adopted`
		},
		H1: {
			ctes: ['issued'],
			select: `SELECT 'H1' AS indicator, count(*) FILTER (WHERE human_rights) AS numerator,
		count(*) AS denominator FROM issued`
		}
	};
	const chosen = OVERVIEW_INDICATORS.filter((id) => only.includes(id));
	// Declaration order of `ctes` keeps status_at_d ahead of r1_base, which reads it.
	const needed = new Set(chosen.flatMap((id) => parts[id].ctes));
	const withClauses = Object.keys(ctes)
		.filter((name) => needed.has(name))
		.map((name) => `,\n\t${name} AS (${ctes[name]()})`)
		.join('');
	const sql = `WITH states AS (${states})${withClauses}
	${chosen.map((id) => parts[id].select).join('\n\tUNION ALL ')}`;
	return query<IndicatorCount>(sql, p.values);
}

export type TrendSeries = 'visits' | 'W1' | 'C1' | 'H1';

export interface TrendPoint {
	series: TrendSeries;
	year: number;
	numerator: number;
	/** Null for counts (visits), which have no denominator. */
	denominator: number | null;
}

/**
 * Visits by year of visit_end, for the overview's bar chart. A query of its own,
 * so a missing or broken recommendations extract does not blank this chart.
 */
export function overviewVisitsTrend(
	filters: GlobalFilters,
	referenceDate: string
): Query<TrendPoint> {
	const p = new SqlParams();
	const states = filteredStatesSql(p, filters);
	const visitInPeriod = inPeriodSql(p, 'visit_end', filters, referenceDate);
	const sql = `SELECT 'visits' AS series, year(visit_end) AS year, count(*) AS numerator,
		NULL::BIGINT AS denominator
	FROM assessments
	WHERE ${IS_VISIT} AND iso3 IN (${states}) AND ${visitInPeriod}
	GROUP BY ALL
	ORDER BY year`;
	return query<TrendPoint>(sql, p.values);
}

function assessmentSharesSql(p: SqlParams, filters: GlobalFilters, referenceDate: string): string {
	const states = filteredStatesSql(p, filters);
	const adoptedInPeriod = inPeriodSql(p, 'report_adopted', filters, referenceDate);
	return `SELECT 'W1' AS series, year(report_adopted) AS year,
		count(*) FILTER (WHERE gender_analysis) AS numerator, count(*) AS denominator
	FROM assessments WHERE iso3 IN (${states}) AND ${adoptedInPeriod}
	GROUP BY ALL
	UNION ALL
	SELECT 'C1', year(report_adopted), count(*) FILTER (WHERE child_rights_analysis), count(*)
	FROM assessments WHERE iso3 IN (${states}) AND ${adoptedInPeriod}
	GROUP BY ALL`;
}

function recommendationSharesSql(
	p: SqlParams,
	filters: GlobalFilters,
	referenceDate: string
): string {
	const states = filteredStatesSql(p, filters);
	const issuedInPeriod = inPeriodSql(p, 'issued', filters, referenceDate);
	const records = recommendationFiltersSql(p, filters, '');
	return `SELECT 'H1' AS series, year(issued) AS year,
		count(*) FILTER (WHERE human_rights) AS numerator, count(*) AS denominator
	FROM recommendations
	WHERE iso3 IN (${states}) AND ${records} AND ${issuedInPeriod}
	GROUP BY ALL`;
}

/** W1 and C1 by year of report_adopted, as rates. */
export function overviewAssessmentSharesTrend(
	filters: GlobalFilters,
	referenceDate: string
): Query<TrendPoint> {
	const p = new SqlParams();
	const sql = `${assessmentSharesSql(p, filters, referenceDate)}\n\tORDER BY series, year`;
	return query<TrendPoint>(sql, p.values);
}

/** H1 by year issued, as a rate; it reads recommendations only. */
export function overviewRecommendationSharesTrend(
	filters: GlobalFilters,
	referenceDate: string
): Query<TrendPoint> {
	const p = new SqlParams();
	const sql = `${recommendationSharesSql(p, filters, referenceDate)}\n\tORDER BY year`;
	return query<TrendPoint>(sql, p.values);
}

/** W1, C1 and H1 together, for the report book, which shows them in one figure. */
export function overviewSharesTrend(
	filters: GlobalFilters,
	referenceDate: string
): Query<TrendPoint> {
	const p = new SqlParams();
	const sql = `${assessmentSharesSql(p, filters, referenceDate)}
	UNION ALL
	${recommendationSharesSql(p, filters, referenceDate)}
	ORDER BY series, year`;
	return query<TrendPoint>(sql, p.values);
}

export interface NeverVisitedRow {
	iso3: string;
	name: string;
	region: string;
	un_regional_group: string | null;
}

/** V2's list: Member States under the filters with no visit by the end of the period. */
export function neverVisitedStates(
	filters: GlobalFilters,
	referenceDate: string
): Query<NeverVisitedRow> {
	const p = new SqlParams();
	const states = filteredStatesSql(p, filters);
	const periodEnd = periodEndSql(p, filters, referenceDate);
	const sql = `SELECT m.iso3, m.name, m.region, m.un_regional_group
	FROM member_states m
	WHERE m.iso3 IN (${states})
	  AND m.iso3 NOT IN (
		SELECT iso3 FROM assessments WHERE ${IS_VISIT} AND visit_end <= ${periodEnd}
	  )
	ORDER BY m.region, m.name`;
	return query<NeverVisitedRow>(sql, p.values);
}
