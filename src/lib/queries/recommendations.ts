import { filteredStatesSql, inPeriodSql, statusAtSql, twelveMonthsBeforeSql } from './common';
import type { GlobalFilters } from './filters';
import { limitSql, type ListOptions } from './list';
import { query, SqlParams, type Query } from './query';

export type RecDimension = 'area' | 'region' | 'un_group' | 'priority' | 'resolution' | 'none';

const DIMENSION_SQL: Readonly<Record<RecDimension, string>> = {
	area: 'r.area_code',
	region: 'm.region',
	un_group: `coalesce(m.un_regional_group, 'No group')`,
	priority: 'r.priority',
	resolution: 'r.resolution',
	none: `'all'`
};

export interface ImplementationRow {
	category: string;
	/** R1 numerator: implemented at D. */
	implemented: number;
	/** R2 numerator: implemented or partially implemented at D. */
	progressed: number;
	/** Issued 12+ months before D, not `no_longer_relevant` at D. */
	denominator: number;
}

/**
 * R1 and R2 by a dimension; with `priorityOnly` they are R3. The period
 * selects by issue date; the status is read at D.
 */
export function implementationRates(
	dimension: RecDimension,
	filters: GlobalFilters,
	referenceDate: string,
	priorityOnly = false
): Query<ImplementationRow> {
	const p = new SqlParams();
	const d = p.date(referenceDate);
	const states = filteredStatesSql(p, filters);
	const inPeriod = inPeriodSql(p, 'r.issued', filters, referenceDate);
	const priority = p.add(priorityOnly);
	const sql = `WITH status_at_d AS (${statusAtSql(d)})
	SELECT ${DIMENSION_SQL[dimension]} AS category,
		count(*) FILTER (WHERE s.status = 'implemented') AS implemented,
		count(*) FILTER (WHERE s.status IN ('implemented', 'partially_implemented')) AS progressed,
		count(*) AS denominator
	FROM recommendations r JOIN status_at_d s USING (rec_id) JOIN member_states m USING (iso3)
	WHERE r.iso3 IN (${states}) AND ${inPeriod}
	  AND r.issued <= ${twelveMonthsBeforeSql(d)}
	  AND s.status <> 'no_longer_relevant'
	  AND (NOT ${priority}::BOOLEAN OR r.priority = 'priority')
	GROUP BY ALL ORDER BY category`;
	return query<ImplementationRow>(sql, p.values);
}

export interface StatusMixRow {
	year: number;
	status: string;
	recommendations: number;
}

/**
 * The status of every recommendation issued by each year's end (D for D's own
 * year), by the "latest row with as_of <= date" rule. Each status row holds
 * from its as_of until the next row of the same recommendation, and a
 * recommendation is not started from its issue until its first row; a year end
 * inside such a span counts it. Linear in the status rows: joining every
 * recommendation to every year end took 11 s single-threaded at 100x scale.
 */
export function statusMixByYear(
	filters: GlobalFilters,
	referenceDate: string
): Query<StatusMixRow> {
	const p = new SqlParams();
	const d = p.date(referenceDate);
	const states = filteredStatesSql(p, filters);
	const inPeriod = inPeriodSql(p, 'r.issued', filters, referenceDate);
	const sql = `WITH recs AS (
		SELECT r.rec_id, r.issued FROM recommendations r
		WHERE r.iso3 IN (${states}) AND ${inPeriod}
	), spans AS (
		SELECT s.status, s.as_of AS valid_from,
			lead(s.as_of) OVER (PARTITION BY s.rec_id ORDER BY s.as_of) AS valid_to
		FROM recommendation_status s JOIN recs USING (rec_id)
		WHERE s.as_of <= ${d}
		UNION ALL
		SELECT 'not_started', r.issued, min(s.as_of)
		FROM recs r LEFT JOIN recommendation_status s ON s.rec_id = r.rec_id AND s.as_of <= ${d}
		GROUP BY r.rec_id, r.issued
	), year_ends AS (
		SELECT status, valid_from, valid_to,
			least(make_date(CAST(y AS INTEGER), 12, 31), ${d}) AS year_end
		FROM (
			SELECT status, valid_from, valid_to,
				unnest(range(year(valid_from), year(coalesce(valid_to, ${d})) + 1)) AS y
			FROM spans
		)
	)
	SELECT year(year_end) AS year, status, count(*) AS recommendations
	FROM year_ends
	WHERE valid_from <= year_end AND (valid_to IS NULL OR year_end < valid_to)
	GROUP BY ALL ORDER BY year, status`;
	return query<StatusMixRow>(sql, p.values);
}

export interface TransitionRow {
	from_status: string;
	to_status: string;
	recommendations: number;
}

/** How recommendations issued by `fromDate` moved between their status then and at `toDate`. */
export function statusTransitions(
	filters: GlobalFilters,
	fromDate: string,
	toDate: string
): Query<TransitionRow> {
	const p = new SqlParams();
	const from = p.date(fromDate);
	const to = p.date(toDate);
	const states = filteredStatesSql(p, filters);
	const sql = `WITH a AS (${statusAtSql(from)}), b AS (${statusAtSql(to)})
	SELECT a.status AS from_status, b.status AS to_status, count(*) AS recommendations
	FROM recommendations r JOIN a USING (rec_id) JOIN b USING (rec_id)
	WHERE r.issued <= ${from} AND r.iso3 IN (${states})
	GROUP BY ALL ORDER BY from_status, to_status`;
	return query<TransitionRow>(sql, p.values);
}

export interface StaleRow {
	rec_id: string;
	iso3: string;
	name: string;
	area_code: string;
	priority: string;
	issued: string;
	status: string;
	last_update: string;
	months_since_update: number;
	/** Stale recommendations under the filters, whatever the limit. */
	total_rows: number;
}

/**
 * R5's list: open recommendations at D whose latest status (or, with none,
 * their issue) is more than 24 months old. Exactly 24 months is not stale.
 * Oldest update first; `limit` keeps the first rows. The total is a window
 * count in the same query: at 100x scale it cost nothing measurable, where a
 * separate count query repeated the whole scan (0.9 s single-threaded).
 */
export function staleRecommendations(
	filters: GlobalFilters,
	referenceDate: string,
	options: ListOptions = {}
): Query<StaleRow> {
	const p = new SqlParams();
	const d = p.date(referenceDate);
	const states = filteredStatesSql(p, filters);
	const inPeriod = inPeriodSql(p, 'r.issued', filters, referenceDate);
	const sql = `WITH latest AS (
		SELECT rec_id, arg_max(status, as_of) AS status, max(as_of) AS last_as_of
		FROM recommendation_status WHERE as_of <= ${d} GROUP BY rec_id
	)
	SELECT r.rec_id, r.iso3, m.name, r.area_code, r.priority, r.issued,
		coalesce(l.status, 'not_started') AS status,
		coalesce(l.last_as_of, r.issued) AS last_update,
		date_diff('month', coalesce(l.last_as_of, r.issued), ${d}) AS months_since_update,
		count(*) OVER () AS total_rows
	FROM recommendations r JOIN member_states m USING (iso3) LEFT JOIN latest l USING (rec_id)
	WHERE r.iso3 IN (${states}) AND ${inPeriod}
	  AND coalesce(l.status, 'not_started') NOT IN ('implemented', 'no_longer_relevant')
	  AND coalesce(l.last_as_of, r.issued) < CAST(${d} - INTERVAL 24 MONTH AS DATE)
	ORDER BY last_update, r.rec_id${limitSql(p, options)}`;
	return query<StaleRow>(sql, p.values);
}

export interface StaleShareRow {
	stale: number;
	open: number;
}

/** R5: stale open recommendations over open recommendations at D. */
export function staleShare(filters: GlobalFilters, referenceDate: string): Query<StaleShareRow> {
	const p = new SqlParams();
	const d = p.date(referenceDate);
	const states = filteredStatesSql(p, filters);
	const inPeriod = inPeriodSql(p, 'r.issued', filters, referenceDate);
	const sql = `WITH latest AS (
		SELECT rec_id, arg_max(status, as_of) AS status, max(as_of) AS last_as_of
		FROM recommendation_status WHERE as_of <= ${d} GROUP BY rec_id
	), open AS (
		SELECT coalesce(l.last_as_of, r.issued) AS last_update
		FROM recommendations r LEFT JOIN latest l USING (rec_id)
		WHERE r.iso3 IN (${states}) AND ${inPeriod}
		  AND coalesce(l.status, 'not_started') NOT IN ('implemented', 'no_longer_relevant')
	)
	SELECT count(*) FILTER (WHERE last_update < CAST(${d} - INTERVAL 24 MONTH AS DATE)) AS stale,
		count(*) AS open
	FROM open`;
	return query<StaleShareRow>(sql, p.values);
}

export interface TransitionMemberRow {
	rec_id: string;
	iso3: string;
	name: string;
	area_code: string;
	issued: string;
}

/** The recommendations behind one cell of the transition matrix, for its list. */
export function transitionMembers(
	filters: GlobalFilters,
	fromDate: string,
	toDate: string,
	fromStatus: string,
	toStatus: string
): Query<TransitionMemberRow> {
	const p = new SqlParams();
	const from = p.date(fromDate);
	const to = p.date(toDate);
	const states = filteredStatesSql(p, filters);
	const fromStatusSql = p.add(fromStatus);
	const toStatusSql = p.add(toStatus);
	const sql = `WITH a AS (${statusAtSql(from)}), b AS (${statusAtSql(to)})
	SELECT r.rec_id, r.iso3, m.name, r.area_code, r.issued
	FROM recommendations r JOIN a USING (rec_id) JOIN b USING (rec_id) JOIN member_states m USING (iso3)
	WHERE r.issued <= ${from} AND r.iso3 IN (${states})
	  AND a.status = ${fromStatusSql} AND b.status = ${toStatusSql}
	ORDER BY r.issued, r.rec_id`;
	return query<TransitionMemberRow>(sql, p.values);
}

export interface AreaNameRow {
	area_code: string;
	name: string;
}

/** Thematic area names in display order, to label area codes. */
export function thematicAreaNames(): Query<AreaNameRow> {
	return query<AreaNameRow>(
		`SELECT area_code, name FROM thematic_areas ORDER BY sort_order, area_code`,
		[]
	);
}
