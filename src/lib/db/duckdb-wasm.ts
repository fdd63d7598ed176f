import {
	AsyncDuckDB,
	selectBundle,
	VoidLogger,
	type AsyncDuckDBConnection
} from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';

export interface DuckDBHandle {
	readonly db: AsyncDuckDB;
	readonly conn: AsyncDuckDBConnection;
}

/**
 * Starts a DuckDB-WASM instance (the pages' or the console's) from bundles
 * served by the app itself (no CDN) and shuts the door on extension
 * downloads: DuckDB-WASM would fetch an extension such as parquet from
 * DuckDB's public extension host on first use.
 */
export async function startDuckDB(origin: string): Promise<DuckDBHandle> {
	const bundle = await selectBundle({
		mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
		eh: { mainModule: ehWasm, mainWorker: ehWorker }
	});
	if (!bundle.mainWorker) throw new Error('No DuckDB-WASM worker for this browser.');
	const worker = new Worker(bundle.mainWorker);
	const db = new AsyncDuckDB(new VoidLogger(), worker);
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
	await db.open({ query: { castBigIntToDouble: false } });
	const conn = await db.connect();
	await conn.query(`SET autoinstall_known_extensions = false`);
	await conn.query(`SET autoload_known_extensions = false`);
	await conn.query(`SET custom_extension_repository = '${sqlString(`${origin}/extensions`)}'`);
	return { db, conn };
}

/** SET takes no bound parameters; the origin is quoted as a SQL string literal. */
function sqlString(text: string): string {
	return text.replaceAll("'", "''");
}
