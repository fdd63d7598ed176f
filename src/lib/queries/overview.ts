import {
	filteredStatesSql,
	inPeriodSql,
	IS_VISIT,
	periodEndSql,
	statusAtSql,
	twelveMonthsBeforeSql
} from './common';
import type { GlobalFilters } from './filters';
import { query, SqlParams, type Query } from './query';

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

/**
 * The overview's headline indicators (INDICATORS.md) as numerator and
 * denominator under the global filters, at reference date D.
 */
export function overviewIndicators(
	filters: GlobalFilters,
	referenceDate: string
): Query<IndicatorCount> {
	const p = new SqlParams();
	const states = filteredStatesSql(p, filters);
	const d = p.date(referenceDate);
	const periodEnd = periodEndSql(p, filters, referenceDate);
	const visitInPeriod = inPeriodSql(p, 'visit_end', filters, referenceDate);
	const issuedInPeriod = inPeriodSql(p, 'issued', filters, referenceDate);
	const adoptedInPeriod = inPeriodSql(p, 'report_adopted', filters, referenceDate);
	const hrIssuedInPeriod = inPeriodSql(p, 'issued', filters, referenceDate);

	const sql = `WITH states AS (${states}),
	visited_in_period AS (
		SELECT DISTINCT iso3 FROM assessments
		WHERE ${IS_VISIT} AND ${visitInPeriod} AND iso3 IN (SELECT iso3 FROM states)
	),
	visited_ever AS (
		SELECT DISTINCT iso3 FROM assessments
		WHERE ${IS_VISIT} AND visit_end <= ${periodEnd} AND iso3 IN (SELECT iso3 FROM states)
	),
	status_at_d AS (${statusAtSql(d)}),
	r1_base AS (
		SELECT s.status FROM recommendations r JOIN status_at_d s USING (rec_id)
		WHERE r.iso3 IN (SELECT iso3 FROM states)
		  AND ${issuedInPeriod}
		  AND r.issued <= ${twelveMonthsBeforeSql(d)}
		  AND s.status <> 'no_longer_relevant'
	),
	r4_base AS (
		SELECT followup_report_date IS NOT NULL
			AND followup_report_date <= ${d}
			AND followup_report_date <= CAST(report_adopted + INTERVAL 12 MONTH AS DATE) AS on_time
		FROM assessments
		WHERE iso3 IN (SELECT iso3 FROM states)
		  AND ${adoptedInPeriod}
		  AND CAST(report_adopted + INTERVAL 12 MONTH AS DATE) <= ${d}
	),
	adopted AS (
		SELECT gender_analysis, child_rights_analysis FROM assessments
		WHERE iso3 IN (SELECT iso3 FROM states) AND ${adoptedInPeriod}
	),
	issued AS (
		SELECT human_rights FROM recommendations
		WHERE iso3 IN (SELECT iso3 FROM states) AND ${hrIssuedInPeriod}
	)
	SELECT 'V1' AS indicator, (SELECT count(*) FROM visited_in_period) AS numerator,
		(SELECT count(*) FROM states) AS denominator
	UNION ALL SELECT 'V2',
		(SELECT count(*) FROM states WHERE iso3 NOT IN (SELECT iso3 FROM visited_ever)),
		(SELECT count(*) FROM states)
	UNION ALL SELECT 'R1', count(*) FILTER (WHERE status = 'implemented'), count(*) FROM r1_base
	UNION ALL SELECT 'R4', count(*) FILTER (WHERE on_time), count(*) FROM r4_base
	UNION ALL SELECT 'W1', count(*) FILTER (WHERE gender_analysis), count(*) FROM adopted
	UNION ALL SELECT 'C1', count(*) FILTER (WHERE child_rights_analysis), count(*) FROM adopted
	UNION ALL SELECT 'H1', count(*) FILTER (WHERE human_rights), count(*) FROM issued`;
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
 * Yearly series for the overview trend chart: visits by year of visit_end, and
 * W1, C1 (year of report_adopted) and H1 (year issued) as rates.
 */
export function overviewTrend(filters: GlobalFilters, referenceDate: string): Query<TrendPoint> {
	const p = new SqlParams();
	const states = filteredStatesSql(p, filters);
	const visitInPeriod = inPeriodSql(p, 'visit_end', filters, referenceDate);
	const adoptedInPeriod = inPeriodSql(p, 'report_adopted', filters, referenceDate);
	const issuedInPeriod = inPeriodSql(p, 'issued', filters, referenceDate);
	const sql = `WITH states AS (${states}),
	adopted AS (
		SELECT year(report_adopted) AS year, gender_analysis, child_rights_analysis FROM assessments
		WHERE iso3 IN (SELECT iso3 FROM states) AND ${adoptedInPeriod}
	)
	SELECT 'visits' AS series, year(visit_end) AS year, count(*) AS numerator,
		NULL::BIGINT AS denominator
	FROM assessments
	WHERE ${IS_VISIT} AND iso3 IN (SELECT iso3 FROM states) AND ${visitInPeriod}
	GROUP BY ALL
	UNION ALL
	SELECT 'W1', year, count(*) FILTER (WHERE gender_analysis), count(*) FROM adopted GROUP BY year
	UNION ALL
	SELECT 'C1', year, count(*) FILTER (WHERE child_rights_analysis), count(*) FROM adopted GROUP BY year
	UNION ALL
	SELECT 'H1', year(issued), count(*) FILTER (WHERE human_rights), count(*)
	FROM recommendations
	WHERE iso3 IN (SELECT iso3 FROM states) AND ${issuedInPeriod}
	GROUP BY ALL
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
