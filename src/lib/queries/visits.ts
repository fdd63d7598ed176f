import { filteredStatesSql, IS_VISIT, periodEndSql } from './sql-fragments';
import type { GlobalFilters } from './filters';
import { query, SqlParams, type Query } from '../sql/query';

export type CoverageGroup = 'within_5' | 'from_5_to_10' | 'over_10' | 'never';

export interface StateVisitRow {
	iso3: string;
	name: string;
	m49: string;
	region: string;
	un_regional_group: string | null;
	visits: number;
	last_visit_end: string | null;
	/** V3: years from the latest visit to the end of the period; null if never visited. */
	years_since_last_visit: number | null;
	coverage_group: CoverageGroup;
}

/**
 * V1-V3 per Member State: visits up to the end of the period (or D), the
 * latest visit, years since, and the coverage group ("within 5 years" counts
 * a visit exactly 5 years before).
 */
export function stateVisits(filters: GlobalFilters, referenceDate: string): Query<StateVisitRow> {
	const p = new SqlParams();
	const end = periodEndSql(p, filters, referenceDate);
	const states = filteredStatesSql(p, filters);
	const sql = `WITH v AS (
		SELECT iso3, count(*) AS visits, max(visit_end) AS last_visit_end
		FROM assessments WHERE ${IS_VISIT} AND visit_end <= ${end} GROUP BY iso3
	), period_end AS (SELECT ${end} AS d)
	SELECT m.iso3, m.name, m.m49, m.region, m.un_regional_group,
		coalesce(v.visits, 0) AS visits, v.last_visit_end,
		date_diff('day', v.last_visit_end, (SELECT d FROM period_end)) / 365.25 AS years_since_last_visit,
		CASE
			WHEN v.last_visit_end IS NULL THEN 'never'
			WHEN v.last_visit_end >= CAST((SELECT d FROM period_end) - INTERVAL 5 YEAR AS DATE) THEN 'within_5'
			WHEN v.last_visit_end >= CAST((SELECT d FROM period_end) - INTERVAL 10 YEAR AS DATE) THEN 'from_5_to_10'
			ELSE 'over_10'
		END AS coverage_group
	FROM member_states m LEFT JOIN v USING (iso3)
	WHERE m.iso3 IN (${states})
	ORDER BY m.iso3`;
	return query<StateVisitRow>(sql, p.values);
}

export interface CumulativeVisitsRow {
	year: number;
	visits: number;
	cumulative_visits: number;
	cumulative_states: number;
}

/** Visits per year of visit_end, with running totals of visits and of States visited. */
export function cumulativeVisits(
	filters: GlobalFilters,
	referenceDate: string
): Query<CumulativeVisitsRow> {
	const p = new SqlParams();
	const end = periodEndSql(p, filters, referenceDate);
	const states = filteredStatesSql(p, filters);
	const sql = `WITH v AS (
		SELECT iso3, visit_end FROM assessments
		WHERE ${IS_VISIT} AND visit_end <= ${end} AND iso3 IN (${states})
	), first_visit AS (SELECT iso3, year(min(visit_end)) AS year FROM v GROUP BY iso3),
	years AS (SELECT DISTINCT year(visit_end) AS year FROM v)
	SELECT y.year,
		(SELECT count(*) FROM v WHERE year(visit_end) = y.year) AS visits,
		(SELECT count(*) FROM v WHERE year(visit_end) <= y.year) AS cumulative_visits,
		(SELECT count(*) FROM first_visit f WHERE f.year <= y.year) AS cumulative_states
	FROM years y ORDER BY y.year`;
	return query<CumulativeVisitsRow>(sql, p.values);
}

export interface TurnaroundRow {
	year: number;
	reports: number;
	median_days: number;
	p90_days: number;
}

/** V4: days from visit end to the report's adoption, by year of visit end (reports adopted by D). */
export function reportTurnaround(
	filters: GlobalFilters,
	referenceDate: string
): Query<TurnaroundRow> {
	const p = new SqlParams();
	const d = p.date(referenceDate);
	const states = filteredStatesSql(p, filters);
	const from = p.add(filters.yearFrom);
	const to = p.add(filters.yearTo);
	const sql = `SELECT year(visit_end) AS year, count(*) AS reports,
		quantile_cont(date_diff('day', visit_end, report_adopted), 0.5) AS median_days,
		quantile_cont(date_diff('day', visit_end, report_adopted), 0.9) AS p90_days
	FROM assessments
	WHERE ${IS_VISIT} AND report_adopted <= ${d} AND visit_end IS NOT NULL
	  AND iso3 IN (${states})
	  AND (${from}::INTEGER IS NULL OR year(visit_end) >= ${from})
	  AND (${to}::INTEGER IS NULL OR year(visit_end) <= ${to})
	GROUP BY ALL ORDER BY year`;
	return query<TurnaroundRow>(sql, p.values);
}

export interface AnnualListRow {
	plan_year: number;
	approved: number;
	approved_visited: number;
	requested: number;
	granted: number;
	pending: number;
	declined: number;
	postponed: number;
}

/**
 * V5 and V6 per plan year: approved States visited in the plan year, and
 * consent outcomes over the rows where consent was requested.
 */
export function annualListExecution(
	filters: GlobalFilters,
	referenceDate: string
): Query<AnnualListRow> {
	const p = new SqlParams();
	const d = p.date(referenceDate);
	const states = filteredStatesSql(p, filters);
	const from = p.add(filters.yearFrom);
	const to = p.add(filters.yearTo);
	const sql = `WITH visited AS (
		SELECT DISTINCT iso3, year(visit_end) AS year FROM assessments
		WHERE ${IS_VISIT} AND visit_end <= ${d}
	)
	SELECT v.plan_year,
		count(*) FILTER (WHERE v.committee_approved) AS approved,
		count(*) FILTER (WHERE v.committee_approved AND x.iso3 IS NOT NULL) AS approved_visited,
		count(*) FILTER (WHERE v.consent <> 'not_requested') AS requested,
		count(*) FILTER (WHERE v.consent = 'granted') AS granted,
		count(*) FILTER (WHERE v.consent = 'pending') AS pending,
		count(*) FILTER (WHERE v.consent = 'declined') AS declined,
		count(*) FILTER (WHERE v.consent = 'postponed') AS postponed
	FROM visit_plan v LEFT JOIN visited x ON x.iso3 = v.iso3 AND x.year = v.plan_year
	WHERE v.iso3 IN (${states})
	  AND (${from}::INTEGER IS NULL OR v.plan_year >= ${from})
	  AND (${to}::INTEGER IS NULL OR v.plan_year <= ${to})
	GROUP BY ALL ORDER BY v.plan_year`;
	return query<AnnualListRow>(sql, p.values);
}
