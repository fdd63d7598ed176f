import { tablesReadBy, type ExtractTableName } from '../schema/index.ts';

/** A value bound to a `$n` placeholder. Dates travel as ISO `YYYY-MM-DD` strings. */
export type SqlParam = string | number | boolean | null;

/**
 * A query as data: SQL text with `$n` placeholders and the values to bind.
 * `Row` is the shape of one result row after the db layer's casts
 * (BIGINT and HUGEINT to number, DATE to ISO string, lists to arrays).
 */
export interface Query<Row> {
	readonly sql: string;
	readonly params: readonly SqlParam[];
	/**
	 * The extract tables the SQL reads, found in its text (tablesReadBy): the
	 * browser loads these before running it, so no list is kept by hand.
	 */
	readonly tables: readonly ExtractTableName[];
	/** Phantom field: carries the row type, never set. */
	readonly __row?: Row;
}

/** Builds a query with `$n` placeholders; throws if a placeholder has no value or a value no placeholder. */
export function query<Row>(sql: string, params: readonly SqlParam[] = []): Query<Row> {
	const used = new Set([...sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
	const expected = params.map((_, i) => i + 1);
	if (used.size !== params.length || expected.some((n) => !used.has(n))) {
		throw new Error(
			`Query placeholders ${[...used].sort((a, b) => a - b).join(', ')} do not match ${params.length} parameters:\n${sql}`
		);
	}
	return { sql, params, tables: tablesReadBy(sql) };
}

/**
 * Collects parameter values while SQL text is composed, so a value is never
 * spliced into the text: `p.add(x)` returns the placeholder that binds x.
 */
export class SqlParams {
	readonly values: SqlParam[] = [];

	add(value: SqlParam): string {
		this.values.push(value);
		return `$${this.values.length}`;
	}

	date(value: string): string {
		return `CAST(${this.add(value)} AS DATE)`;
	}
}

/** Anything that can run a query: DuckDB-WASM in the browser, native DuckDB in Node tests. */
export interface QueryRunner {
	run<Row>(q: Query<Row>): Promise<Row[]>;
}
