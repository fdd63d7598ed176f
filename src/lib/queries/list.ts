import type { SqlParams } from '../sql/query';

/**
 * Options of a long list query. The page asks for its first rows only (a list
 * can match far more rows than a reader can use, and each becomes a browser
 * object); an export asks for every row.
 */
export interface ListOptions {
	/** At most this many rows, in the list's order; null or absent for every row. */
	readonly limit?: number | null;
}

/** The rows a list page shows and the length of "Show more"; the export has them all. */
export const LIST_LIMIT = 300;

/** A trailing `LIMIT $n` bound to the limit, or nothing when every row is wanted. */
export function limitSql(p: SqlParams, { limit = null }: ListOptions): string {
	return limit === null ? '' : `\n\tLIMIT ${p.add(limit)}`;
}
