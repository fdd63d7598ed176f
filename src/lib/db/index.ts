import { resolve } from '$app/paths';
import type { ExtractManifest } from '$lib/schema';
import type { Query, QueryRunner } from '$lib/queries/query';
import type { ConsoleSession } from './console';
import type { BrowserDatabase } from './duckdb-database';
import { fetchManifest } from './manifest';

export type { BrowserDatabase } from './duckdb-database';
export type { LoadProblem, LoadTimings } from './types';
export type { ConsoleColumn, ConsoleResult, ConsoleSession } from './console';
export { ManifestError } from './manifest';

let manifestPromise: Promise<ExtractManifest> | null = null;
let databasePromise: Promise<BrowserDatabase> | null = null;

function assertBrowser(what: string): void {
	if (typeof window === 'undefined') {
		throw new Error(`${what} runs in the browser only; call it from onMount or an effect.`);
	}
}

/** This tier's manifest.json, fetched once and checked against the schema version. */
export function loadManifest(): Promise<ExtractManifest> {
	assertBrowser('loadManifest()');
	manifestPromise ??= fetchManifest(resolve('/')).then((manifest) => {
		performance.mark('manifest-loaded');
		return manifest;
	});
	return manifestPromise;
}

/**
 * The one DuckDB-WASM database, shared by every caller. The DuckDB-WASM code
 * is imported dynamically: a static import from a prerendered page breaks
 * `vite build` (TOOLCHAIN.md). Resolves once every table has loaded or failed.
 */
export function openDatabase(): Promise<BrowserDatabase> {
	assertBrowser('openDatabase()');
	databasePromise ??= (async () => {
		const startedAt = performance.now();
		const manifest = await loadManifest();
		const [{ BrowserDatabase }, { startDuckDB }] = await Promise.all([
			import('./duckdb-database'),
			import('./duckdb-wasm')
		]);
		return BrowserDatabase.open({
			root: resolve('/'),
			manifest,
			duckdb: startDuckDB(window.location.origin),
			startedAt
		});
	})();
	return databasePromise;
}

/** Runs a query on the shared database (waiting for it to load). */
export async function runQuery<Row>(q: Query<Row>): Promise<Row[]> {
	return (await openDatabase()).run(q);
}

/** The browser's QueryRunner, for code written against the interface. */
export const browserQueryRunner: QueryRunner = { run: runQuery };

/** A new connection for the SQL console (see ConsoleSession), once the tables have loaded. */
export async function openConsoleSession(): Promise<ConsoleSession> {
	return (await openDatabase()).openConsole();
}
