import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { Schema, Table, tableToIPC, type RecordBatch } from 'apache-arrow';
import { arrowTableToRows } from './arrow-cast';
import { arrowIPCToParquet } from './parquet';

export interface ConsoleColumn {
	readonly name: string;
	/** The Arrow type as DuckDB returned it, e.g. "Utf8", "Int64", "Date32<DAY>". */
	readonly type: string;
}

/** The rows of one console query, cut at the row cap, in the three forms the console needs. */
export interface ConsoleResult {
	readonly columns: readonly ConsoleColumn[];
	/** Plain rows, cast once as everywhere else (BIGINT to number, DATE to ISO day). */
	readonly rows: readonly Record<string, unknown>[];
	/** The query returned more than the cap; `rows` holds the first `cap`. */
	readonly truncated: boolean;
	readonly cap: number;
	readonly elapsedMs: number;
	/** Arrow IPC file of the rows, with the marking in the schema metadata. */
	toArrowIPC(marking: string): Uint8Array;
	/** Parquet file of the rows (written here, in the browser), marking in its key-value metadata. */
	toParquet(marking: string): Promise<Uint8Array>;
}

/**
 * The SQL console's own connection to the one DuckDB instance: a query sent
 * here can be cancelled without touching the app's connection, and its temp
 * objects are not the app's. The statement has been checked by
 * explore-sql-guard and the instance refuses file and network access.
 */
export class ConsoleSession {
	#running = false;

	constructor(private readonly conn: AsyncDuckDBConnection) {}

	async run(sql: string, cap: number): Promise<ConsoleResult> {
		const start = performance.now();
		this.#running = true;
		try {
			const reader = await this.conn.send(sql, true);
			const batches: RecordBatch[] = [];
			let count = 0;
			// Read one row past the cap, so a result of exactly `cap` rows is not called truncated.
			for await (const batch of reader) {
				batches.push(batch);
				count += batch.numRows;
				if (count > cap) break;
			}
			const table = new Table(reader.schema, batches);
			const kept = count > cap ? table.slice(0, cap) : table;
			return consoleResult(kept, count > cap, cap, performance.now() - start);
		} finally {
			this.#running = false;
		}
	}

	/** Cancels the query in flight; its run() then rejects. False when nothing was running. */
	async cancel(): Promise<boolean> {
		if (!this.#running) return false;
		return this.conn.cancelSent();
	}
}

function consoleResult(
	table: Table,
	truncated: boolean,
	cap: number,
	elapsedMs: number
): ConsoleResult {
	return {
		columns: table.schema.fields.map((f) => ({ name: f.name, type: String(f.type) })),
		rows: arrowTableToRows(table),
		truncated,
		cap,
		elapsedMs,
		toArrowIPC: (marking) => tableToIPC(withMarking(table, marking), 'file'),
		toParquet: (marking) =>
			arrowIPCToParquet(tableToIPC(table, 'stream'), new Map([['marking', marking]]))
	};
}

function withMarking(table: Table, marking: string): Table {
	const metadata = new Map(table.schema.metadata);
	metadata.set('marking', marking);
	const schema = new Schema(table.schema.fields, metadata);
	return new Table(schema, table.batches);
}
