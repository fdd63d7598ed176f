/** A value bound to a `?` placeholder. Dates travel as ISO `YYYY-MM-DD` strings. */
export type SqlParam = string | number | boolean | null;

/**
 * A query as data: SQL text with `?` placeholders and the values to bind.
 * `Row` is the shape of one result row after the db layer's casts
 * (BIGINT and HUGEINT to number, DATE to ISO string, lists to arrays).
 */
export interface Query<Row> {
	readonly sql: string;
	readonly params: readonly SqlParam[];
	/** Phantom field: carries the row type, never set. */
	readonly __row?: Row;
}

export function query<Row>(sql: string, params: readonly SqlParam[] = []): Query<Row> {
	const placeholders = (sql.match(/\?/g) ?? []).length;
	if (placeholders !== params.length) {
		throw new Error(
			`Query has ${placeholders} placeholders but ${params.length} parameters:\n${sql}`
		);
	}
	return { sql, params };
}

/** Anything that can run a query: DuckDB-WASM in the browser, native DuckDB in Node tests. */
export interface QueryRunner {
	run<Row>(q: Query<Row>): Promise<Row[]>;
}
