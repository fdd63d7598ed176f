import { runQuery } from '$lib/db';
import { LIST_LIMIT } from '$lib/queries/list';
import type { Query } from '$lib/sql/query';
import { QueryResult } from './query.svelte';
import type { LoadStatus, StatusPart } from './status';

/** A list row that carries the count of every matching row (`count(*) OVER ()`). */
export interface CountedRow {
	total_rows: number;
}

/**
 * A long list: the page holds its first `limit` rows and their total; every
 * row is fetched only when asked for (an export). `build(limit)` reads the
 * filters and D, so the first rows re-run when they change, and `all()` asks
 * for what the filters select at the time of the click. Create it during
 * component initialisation (it owns an effect).
 */
export class RecordListResult<Row extends CountedRow> implements StatusPart {
	readonly #first: QueryResult<Row>;
	readonly #build: (limit: number | null) => Query<Row> | null;
	readonly #run: (q: Query<Row>) => Promise<Row[]>;

	constructor(
		build: (limit: number | null) => Query<Row> | null,
		readonly limit = LIST_LIMIT,
		run: (q: Query<Row>) => Promise<Row[]> = runQuery
	) {
		this.#build = build;
		this.#run = run;
		this.#first = new QueryResult<Row>(() => build(limit), run);
	}

	get status(): LoadStatus {
		return this.#first.status;
	}
	get error(): string | null {
		return this.#first.error;
	}
	/** The first rows, in the list's order. */
	get rows(): readonly Row[] {
		return this.#first.rows;
	}
	/** Every matching row's count, beyond the first ones. */
	get total(): number {
		return this.#first.rows[0]?.total_rows ?? 0;
	}

	/** Every matching row, for an export. The export is offered only once rows are shown, so D is known. */
	async all(): Promise<Row[]> {
		const q = this.#build(null);
		if (q === null) throw new Error('The reference date is not known yet.');
		return this.#run(q);
	}
}
