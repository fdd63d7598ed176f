import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import {
	duckdbType,
	EXTRACT_TABLES,
	type DerivedTable,
	type ExtractManifest,
	type TableDef
} from '$lib/schema';
import type { Query, QueryRunner } from '$lib/queries/query';
import { arrowTableToRows } from './arrow-cast';
import { ConsoleSession } from './console';
import { sha256Hex } from './checksum';
import { dataUrl } from './manifest';
import { parquetToArrowIPC, type ArrowIPC } from './parquet';
import type { DuckDBHandle } from './duckdb-wasm';
import type { LoadProblem, LoadTimings, TableTiming } from './types';

type ExtractTable = TableDef | DerivedTable;

type Decoded = { ipc: ArrowIPC } | { error: Error };

interface OpenOptions {
	/** The app's root URL, ending in a slash. */
	readonly root: string;
	readonly manifest: ExtractManifest;
	/** Resolves to the started DuckDB; started by the caller so it overlaps the downloads. */
	readonly duckdb: Promise<DuckDBHandle>;
	readonly startedAt: number;
}

/**
 * The browser's database: every table of the manifest, the derived ones
 * included (the extract builder computes them), decoded and inserted into the
 * one DuckDB-WASM instance. A file that is missing or corrupt is recorded as a
 * load problem naming it; the other tables still load.
 */
export class BrowserDatabase implements QueryRunner {
	private constructor(
		private readonly db: AsyncDuckDB,
		private readonly conn: AsyncDuckDBConnection,
		readonly manifest: ExtractManifest,
		readonly problems: readonly LoadProblem[],
		readonly timings: LoadTimings
	) {}

	static async open({ root, manifest, duckdb, startedAt }: OpenOptions): Promise<BrowserDatabase> {
		const problems: LoadProblem[] = [];
		const tables: Record<string, TableTiming> = {};
		const files = new Map<string, Promise<Decoded>>();
		for (const def of EXTRACT_TABLES) {
			const entry = manifest.tables[def.name];
			if (!entry) {
				problems.push({
					table: def.name,
					file: `${def.name}.parquet`,
					message: `${def.name}.parquet is not listed in the manifest.`
				});
				continue;
			}
			const timing: TableTiming = { fetchMs: 0, decodeMs: 0, insertMs: 0 };
			tables[def.name] = timing;
			// Settled at once, so a failed download is never an unhandled rejection while DuckDB starts.
			files.set(
				def.name,
				decodeFile(root, entry.file, entry.sha256, timing).then(
					(ipc) => ({ ipc }),
					(error: Error) => ({ error })
				)
			);
		}
		for (const name of Object.keys(manifest.tables)) {
			if (!EXTRACT_TABLES.some((t) => t.name === name)) {
				problems.push({
					table: name,
					file: manifest.tables[name].file,
					message: `${manifest.tables[name].file} was not loaded: table "${name}" is not in this dashboard's schema.`
				});
			}
		}

		const { db, conn } = await duckdb;
		const duckdbReadyMs = performance.now() - startedAt;
		performance.mark('duckdb-ready');

		// Inserts run one at a time: the connection is shared and each uses a staging table.
		for (const [name, decoded] of files) {
			const def = EXTRACT_TABLES.find((t) => t.name === name) as ExtractTable;
			const file = manifest.tables[name].file;
			const t0 = performance.now();
			try {
				const result = await decoded;
				if ('error' in result) throw result.error;
				await insertTable(conn, def, result.ipc).catch((e: Error) => {
					throw new Error(`could not be loaded into DuckDB (${e.message}).`);
				});
				const rows = await countRows(conn, name);
				if (rows !== manifest.tables[name].rows) {
					throw new Error(
						`holds ${rows} rows but the manifest says ${manifest.tables[name].rows}; the file is corrupt or stale.`
					);
				}
			} catch (e) {
				await conn.query(`DROP TABLE IF EXISTS "${name}"`);
				problems.push({ table: name, file, message: `${file} ${(e as Error).message}` });
			}
			tables[name].insertMs = performance.now() - t0;
			performance.measure(`load-insert:${name}`, { start: t0, end: performance.now() });
		}
		await lockDown(conn);
		performance.mark('tables-loaded');
		const timings: LoadTimings = {
			duckdbReadyMs,
			tablesLoadedMs: performance.now() - startedAt,
			tables
		};
		return new BrowserDatabase(db, conn, manifest, problems, timings);
	}

	/** A connection of its own for the SQL console, so cancelling it never touches the app's queries. */
	async openConsole(): Promise<ConsoleSession> {
		return new ConsoleSession(await this.db.connect());
	}

	/** Runs a query as a prepared statement with its bound parameters; rows come back cast. */
	async run<Row>(q: Query<Row>): Promise<Row[]> {
		let statement: Awaited<ReturnType<AsyncDuckDBConnection['prepare']>> | null = null;
		const start = performance.now();
		try {
			statement = await this.conn.prepare(q.sql);
			const result = await statement.query(...q.params);
			const rows = arrowTableToRows(result) as Row[];
			// For the benchmark: one performance entry per query, with its duration.
			performance.measure('duckdb-query', { start, end: performance.now() });
			return rows;
		} catch (e) {
			throw this.explain(e as Error);
		} finally {
			await statement?.close();
		}
	}

	/** A query on a table that failed to load names the table and why it is missing. */
	private explain(error: Error): Error {
		const missing = /Table with name (\w+) does not exist/.exec(error.message)?.[1];
		if (!missing) return error;
		const problem = this.problems.find((p) => p.table === missing);
		return new Error(
			problem
				? `Table "${missing}" could not be loaded: ${problem.message}`
				: `Table "${missing}" is not in this extract.`
		);
	}
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
