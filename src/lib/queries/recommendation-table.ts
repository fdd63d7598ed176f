import {
	filteredStatesSql,
	inPeriodSql,
	recommendationFiltersSql,
	statusAtSql
} from './sql-fragments';
import type { GlobalFilters } from './filters';
import { query, SqlParams, type Query } from '../sql/query';

/** Sortable columns: the user picks a key, never SQL text. */
export const REC_SORT_COLUMNS = {
	issued: 'r.issued',
	iso3: 'r.iso3',
	name: 'm.name',
	area: 'r.area_code',
	priority: 'r.priority',
	status: 's.status',
	rec_id: 'r.rec_id'
} as const;
export type RecSortKey = keyof typeof REC_SORT_COLUMNS;

export interface RecTableOptions {
	readonly search: string | null;
	readonly status: string | null;
	readonly sort: RecSortKey;
	readonly descending: boolean;
	readonly page: number;
	readonly pageSize: number;
}

export const DEFAULT_REC_TABLE: RecTableOptions = {
	search: null,
	status: null,
	sort: 'issued',
	descending: true,
	page: 0,
	pageSize: 50
};

export interface RecTableRow {
	rec_id: string;
	iso3: string;
	name: string;
	area_code: string;
	resolution: string;
	priority: string;
	issued: string;
	status: string;
	text: string | null;
	/** Rows matching the filters on every page, for the pager. */
	total_rows: number;
}

/**
 * One page of the recommendation table with its status at D. The search
 * matches the identifier, the State's code or name and the text, case-insensitively.
 */
export function recommendationPage(
	options: RecTableOptions,
	filters: GlobalFilters,
	referenceDate: string
): Query<RecTableRow> {
	const p = new SqlParams();
	const d = p.date(referenceDate);
	const states = filteredStatesSql(p, filters);
	const records = recommendationFiltersSql(p, filters);
	const inPeriod = inPeriodSql(p, 'r.issued', filters, referenceDate);
	const search = p.add(options.search === null ? null : `%${options.search}%`);
	const status = p.add(options.status);
	const limit = p.add(options.pageSize);
	const offset = p.add(options.page * options.pageSize);
	const order = `${REC_SORT_COLUMNS[options.sort]} ${options.descending ? 'DESC' : 'ASC'}`;
	const sql = `WITH s AS (${statusAtSql(d)})
	SELECT r.rec_id, r.iso3, m.name, r.area_code, r.resolution, r.priority, r.issued, s.status, r.text,
		count(*) OVER () AS total_rows
	FROM recommendations r JOIN s USING (rec_id) JOIN member_states m USING (iso3)
	WHERE r.issued <= ${d} AND ${inPeriod} AND r.iso3 IN (${states}) AND ${records}
	  AND (${search}::VARCHAR IS NULL OR r.rec_id ILIKE ${search} OR r.iso3 ILIKE ${search}
		OR m.name ILIKE ${search} OR r.text ILIKE ${search})
	  AND (${status}::VARCHAR IS NULL OR s.status = ${status})
	ORDER BY ${order}, r.rec_id
	LIMIT ${limit} OFFSET ${offset}`;
	return query<RecTableRow>(sql, p.values);
}

export interface StatusHistoryRow {
	as_of: string;
	status: string;
	source: string | null;
}

/** A recommendation's status history, oldest first. */
export function statusHistory(recId: string): Query<StatusHistoryRow> {
	const p = new SqlParams();
	const sql = `SELECT as_of, status, source FROM recommendation_status
	WHERE rec_id = ${p.add(recId)} ORDER BY as_of`;
	return query<StatusHistoryRow>(sql, p.values);
}

export interface TextAvailabilityRow {
	with_text: number;
}

/** How many recommendations carry their wording in this extract (the public tier strips it). */
export function recommendationTextAvailability(): Query<TextAvailabilityRow> {
	return query<TextAvailabilityRow>(
		`SELECT count(*) FILTER (WHERE text IS NOT NULL AND trim(text) <> '') AS with_text
		FROM recommendations`,
		[]
	);
}
