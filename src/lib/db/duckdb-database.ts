import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { EXTRACT_TABLES, type ExtractManifest } from '$lib/schema';
import type { Query, QueryRunner } from '$lib/sql/query';
import { arrowTableToRows } from './arrow-cast';
import { decodeFile, insertChecked, lockDown } from './extract-load';
import type { ArrowIPC } from './parquet';
import type { DuckDBHandle } from './duckdb-wasm';
import type { LoadProblem, LoadTimings, TableTiming } from './types';

type PreparedStatement = Awaited<ReturnType<AsyncDuckDBConnection['prepare']>>;

/** Enough for every query text of the largest page and its variants under other filters. */
const STATEMENT_CACHE_SIZE = 200;

interface OpenOptions {
	/** The app's root URL, ending in a slash. */
	readonly root: string;
	readonly manifest: ExtractManifest;
	/** Resolves to the started DuckDB; started by the caller so it overlaps the downloads. */
	readonly duckdb: Promise<DuckDBHandle>;
	readonly startedAt: number;
}

/**
 * The pages' database: the tables of the manifest loaded into the pages'
 * DuckDB-WASM instance on demand (the SQL console has its own, console.ts).
 * A query waits only for the tables it reads (Query.tables), whose fetch,
 * decode and insert start when it asks; the other tables load afterwards,
 * one at a time when the page is idle. A file
 * that is missing or corrupt is recorded as a load problem naming it; the
 * other tables still load, and only queries reading it fail.
 */
export class BrowserDatabase implements QueryRunner {
	readonly #problems: LoadProblem[] = [];
	readonly #tables: Record<string, TableTiming> = {};
	#duckdbReadyMs = 0;
	#tablesLoadedMs = 0;
	#pageTablesLoadedMs: number | null = null;
	/** One promise per table asked for, settled (never rejected) once it is in or has failed. */
	readonly #loads = new Map<string, Promise<void>>();
	/** Tables in or failed. */
	readonly #done = new Set<string>();
	/** Loads a query waits for; the idle loading of the rest holds back while any is pending. */
	readonly #pending = new Set<Promise<void>>();
	/** Inserts run one at a time: each is several statements on the shared connection. */
	#insertQueue: Promise<unknown> = Promise.resolve();
	/** Prepared statements by SQL text, least recently used first. */
	readonly #statements = new Map<string, Promise<PreparedStatement>>();

	/** The started engine; the `duckdb-ready` mark is set when it resolves. */
	readonly engine: Promise<DuckDBHandle>;
	/**
	 * Every table loaded or failed (`problems` complete) and the instance
	 * locked down; rejects only if the engine does not start.
	 */
	readonly settled: Promise<void>;

	private constructor(
		private readonly root: string,
		readonly manifest: ExtractManifest,
		duckdb: Promise<DuckDBHandle>,
		private readonly startedAt: number
	) {
		this.engine = duckdb.then((handle) => {
			this.#duckdbReadyMs = performance.now() - startedAt;
			performance.mark('duckdb-ready');
			return handle;
		});
		this.#checkManifest();
		this.settled = this.#loadTheRest();
		// Awaited by whoever needs it; a failed start is reported through `engine` too.
		this.settled.catch(() => undefined);
	}

	/** Starts nothing but bookkeeping: tables load when a query asks or the page is idle. */
	static open(options: OpenOptions): BrowserDatabase {
		return new BrowserDatabase(options.root, options.manifest, options.duckdb, options.startedAt);
	}

	/** The files that failed so far; complete once `settled` resolves. */
	get problems(): readonly LoadProblem[] {
		return this.#problems;
	}

	/** Load times so far; complete once `settled` resolves. */
	get timings(): LoadTimings {
		return {
			duckdbReadyMs: this.#duckdbReadyMs,
			tablesLoadedMs: this.#tablesLoadedMs,
			pageTablesLoadedMs: this.#pageTablesLoadedMs,
			tables: this.#tables
		};
	}

	/**
	 * Runs a query as a prepared statement with its bound parameters, once the
	 * tables it reads are in; rows come back cast.
	 */
	async run<Row>(q: Query<Row>): Promise<Row[]> {
		await Promise.all(q.tables.map((name) => this.#demand(name)));
		// For the benchmark's breakdown of an interaction: worker round trips, then Arrow to rows.
		const start = performance.now();
		try {
			const statement = await this.#prepared(q.sql);
			const prepared = performance.now();
			const result = await statement.query(...q.params);
			const answered = performance.now();
			const rows = arrowTableToRows(result) as Row[];
			performance.measure('query-prepare', { start, end: prepared });
			performance.measure('query-execute', { start: prepared, end: answered });
			performance.measure('query-rows', { start: answered, end: performance.now() });
			// Its SQL and values too: the bench replays the pages' queries as its query suite.
			performance.measure('duckdb-query', {
				start,
				end: performance.now(),
				detail: { sql: q.sql, params: q.params }
			});
			return rows;
		} catch (e) {
			throw this.#explain(e as Error);
		}
	}

	/**
	 * The prepared statement of this SQL text, prepared once and kept: a filter
	 * change re-runs the same texts with other values, so it costs one round
	 * trip to the worker per query instead of three (prepare, run, close). The
	 * least recently used is closed beyond STATEMENT_CACHE_SIZE.
	 */
	#prepared(sql: string): Promise<PreparedStatement> {
		let statement = this.#statements.get(sql);
		if (statement) {
			this.#statements.delete(sql);
			this.#statements.set(sql, statement);
			return statement;
		}
		statement = this.engine.then(({ conn }) => conn.prepare(sql));
		this.#statements.set(sql, statement);
		// A statement that failed to prepare (a table that did not load) is not kept.
		statement.catch(() => {
			if (this.#statements.get(sql) === statement) this.#statements.delete(sql);
		});
		while (this.#statements.size > STATEMENT_CACHE_SIZE) {
			const [oldest, evicted] = this.#statements.entries().next().value!;
			this.#statements.delete(oldest);
			void evicted.then((s) => s.close()).catch(() => undefined);
		}
		return statement;
	}

	/** A query on a table that failed to load names the file and why it is missing. */
	#explain(error: Error): Error {
		const missing = /Table with name (\w+) does not exist/.exec(error.message)?.[1];
		if (!missing) return error;
		const problem = this.#problems.find((p) => p.table === missing);
		return new Error(
			problem
				? `Table "${missing}" could not be loaded: ${problem.message}`
				: `Table "${missing}" is not in this extract.`
		);
	}

	/** Files the manifest lacks or has beyond the schema are problems before anything loads. */
	#checkManifest(): void {
		for (const def of EXTRACT_TABLES) {
			if (this.manifest.tables[def.name]) continue;
			this.#problems.push({
				table: def.name,
				file: `${def.name}.parquet`,
				message: `${def.name}.parquet is not listed in the manifest.`
			});
		}
		for (const [name, entry] of Object.entries(this.manifest.tables)) {
			if (EXTRACT_TABLES.some((t) => t.name === name)) continue;
			this.#problems.push({
				table: name,
				file: entry.file,
				message: `${entry.file} was not loaded: table "${name}" is not in this dashboard's schema.`
			});
		}
	}

	/** A table a query reads: loaded first, ahead of the idle loading of the rest. */
	#demand(name: string): Promise<void> {
		const load = this.#load(name);
		if (this.#done.has(name) || this.#pending.has(load)) return load;
		this.#pending.add(load);
		void load.then(() => {
			this.#pending.delete(load);
			if (this.#pending.size > 0 || this.#pageTablesLoadedMs !== null) return;
			// The first queries' tables are in: when a page can start answering.
			this.#pageTablesLoadedMs = performance.now() - this.startedAt;
			performance.mark('page-tables-loaded');
		});
		return load;
	}

	#load(name: string): Promise<void> {
		let load = this.#loads.get(name);
		if (!load) {
			load = this.#fetchAndInsert(name).then(() => void this.#done.add(name));
			this.#loads.set(name, load);
		}
		return load;
	}

	/** Fetches, checks, decodes and inserts one table; a failure becomes its load problem. */
	async #fetchAndInsert(name: string): Promise<void> {
		const def = EXTRACT_TABLES.find((t) => t.name === name);
		const entry = this.manifest.tables[name];
		// Not a table of this extract: the query fails with the problem #checkManifest recorded.
		if (!def || !entry) return;
		const timing: TableTiming = { fetchMs: 0, decodeMs: 0, insertMs: 0 };
		this.#tables[name] = timing;
		let ipc: ArrowIPC;
		try {
			ipc = await decodeFile(this.root, entry.file, entry.sha256, timing);
		} catch (e) {
			this.#problems.push({
				table: name,
				file: entry.file,
				message: `${entry.file} ${(e as Error).message}`
			});
			return;
		}
		// A failed start rejects the queries through `engine`; the load itself just ends.
		const handle = await this.engine.catch(() => null);
		if (!handle) return;
		const { conn } = handle;
		await this.#exclusive(async () => {
			const t0 = performance.now();
			try {
				await insertChecked(conn, def, ipc, entry.rows);
			} catch (e) {
				this.#problems.push({
					table: name,
					file: entry.file,
					message: `${entry.file} ${(e as Error).message}`
				});
			}
			// Loaded or refused, the decoded copy is no longer needed.
			ipc = null;
			timing.insertMs = performance.now() - t0;
			performance.measure(`load-insert:${name}`, { start: t0, end: performance.now() });
		});
	}

	#exclusive<T>(task: () => Promise<T>): Promise<T> {
		const run = this.#insertQueue.then(task);
		this.#insertQueue = run.catch(() => undefined);
		return run;
	}

	/**
	 * After the engine starts, every table no query has asked for, one at a
	 * time whenever no asked-for table is loading and the page is idle; then
	 * the lock-down.
	 */
	async #loadTheRest(): Promise<void> {
		const { conn } = await this.engine;
		for (const def of EXTRACT_TABLES) {
			if (!this.manifest.tables[def.name]) continue;
			while (this.#pending.size > 0) await Promise.all(this.#pending);
			await idle();
			await this.#load(def.name);
		}
		await Promise.all(this.#loads.values());
		await this.#exclusive(() => lockDown(conn));
		this.#tablesLoadedMs = performance.now() - this.startedAt;
		performance.mark('tables-loaded');
	}
}

/** Resolves when the page is idle (or after a second at most, so a busy page still loads). */
function idle(): Promise<void> {
	return new Promise((resolve) => {
		if (typeof requestIdleCallback === 'function') {
			requestIdleCallback(() => resolve(), { timeout: 1000 });
		} else {
			setTimeout(resolve, 0);
		}
	});
}
