import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { Schema, Table, tableToIPC, type RecordBatch } from 'apache-arrow';
import { EXTRACT_TABLES, type ExtractManifest } from '$lib/schema';
import { arrowTableToRows } from './arrow-cast';
import { startDuckDB, type DuckDBHandle } from './duckdb-wasm';
import { decodeFile, insertChecked, lockDown } from './extract-load';
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

/** How long a cancelled query may take to stop before its worker is ended instead. */
const CANCEL_GRACE_MS = 2_000;

/** Head room for the console's queries above the memory its tables take. */
const QUERY_MEMORY_MB = 512;

interface StartOptions {
	/** The app's root URL, ending in a slash. */
	readonly root: string;
	readonly manifest: ExtractManifest;
	readonly origin: string;
}

/**
 * The SQL console's own DuckDB-WASM instance, in a worker of its own, with
 * its own copy of the extract's tables. Nothing the console runs can reach
 * the pages' instance: no statement of one DuckDB instance can name another's
 * catalog, settings, macros or variables, and the pages never read this one.
 * Within it, each run is undone once it ends (run()), so a statement cannot
 * change the console's later answers either. A runaway query holds only this
 * worker, never the pages' queries. Why this holds: docs/architecture.md,
 * "The SQL console". explore-sql-guard still refuses writes first, to say
 * why in words.
 */
export class ConsoleSession {
	#running: { readonly run: Promise<unknown>; readonly conn: AsyncDuckDBConnection } | null = null;
	#closed = false;
	#cancelling: Promise<void> = Promise.resolve();

	private constructor(private readonly handle: DuckDBHandle) {}

	/**
	 * Starts the instance and loads every table of the manifest the way the
	 * pages' engine does (same files, same SHA-256 check). A file that fails is
	 * left out: the pages report it, and a console query on it says the table
	 * does not exist. The memory limit makes a query that would fill the tab
	 * fail with DuckDB's out-of-memory message instead.
	 */
	static async start({ root, manifest, origin }: StartOptions): Promise<ConsoleSession> {
		const startedAt = performance.now();
		const handle = await startDuckDB(origin);
		performance.measure('console-engine-instantiate', { start: startedAt, end: performance.now() });
		try {
			for (const def of EXTRACT_TABLES) {
				const entry = manifest.tables[def.name];
				if (!entry) continue;
				try {
					const ipc = await decodeFile(root, entry.file, entry.sha256);
					await insertChecked(handle.conn, def, ipc, entry.rows);
				} catch {
					// Left out; the pages' engine names the file and the reason.
				}
			}
			const used = await tablesMemoryMb(handle.conn);
			await lockDown(handle.conn, [`SET memory_limit = '${used + QUERY_MEMORY_MB}MB'`]);
			await handle.conn.close();
		} catch (e) {
			await handle.db.terminate();
			throw e;
		}
		// For the benchmark: what the console's own engine costs before its first answer.
		performance.measure('console-engine-start', { start: startedAt, end: performance.now() });
		return new ConsoleSession(handle);
	}

	/** Ended after a cancel the query did not obey; a new session must be started. */
	get closed(): boolean {
		return this.#closed;
	}

	/** Resolves once a cancel in progress has stopped the query or ended the worker. */
	get settled(): Promise<void> {
		return this.#cancelling;
	}

	/**
	 * Runs one statement and undoes whatever it changed, so a run (a shared
	 * link's included) cannot alter what the console's later runs answer
	 * either. Each run has a connection of its own, closed after it, so
	 * temporary objects and USE die with it. The statement is prepared first
	 * only to make DuckDB refuse several statements at once (a prepared
	 * statement is exactly one); it is then run inside a transaction that is
	 * always rolled back, which undoes data changes, tables and macros alike.
	 */
	async run(sql: string, cap: number): Promise<ConsoleResult> {
		const start = performance.now();
		const conn = await this.handle.db.connect();
		const run = this.#read(conn, sql, cap);
		this.#running = { run, conn };
		try {
			const table = await run;
			return consoleResult(table.kept, table.truncated, cap, performance.now() - start);
		} finally {
			if (this.#running?.run === run) this.#running = null;
			if (!this.#closed) {
				// A statement that ended the transaction itself (COMMIT, ROLLBACK) changed nothing.
				await conn.query('ROLLBACK').catch(() => undefined);
				await conn.close().catch(() => undefined);
			}
		}
	}

	async #read(
		conn: AsyncDuckDBConnection,
		sql: string,
		cap: number
	): Promise<{ kept: Table; truncated: boolean }> {
		await (await conn.prepare(sql)).close();
		await conn.query('BEGIN TRANSACTION');
		const reader = await conn.send(sql, true);
		const batches: RecordBatch[] = [];
		let count = 0;
		// Read one row past the cap, so a result of exactly `cap` rows is not called truncated.
		for await (const batch of reader) {
			batches.push(batch);
			count += batch.numRows;
			if (count > cap) break;
		}
		const table = new Table(reader.schema, batches);
		return { kept: count > cap ? table.slice(0, cap) : table, truncated: count > cap };
	}

	/**
	 * Cancels the query in flight. DuckDB-WASM stops a query only between the
	 * steps of its execution; one that does not stop within CANCEL_GRACE_MS
	 * has its worker ended, so it can never hold the console. False when
	 * nothing was running.
	 */
	cancel(): Promise<boolean> {
		const running = this.#running;
		if (!running || this.#closed) return Promise.resolve(false);
		const stopped = running.run.then(
			() => true,
			() => true
		);
		const cancelling = (async () => {
			await running.conn.cancelSent().catch(() => false);
			const timeout = new Promise<false>((r) => setTimeout(() => r(false), CANCEL_GRACE_MS));
			if (await Promise.race([stopped, timeout])) return;
			this.#closed = true;
			await this.handle.db.terminate().catch(() => undefined);
		})();
		this.#cancelling = cancelling;
		return cancelling.then(() => true);
	}
}

/** Megabytes the loaded tables take in DuckDB's buffer pool, rounded up. */
async function tablesMemoryMb(conn: AsyncDuckDBConnection): Promise<number> {
	const result = await conn.query(
		`SELECT coalesce(sum(memory_usage_bytes), 0)::DOUBLE AS bytes FROM duckdb_memory()`
	);
	return Math.ceil(Number(result.getChildAt(0)?.get(0) ?? 0) / 2 ** 20);
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
