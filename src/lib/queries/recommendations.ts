import {
	filteredStatesSql,
	recommendationFiltersSql,
	inPeriodSql,
	statusAtSql,
	twelveMonthsBeforeSql
} from './sql-fragments';
import type { GlobalFilters } from './filters';
import { limitSql, type ListOptions } from './list';
import { query, SqlParams, type Query } from '../sql/query';

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
	return implementationSql(dimension, filters, referenceDate, { priorityOnly, byPriority: false });
}

export interface ImplementationByPriorityRow extends ImplementationRow {
	priority: string;
}

/**
 * R1 and R2 by a dimension and by priority in one pass. Every recommendation
 * has one value of each dimension, so summing rows gives the overall rates and
 * the priority rows give R3: one read of the status at D instead of three.
 */
export function implementationRatesByPriority(
	dimension: RecDimension,
	filters: GlobalFilters,
	referenceDate: string
): Query<ImplementationByPriorityRow> {
	return implementationSql(dimension, filters, referenceDate, {
		priorityOnly: false,
		byPriority: true
	});
}

function implementationSql<Row>(
	dimension: RecDimension,
	filters: GlobalFilters,
	referenceDate: string,
	options: { priorityOnly: boolean; byPriority: boolean }
): Query<Row> {
	const p = new SqlParams();
	const d = p.date(referenceDate);
	const states = filteredStatesSql(p, filters);
	const records = recommendationFiltersSql(p, filters);
	const inPeriod = inPeriodSql(p, 'r.issued', filters, referenceDate);
	const priority = p.add(options.priorityOnly);
	const sql = `WITH status_at_d AS (${statusAtSql(d)})
	SELECT ${DIMENSION_SQL[dimension]} AS category,${options.byPriority ? ' r.priority,' : ''}
		count(*) FILTER (WHERE s.status = 'implemented') AS implemented,
		count(*) FILTER (WHERE s.status IN ('implemented', 'partially_implemented')) AS progressed,
		count(*) AS denominator
	FROM recommendations r JOIN status_at_d s USING (rec_id) JOIN member_states m USING (iso3)
	WHERE r.iso3 IN (${states}) AND ${records} AND ${inPeriod}
	  AND r.issued <= ${twelveMonthsBeforeSql(d)}
	  AND s.status <> 'no_longer_relevant'
	  AND (NOT ${priority}::BOOLEAN OR r.priority = 'priority')
	GROUP BY ALL ORDER BY ALL`;
	return query<Row>(sql, p.values);
}

export interface StatusMixRow {
	year: number;
	status: string;
	recommendations: number;
}

/**
 * The status of every recommendation issued by each year's end (D for D's own
 * year), by the "latest row with as_of <= date" rule: a year end inside one of
 * a recommendation's status spans counts that status. Counted as a running sum
 * of spans starting minus spans ending by each year end, so the work is one
 * pass over the spans, not a row per span and year or per recommendation and
 * year end.
 */
export function statusMixByYear(
	filters: GlobalFilters,
	referenceDate: string
): Query<StatusMixRow> {
	const p = new SqlParams();
	const d = p.date(referenceDate);
	const states = filteredStatesSql(p, filters);
	const records = recommendationFiltersSql(p, filters);
	const inPeriod = inPeriodSql(p, 'r.issued', filters, referenceDate);
	const sql = `WITH spans AS (
		SELECT s.status, s.valid_from, s.valid_until
		FROM recommendation_spans s JOIN recommendations r USING (rec_id)
		WHERE r.iso3 IN (${states}) AND ${records} AND ${inPeriod} AND s.valid_from <= ${d}
	), changes AS (
		SELECT status, year(valid_from) AS year, count(*) AS change FROM spans GROUP BY ALL
		UNION ALL
		SELECT status, year(valid_until), -count(*) FROM spans WHERE valid_until <= ${d} GROUP BY ALL
	), years AS (
		SELECT unnest(range((SELECT min(year) FROM changes), year(${d}) + 1)) AS year
	), statuses AS (
		SELECT DISTINCT status FROM changes
	), running AS (
		SELECT y.year, st.status,
			sum(coalesce(c.change, 0)) OVER (PARTITION BY st.status ORDER BY y.year) AS recommendations
		FROM years y CROSS JOIN statuses st
		LEFT JOIN (SELECT status, year, sum(change) AS change FROM changes GROUP BY ALL) c
			ON c.year = y.year AND c.status = st.status
	)
	SELECT CAST(year AS INTEGER) AS year, status, CAST(recommendations AS BIGINT) AS recommendations
	FROM running WHERE recommendations > 0
	ORDER BY year, status`;
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
	const records = recommendationFiltersSql(p, filters);
	const sql = `WITH a AS (${statusAtSql(from)}), b AS (${statusAtSql(to)})
	SELECT a.status AS from_status, b.status AS to_status, count(*) AS recommendations
	FROM recommendations r JOIN a USING (rec_id) JOIN b USING (rec_id)
	WHERE r.issued <= ${from} AND r.iso3 IN (${states}) AND ${records}
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
 * count in the same query, so the whole scan is not run a second time for it.
 */
export function staleRecommendations(
	filters: GlobalFilters,
	referenceDate: string,
	options: ListOptions = {}
): Query<StaleRow> {
	const p = new SqlParams();
	const d = p.date(referenceDate);
	const states = filteredStatesSql(p, filters);
	const records = recommendationFiltersSql(p, filters);
	const inPeriod = inPeriodSql(p, 'r.issued', filters, referenceDate);
	const sql = `SELECT r.rec_id, r.iso3, m.name, r.area_code, r.priority, r.issued, s.status,
		s.since AS last_update,
		date_diff('month', s.since, ${d}) AS months_since_update,
		count(*) OVER () AS total_rows
	FROM recommendations r JOIN member_states m USING (iso3) JOIN (${statusAtSql(d)}) s USING (rec_id)
	WHERE r.iso3 IN (${states}) AND ${records} AND ${inPeriod}
	  AND s.status NOT IN ('implemented', 'no_longer_relevant')
	  AND s.since < CAST(${d} - INTERVAL 24 MONTH AS DATE)
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
	const records = recommendationFiltersSql(p, filters);
	const inPeriod = inPeriodSql(p, 'r.issued', filters, referenceDate);
	const sql = `WITH open AS (
		SELECT s.since AS last_update
		FROM recommendations r JOIN (${statusAtSql(d)}) s USING (rec_id)
		WHERE r.iso3 IN (${states}) AND ${records} AND ${inPeriod}
		  AND s.status NOT IN ('implemented', 'no_longer_relevant')
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
	const records = recommendationFiltersSql(p, filters);
	const fromStatusSql = p.add(fromStatus);
	const toStatusSql = p.add(toStatus);
	const sql = `WITH a AS (${statusAtSql(from)}), b AS (${statusAtSql(to)})
	SELECT r.rec_id, r.iso3, m.name, r.area_code, r.issued
	FROM recommendations r JOIN a USING (rec_id) JOIN b USING (rec_id) JOIN member_states m USING (iso3)
	WHERE r.issued <= ${from} AND r.iso3 IN (${states}) AND ${records}
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
