import { statusAtSql } from './sql-fragments';
import { query, SqlParams, type Query } from '../sql/query';

/**
 * The linked (cross-filtered) views of recommendations on /explore. The
 * recommendations with their status at D are materialised once into a temp
 * table (status at D is the expensive part at scale); each selection then
 * costs one grouped scan per chart, in a single query. Every chart is
 * filtered by every selection but its own (the crossfilter rule).
 */

export const LINKED_BASE_TABLE = 'explore_linked_base';

export const LINKED_CHARTS = [
	'year',
	'region',
	'subregion',
	'area',
	'status',
	'priority',
	'resolution',
	'flag'
] as const;
export type LinkedChart = (typeof LINKED_CHARTS)[number];

/** The gender and child flags a recommendation can carry (one chart; not exclusive). */
export const LINKED_FLAGS = ['gender_specific', 'gender_sensitive', 'child_rights'] as const;
export type LinkedFlag = (typeof LINKED_FLAGS)[number];

export interface YearRange {
	readonly from: number;
	readonly to: number;
}

/** One selection per chart; null selects everything. */
export interface LinkedSelection {
	readonly years: YearRange | null;
	readonly region: string | null;
	/** A sub-region or an intermediate region (either selects a State, as the global filter does). */
	readonly subregion: string | null;
	readonly area: string | null;
	readonly status: string | null;
	readonly priority: string | null;
	readonly resolution: string | null;
	readonly flag: LinkedFlag | null;
}

export const NO_SELECTION: LinkedSelection = {
	years: null,
	region: null,
	subregion: null,
	area: null,
	status: null,
	priority: null,
	resolution: null,
	flag: null
};

/** Rows of the count query: one per chart and category; `total` has `all` (every selection applied) and `base` (none). */
export interface LinkedCountRow {
	readonly chart: LinkedChart | 'total';
	readonly category: string;
	readonly n: number;
}

export interface LinkedDomainRow {
	readonly dimension: 'year' | 'area';
	readonly code: string;
	readonly label: string;
}

/**
 * Creates (or replaces) the temp table of recommendations issued by D with
 * the year issued, the State's region and sub-regions, the area, the status
 * at D, priority, resolution and the flags. `subregion_bar` is the finest
 * region the State has (its intermediate region, else its sub-region), so the
 * sub-region chart's bars partition the recommendations.
 * Temp tables belong to the connection, so the SQL console never sees it.
 */
export function linkedBaseTable(referenceDate: string): Query<{ Count: number }> {
	const p = new SqlParams();
	const d = p.date(referenceDate);
	return query(
		`CREATE OR REPLACE TEMP TABLE ${LINKED_BASE_TABLE} AS
		SELECT r.rec_id, year(r.issued)::INTEGER AS year, m.region,
			m.sub_region, m.intermediate_region,
			coalesce(m.intermediate_region, m.sub_region) AS subregion_bar,
			r.area_code, s.status, r.priority, r.resolution,
			r.gender, coalesce(r.child_rights, false) AS child_rights
		FROM recommendations r
		JOIN member_states m USING (iso3)
		JOIN (${statusAtSql(d)}) s USING (rec_id)
		WHERE r.issued <= ${d}`,
		p.values
	);
}

/** The years present (first to last, gaps filled) and the thematic areas in their order, for stable axes. */
export function linkedDomain(): Query<LinkedDomainRow> {
	return query(
		`SELECT 'year' AS dimension, CAST(y AS VARCHAR) AS code, CAST(y AS VARCHAR) AS label, y AS sort
		FROM (SELECT unnest(range(min(year), max(year) + 1)) AS y FROM ${LINKED_BASE_TABLE}
			HAVING count(*) > 0)
		UNION ALL
		SELECT 'area', area_code, name, sort_order FROM thematic_areas
		ORDER BY dimension DESC, sort`
	);
}

/** Counts of every chart under the selection, each chart leaving out its own selection. */
export function linkedCounts(selection: LinkedSelection): Query<LinkedCountRow> {
	const p = new SqlParams();
	const from = p.add(selection.years?.from ?? null);
	const to = p.add(selection.years?.to ?? null);
	const region = p.add(selection.region);
	const subregion = p.add(selection.subregion);
	const area = p.add(selection.area);
	const status = p.add(selection.status);
	const priority = p.add(selection.priority);
	const resolution = p.add(selection.resolution);
	const flag = p.add(selection.flag);
	const predicates: Record<LinkedChart, string> = {
		year: `(${from}::INTEGER IS NULL OR year BETWEEN ${from}::INTEGER AND ${to}::INTEGER)`,
		region: `(${region}::VARCHAR IS NULL OR region = ${region}::VARCHAR)`,
		// The global filter's rule (filteredStatesSql): a sub-region or an intermediate region.
		subregion: `(${subregion}::VARCHAR IS NULL OR sub_region = ${subregion}::VARCHAR
			OR intermediate_region = ${subregion}::VARCHAR)`,
		area: `(${area}::VARCHAR IS NULL OR area_code = ${area}::VARCHAR)`,
		status: `(${status}::VARCHAR IS NULL OR status = ${status}::VARCHAR)`,
		priority: `(${priority}::VARCHAR IS NULL OR priority = ${priority}::VARCHAR)`,
		resolution: `(${resolution}::VARCHAR IS NULL OR resolution = ${resolution}::VARCHAR)`,
		flag: `(${flag}::VARCHAR IS NULL
			OR (${flag}::VARCHAR = 'gender_specific' AND gender = 'specific')
			OR (${flag}::VARCHAR = 'gender_sensitive' AND gender = 'sensitive')
			OR (${flag}::VARCHAR = 'child_rights' AND child_rights))`
	};
	const where = (except: LinkedChart | null) =>
		LINKED_CHARTS.filter((c) => c !== except)
			.map((c) => predicates[c])
			.join(' AND ');
	const grouped = (chart: LinkedChart, expr: string) =>
		`SELECT '${chart}' AS chart, CAST(${expr} AS VARCHAR) AS category, count(*)::INTEGER AS n
		FROM ${LINKED_BASE_TABLE} WHERE ${where(chart)} GROUP BY ALL`;
	return query(
		`${grouped('year', 'year')}
		UNION ALL ${grouped('region', 'region')}
		UNION ALL ${grouped('subregion', 'subregion_bar')}
		UNION ALL ${grouped('area', 'area_code')}
		UNION ALL ${grouped('status', 'status')}
		UNION ALL ${grouped('priority', 'priority')}
		UNION ALL ${grouped('resolution', 'resolution')}
		UNION ALL
		SELECT 'flag' AS chart, category, n::INTEGER AS n FROM (
			SELECT count(*) FILTER (WHERE gender = 'specific') AS gender_specific,
				count(*) FILTER (WHERE gender = 'sensitive') AS gender_sensitive,
				count(*) FILTER (WHERE child_rights) AS child_rights
			FROM ${LINKED_BASE_TABLE} WHERE ${where('flag')}
		) UNPIVOT (n FOR category IN (gender_specific, gender_sensitive, child_rights))
		UNION ALL
		SELECT 'total', 'all', count(*)::INTEGER FROM ${LINKED_BASE_TABLE} WHERE ${where(null)}
		UNION ALL
		SELECT 'total', 'base', count(*)::INTEGER FROM ${LINKED_BASE_TABLE}
		ORDER BY chart, category`,
		p.values
	);
}

/** One chart's counts by category code, from the rows of linkedCounts. */
export function countsByCategory(
	rows: readonly LinkedCountRow[],
	chart: LinkedChart | 'total'
): ReadonlyMap<string, number> {
	return new Map(rows.filter((r) => r.chart === chart).map((r) => [r.category, r.n]));
}
