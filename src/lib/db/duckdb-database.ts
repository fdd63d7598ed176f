import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import {
	duckdbType,
	EXTRACT_TABLES,
	type DerivedTable,
	type ExtractManifest,
	type TableDef
} from '$lib/schema';
import type { Query, QueryRunner } from '$lib/sql/query';
import { arrowTableToRows } from './arrow-cast';
import { ConsoleSession } from './console';
import { sha256Hex } from './checksum';
import { dataUrl } from './manifest';
import { parquetToArrowIPC, type ArrowIPC } from './parquet';
import type { DuckDBHandle } from './duckdb-wasm';
import type { LoadProblem, LoadTimings, TableTiming } from './types';

type ExtractTable = TableDef | DerivedTable;
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
 * The browser's database: the tables of the manifest loaded into the one
 * DuckDB-WASM instance on demand. A query waits only for the tables it reads
 * (Query.tables), whose fetch, decode and insert start when it asks; the
 * other tables load afterwards, one at a time when the page is idle. A file
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
	 * A connection of its own for the SQL console, so cancelling it never
	 * touches the app's queries; opened once every table is in and the
	 * instance is locked down, so the console sees all of them.
	 */
	async openConsole(): Promise<ConsoleSession> {
		await this.settled;
		const { db } = await this.engine;
		return new ConsoleSession(await db.connect());
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
				await insertTable(conn, def, ipc).catch((e: Error) => {
					throw new Error(`could not be loaded into DuckDB (${e.message}).`);
				});
				// The table holds the rows now; the decoded copy can go.
				ipc = null;
				const rows = await countRows(conn, name);
				if (rows !== entry.rows) {
					throw new Error(
						`holds ${rows} rows but the manifest says ${entry.rows}; the file is corrupt or stale.`
					);
				}
			} catch (e) {
				ipc = null;
				// A half-loaded table must not answer queries; the problem below is what counts.
				await conn.query(`DROP TABLE IF EXISTS "${name}"`).catch(() => undefined);
				this.#problems.push({
					table: name,
					file: entry.file,
					message: `${entry.file} ${(e as Error).message}`
				});
			}
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
	 * the lock-down, before any console session can open.
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

async function decodeFile(
	root: string,
	file: string,
	sha256: string,
	timing: TableTiming
): Promise<ArrowIPC> {
	const t0 = performance.now();
	const url = dataUrl(root, file);
	let response: Response;
	try {
		response = await fetch(url);
	} catch (e) {
		throw new Error(`could not be fetched (${(e as Error).message}).`);
	}
	if (!response.ok) throw new Error(`is missing (HTTP ${response.status} for ${url}).`);
	const bytes = new Uint8Array(await response.arrayBuffer());
	timing.fetchMs = performance.now() - t0;
	const digest = await sha256Hex(bytes);
	if (digest !== null && digest !== sha256.toLowerCase()) {
		throw new Error(`is corrupt: its SHA-256 does not match the manifest.`);
	}
	const t1 = performance.now();
	try {
		return await parquetToArrowIPC(bytes);
	} catch (e) {
		throw new Error(`is not a readable Parquet file (${String(e)}).`);
	} finally {
		timing.decodeMs = performance.now() - t1;
		// For the benchmark: where a table's load time goes.
		performance.measure(`load-fetch:${file}`, { start: t0, end: t1 });
		performance.measure(`load-decode:${file}`, { start: t1, end: performance.now() });
	}
}

/**
 * Loads the decoded rows as the table. A file with the schema's columns, in
 * its order and with its types (what scripts/extracts writes) becomes the
 * table as it is; any other file is inserted by column name into a table of
 * the schema's types, so column order and integer widths do not matter. The
 * copy costs about 40% of the load: 5 s of 24 at 100x scale.
 */
async function insertTable(conn: AsyncDuckDBConnection, def: ExtractTable, ipc: ArrowIPC) {
	const columns = def.columns.map((c) => `"${c.name}" ${duckdbType(c.type)}`).join(', ');
	const createTyped = `CREATE OR REPLACE TABLE "${def.name}" (${columns})`;
	if (ipc === null) {
		await conn.query(createTyped);
		return;
	}
	await conn.query(`DROP TABLE IF EXISTS "${def.name}"`);
	await conn.insertArrowFromIPCStream(ipc, { name: def.name, create: true });
	if (await hasSchemaColumns(conn, def)) return;
	const staging = `__load_${def.name}`;
	await conn.query(`ALTER TABLE "${def.name}" RENAME TO "${staging}"`);
	try {
		await conn.query(createTyped);
		await conn.query(`INSERT INTO "${def.name}" BY NAME SELECT * FROM "${staging}"`);
	} finally {
		await conn.query(`DROP TABLE IF EXISTS "${staging}"`);
	}
}

/** The table has exactly the schema's columns, in order, with the schema's DuckDB types. */
async function hasSchemaColumns(conn: AsyncDuckDBConnection, def: ExtractTable): Promise<boolean> {
	const described = arrowTableToRows(await conn.query(`DESCRIBE "${def.name}"`)) as {
		column_name: string;
		column_type: string;
	}[];
	return (
		described.length === def.columns.length &&
		def.columns.every(
			(c, i) =>
				described[i].column_name === c.name && described[i].column_type === duckdbType(c.type)
		)
	);
}

/**
 * Once the tables are in, the instance needs no file or network access: the
 * extracts arrived as Arrow. Turning it off, then locking the configuration,
 * means no statement (the SQL console's included) can read a file or URL,
 * attach a database or turn access back on (defence in depth behind
 * explore-sql-guard).
 */
async function lockDown(conn: AsyncDuckDBConnection): Promise<void> {
	await conn.query(`SET enable_external_access = false`);
	await conn.query(`SET lock_configuration = true`);
}

async function countRows(conn: AsyncDuckDBConnection, name: string): Promise<number> {
	const result = await conn.query(`SELECT count(*)::INTEGER AS n FROM "${name}"`);
	return Number(result.getChildAt(0)?.get(0) ?? 0);
}
