import type { GlobalFilters, RecordDimension } from './filters';
import type { SqlParams } from '../sql/query';

/**
 * SQL fragments shared by the indicator queries. Each takes the SqlParams of
 * the query being composed, so every value is bound, never spliced.
 */

/** `SELECT iso3 FROM member_states` under the region, sub-region and UN-group filters. */
export function filteredStatesSql(p: SqlParams, filters: GlobalFilters): string {
	const region = p.add(filters.region);
	const subRegion = p.add(filters.subRegion);
	const group = p.add(filters.unGroup);
	return `SELECT iso3 FROM member_states
		WHERE (${region}::VARCHAR IS NULL OR region = ${region})
		  AND (${subRegion}::VARCHAR IS NULL OR sub_region = ${subRegion}
			OR intermediate_region = ${subRegion})
		  AND (${group}::VARCHAR IS NULL OR un_regional_group = ${group})`;
}

/**
 * The area, priority and resolution filters on a table's columns, as a
 * condition: `columns` names the column (with its alias) of each dimension
 * the table has, and a filter on a dimension it lacks is not applied here
 * (the filter bar says so, from FILTER_SCOPE). TRUE when none applies.
 */
export function recordFiltersSql(
	p: SqlParams,
	filters: GlobalFilters,
	columns: Partial<Readonly<Record<RecordDimension, string>>>
): string {
	const conditions: string[] = [];
	if (columns.area && filters.areas) {
		conditions.push(`${columns.area} IN (${filters.areas.map((code) => p.add(code)).join(', ')})`);
	}
	if (columns.priority && filters.priority) {
		conditions.push(`${columns.priority} = ${p.add(filters.priority)}`);
	}
	if (columns.resolution && filters.resolution) {
		conditions.push(`${columns.resolution} = ${p.add(filters.resolution)}`);
	}
	return conditions.length ? `(${conditions.join(' AND ')})` : 'TRUE';
}

/** A recommendation's three dimensions, for a query that reads `recommendations` as `alias`. */
export function recommendationFiltersSql(
	p: SqlParams,
	filters: GlobalFilters,
	alias = 'r'
): string {
	const column = (name: string) => (alias ? `${alias}.${name}` : name);
	return recordFiltersSql(p, filters, {
		area: column('area_code'),
		priority: column('priority'),
		resolution: column('resolution')
	});
}

/** True when no filter restricts the States (the period aside). */
export function allStates(filters: GlobalFilters): boolean {
	return filters.region === null && filters.subRegion === null && filters.unGroup === null;
}

/**
 * A condition that `dateExpr` falls in the filtered period and on or before D.
 * The period is in whole years; D caps it so figures never use the future.
 */
export function inPeriodSql(
	p: SqlParams,
	dateExpr: string,
	filters: GlobalFilters,
	referenceDate: string
): string {
	const from = p.add(filters.yearFrom);
	const to = p.add(filters.yearTo);
	return `(${dateExpr} <= ${p.date(referenceDate)}
		AND (${from}::INTEGER IS NULL OR year(${dateExpr}) >= ${from})
		AND (${to}::INTEGER IS NULL OR year(${dateExpr}) <= ${to}))`;
}

/** The last day the period covers: the end of `yearTo`, or D, whichever is earlier. */
export function periodEndSql(p: SqlParams, filters: GlobalFilters, referenceDate: string): string {
	const d = p.date(referenceDate);
	const to = p.add(filters.yearTo);
	return `(CASE WHEN ${to}::INTEGER IS NULL THEN ${d}
		ELSE least(${d}, make_date(${to}::INTEGER, 12, 31)) END)`;
}

/**
 * The status at `atDate` of each recommendation issued by then, and the date
 * it took effect (`since`): the latest status row with as_of <= that date, or
 * `not_started` since its issue before its first row (DATA-MODEL.md). Read
 * from recommendation_spans, which holds exactly one span containing any date
 * from a recommendation's issue on; callers join it to recommendations issued
 * by `atDate`.
 */
export function statusAtSql(atDate: string): string {
	return `SELECT rec_id, status, valid_from AS since FROM recommendation_spans
		WHERE valid_from <= ${atDate} AND (valid_until IS NULL OR valid_until > ${atDate})`;
}

/** "Visit" = an assessment of any type but `desk_review` (INDICATORS.md). */
export const IS_VISIT = `assessment_type <> 'desk_review'`;

/** D minus 12 months as a DATE (month arithmetic: 29 Feb minus a year is 28 Feb). */
export function twelveMonthsBeforeSql(dateSql: string): string {
	return `CAST(${dateSql} - INTERVAL 12 MONTH AS DATE)`;
}
