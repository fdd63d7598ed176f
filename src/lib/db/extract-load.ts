import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { duckdbType, type DerivedTable, type TableDef } from '$lib/schema';
import { sha256Hex } from '$lib/hash/sha256';
import { arrowTableToRows } from './arrow-cast';
import { dataUrl } from './manifest';
import { parquetToArrowIPC, type ArrowIPC } from './parquet';
import type { TableTiming } from './types';

/**
 * Loading one extract file into a DuckDB-WASM instance: shared by the pages'
 * engine (duckdb-database.ts) and the console's own (console-engine.ts), so
 * both check and load a file the same way.
 */

export type ExtractTable = TableDef | DerivedTable;

/**
 * Fetches one extract file, checks it against the manifest's SHA-256 and
 * decodes it. The check always runs: a file whose hash differs is refused,
 * whatever the page's origin (sha256.ts needs no secure context).
 */
export async function decodeFile(
	root: string,
	file: string,
	sha256: string,
	timing: TableTiming = { fetchMs: 0, decodeMs: 0, insertMs: 0 }
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
	if (sha256Hex(bytes) !== sha256.toLowerCase()) {
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
 * Inserts the decoded rows as the table and checks the count against the
 * manifest. On any failure the table is dropped, so a half-loaded table never
 * answers a query, and the error says why (its message follows the file name).
 */
export async function insertChecked(
	conn: AsyncDuckDBConnection,
	def: ExtractTable,
	ipc: ArrowIPC,
	expectedRows: number
): Promise<void> {
	try {
		await insertTable(conn, def, ipc).catch((e: Error) => {
			throw new Error(`could not be loaded into DuckDB (${e.message}).`);
		});
		const rows = await countRows(conn, def.name);
		if (rows !== expectedRows) {
			throw new Error(
				`holds ${rows} rows but the manifest says ${expectedRows}; the file is corrupt or stale.`
			);
		}
	} catch (e) {
		await conn.query(`DROP TABLE IF EXISTS "${def.name}"`).catch(() => undefined);
		throw e;
	}
}

/**
 * Loads the decoded rows as the table. A file with the schema's columns, in
 * its order and with its types (what scripts/extracts writes) becomes the
 * table as it is; any other file is inserted by column name into a table of
 * the schema's types, so column order and integer widths do not matter.
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
 * Once the tables are in, an instance needs no file or network access: the
 * extracts arrived as Arrow. Turning it off, then locking the configuration,
 * means no statement can read a file or URL, attach a database file or turn
 * access back on. `settings` are applied first, while they still can be.
 */
export async function lockDown(
	conn: AsyncDuckDBConnection,
	settings: readonly string[] = []
): Promise<void> {
	for (const setting of settings) await conn.query(setting);
	await conn.query(`SET enable_external_access = false`);
	await conn.query(`SET lock_configuration = true`);
}

async function countRows(conn: AsyncDuckDBConnection, name: string): Promise<number> {
	const result = await conn.query(`SELECT count(*)::INTEGER AS n FROM "${name}"`);
	return Number(result.getChildAt(0)?.get(0) ?? 0);
}
