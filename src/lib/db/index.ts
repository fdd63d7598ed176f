import { resolve } from '$app/paths';
import type { ExtractManifest } from '$lib/schema';
import type { Query } from '$lib/sql/query';
import type { ConsoleSession } from './console';
import type { BrowserDatabase } from './duckdb-database';
import { fetchManifest } from './manifest';

export type { BrowserDatabase } from './duckdb-database';
export type { LoadProblem, LoadTimings } from './types';
export type { ConsoleColumn, ConsoleResult, ConsoleSession } from './console';
export { ManifestError } from './manifest';

let manifestPromise: Promise<ExtractManifest> | null = null;
let databasePromise: Promise<BrowserDatabase> | null = null;
let enginePromise: Promise<BrowserDatabase> | null = null;

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
 * The one database, as soon as the manifest is in: DuckDB-WASM starts at
 * once, and the first queries' tables download while it does. The DuckDB-WASM
 * code is imported dynamically: a static import from a prerendered page
 * breaks `vite build` (TOOLCHAIN.md).
 */
function database(): Promise<BrowserDatabase> {
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

/**
 * The one DuckDB-WASM database, shared by every caller. Resolves once the
 * engine has started; tables load as queries ask for them, then the rest
 * while the page is idle. `settled` says when every table is in or failed,
 * and `problems` is then complete.
 */
export function openDatabase(): Promise<BrowserDatabase> {
	enginePromise ??= database().then(async (db) => {
		await db.engine;
		return db;
	});
	return enginePromise;
}

/** Runs a query on the shared database once the tables it reads are loaded. */
export async function runQuery<Row>(q: Query<Row>): Promise<Row[]> {
	return (await database()).run(q);
}

let consolePromise: Promise<ConsoleSession> | null = null;

/**
 * The SQL console's session, on its own DuckDB-WASM instance (console.ts),
 * started when the console opens or first runs a query. It starts only once
 * the pages' engine has every table in, so it never slows the pages' first
 * answers; a session ended by a cancel, or one that failed to start, is
 * replaced.
 */
export async function openConsoleSession(): Promise<ConsoleSession> {
	for (;;) {
		const current = (consolePromise ??= startConsole());
		let session: ConsoleSession;
		try {
			session = await current;
		} catch (e) {
			if (consolePromise === current) consolePromise = null;
			throw e;
		}
		await session.settled;
		if (!session.closed) return session;
		if (consolePromise === current) consolePromise = null;
	}
}

async function startConsole(): Promise<ConsoleSession> {
	const pages = await database();
	await pages.settled.catch(() => undefined);
	const { ConsoleSession } = await import('./console');
	return ConsoleSession.start({
		root: resolve('/'),
		manifest: pages.manifest,
		origin: window.location.origin
	});
}
