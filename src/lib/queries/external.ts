import { filteredStatesSql } from './sql-fragments';
import type { GlobalFilters } from './filters';
import { query, SqlParams, type Query } from '../sql/query';

export interface FatfRegionRow {
	region: string;
	/** E1: rated C or LC on R.6, over Members with an R.6 rating (N/A is not a rating of compliance). */
	r6_compliant: number;
	r6_rated: number;
	/** The same for IO.10 rated high or substantial. */
	io10_effective: number;
	io10_rated: number;
	members: number;
	unrated: number;
}

/** E1 by region (para 25); Members with no FATF row count as unrated, never as non-compliant. */
export function fatfByRegion(filters: GlobalFilters): Query<FatfRegionRow> {
	const p = new SqlParams();
	const states = filteredStatesSql(p, filters);
	const sql = `SELECT m.region,
		count(*) FILTER (WHERE f.r6 IN ('C', 'LC')) AS r6_compliant,
		count(*) FILTER (WHERE f.r6 IN ('C', 'LC', 'PC', 'NC')) AS r6_rated,
		count(*) FILTER (WHERE f.io10 IN ('HE', 'SE')) AS io10_effective,
		count(*) FILTER (WHERE f.io10 IS NOT NULL) AS io10_rated,
		count(*) AS members,
		count(*) FILTER (WHERE f.iso3 IS NULL) AS unrated
	FROM member_states m LEFT JOIN fatf_ratings f USING (iso3)
	WHERE m.iso3 IN (${states})
	GROUP BY ALL ORDER BY m.region`;
	return query<FatfRegionRow>(sql, p.values);
}

export interface FatfDistributionRow {
	region: string;
	measure: 'R.6' | 'IO.10';
	rating: string;
	states: number;
}

/** The distribution of R.6 and IO.10 ratings by region, 'unrated' included. */
export function fatfDistribution(filters: GlobalFilters): Query<FatfDistributionRow> {
	const p = new SqlParams();
	const states = filteredStatesSql(p, filters);
	const sql = `WITH s AS (
		SELECT m.region, f.r6, f.io10 FROM member_states m LEFT JOIN fatf_ratings f USING (iso3)
		WHERE m.iso3 IN (${states})
	)
	SELECT region, 'R.6' AS measure, coalesce(r6, 'unrated') AS rating, count(*) AS states
	FROM s GROUP BY ALL
	UNION ALL
	SELECT region, 'IO.10', coalesce(io10, 'unrated'), count(*) FROM s GROUP BY ALL
	ORDER BY region, measure, rating`;
	return query<FatfDistributionRow>(sql, p.values);
}

export interface UnratedMemberRow {
	iso3: string;
	name: string;
	region: string;
}

/** Members with no FATF mutual evaluation on file: shown as unrated, not dropped. */
export function fatfUnratedMembers(filters: GlobalFilters): Query<UnratedMemberRow> {
	const p = new SqlParams();
	const states = filteredStatesSql(p, filters);
	const sql = `SELECT m.iso3, m.name, m.region FROM member_states m
	WHERE m.iso3 IN (${states}) AND m.iso3 NOT IN (SELECT iso3 FROM fatf_ratings)
	ORDER BY m.name`;
	return query<UnratedMemberRow>(sql, p.values);
}

export interface FatfReportPeriodRow {
	/** Oldest and newest report month (YYYY-MM) among the rated Members in the filters; null if none. */
	first_report: string | null;
	last_report: string | null;
	rated: number;
}

/** The dates of the FATF reports behind E1, for its source line (the ratings are as of these reports, not of D). */
export function fatfReportPeriod(filters: GlobalFilters): Query<FatfReportPeriodRow> {
	const p = new SqlParams();
	const states = filteredStatesSql(p, filters);
	const sql = `SELECT min(report_date) AS first_report, max(report_date) AS last_report,
		count(*) AS rated
	FROM fatf_ratings WHERE iso3 IN (${states})`;
	return query<FatfReportPeriodRow>(sql, p.values);
}
