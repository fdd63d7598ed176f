/**
 * The indicator query suite for `npm run bench`: every query the pages run
 * for their default view, read from the pages themselves (each query's
 * `duckdb-query` measure carries its SQL and values), timed one at a time on
 * native DuckDB in Node and on DuckDB-WASM in a page of the same origin, over
 * the same Parquet files.
 *
 * The page side uses the app's own modules (duckdb-wasm.ts, parquet.ts),
 * bundled here with esbuild, so the engine, its start options and the way
 * tables are loaded are the app's; only the timing loop is the benchmark's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import type { Page, Route } from 'playwright-core';
import { bindParam, NodeQueryRunner } from '../lib/duckdb-node';
import type { SqlParam } from '../../src/lib/sql/query';
import { ROOT } from '../e2e/paths';
import { medianOf } from './interactions';

export interface SuiteQuery {
	readonly page: string;
	readonly sql: string;
	readonly params: readonly SqlParam[];
}

export interface SuiteTiming {
	readonly page: string;
	readonly queries: number;
	/** Sum over the page's queries of each query's median time. */
	readonly nativeMs: number;
	readonly wasmMs: number;
}

/** Where the bundled suite page and its assets are served, on the site's own origin. */
const SUITE_PREFIX = '/__bench-suite/';

/** The queries each page ran for its default view, deduplicated within the page. */
export async function collectSuite(
	page: Page,
	baseUrl: string,
	paths: readonly string[],
	timeoutMs: number
): Promise<SuiteQuery[]> {
	const out: SuiteQuery[] = [];
	for (const path of paths) {
		await page.goto(baseUrl + path);
		await page.waitForSelector('main[data-state="ready"][data-engine="live"]', {
			timeout: timeoutMs
		});
		const ran = await page.evaluate(() =>
			performance
				.getEntriesByType('measure')
				.filter((e) => e.name === 'duckdb-query')
				.map((e) => (e as PerformanceMeasure).detail as { sql: string; params: SqlParam[] })
		);
		const seen = new Set<string>();
		for (const q of ran) {
			const key = JSON.stringify(q);
			if (seen.has(key)) continue;
			seen.add(key);
			out.push({ page: path, sql: q.sql, params: q.params });
		}
	}
	return out;
}

/**
 * Median of `runs` timed runs after one warm-up, per query, on native DuckDB
 * with its default threads: prepared once, then run and read, as the page does.
 */
async function timeNative(
	dataDir: string,
	suite: readonly SuiteQuery[],
	runs: number
): Promise<number[]> {
	const runner = await NodeQueryRunner.fromExtracts(dataDir);
	const out: number[] = [];
	for (const q of suite) {
		const prepared = await runner.connection.prepare(q.sql);
		q.params.forEach((value, i) => bindParam(prepared, i + 1, value));
		await prepared.runAndReadAll();
		const samples: number[] = [];
		for (let i = 0; i < runs; i++) {
			const t0 = performance.now();
			await prepared.runAndReadAll();
			samples.push(performance.now() - t0);
		}
		out.push(medianOf(samples) ?? 0);
	}
	return out;
}

/** Resolves Vite's `?url` imports to files the suite page serves itself. */
function urlImports(assets: Map<string, string>): Plugin {
	return {
		name: 'url-imports',
		setup(b) {
			b.onResolve({ filter: /\?url$/ }, async (args) => {
				const bare = args.path.replace(/\?url$/, '');
				const resolved = await b.resolve(bare, { kind: args.kind, resolveDir: args.resolveDir });
				const name = resolved.path.split('/').pop() as string;
				assets.set(name, resolved.path);
				return { path: name, namespace: 'asset-url' };
			});
			b.onLoad({ filter: /.*/, namespace: 'asset-url' }, (args) => ({
				contents: `export default ${JSON.stringify(SUITE_PREFIX + args.path)};`,
				loader: 'js'
			}));
		}
	};
}

/** The page-side timing loop, bundled with the app's database modules. */
const SUITE_ENTRY = `
import { startDuckDB } from './src/lib/db/duckdb-wasm';
import { parquetToArrowIPC } from './src/lib/db/parquet';
window.__runSuite = async (files, suite, runs) => {
	const { conn } = await startDuckDB(location.origin);
	for (const [table, url] of files) {
		const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
		const ipc = await parquetToArrowIPC(bytes);
		if (ipc) await conn.insertArrowFromIPCStream(ipc, { name: table, create: true });
	}
	const out = [];
	for (const q of suite) {
		const statement = await conn.prepare(q.sql);
		await statement.query(...q.params);
		const samples = [];
		for (let i = 0; i < runs; i++) {
			const t0 = performance.now();
			await statement.query(...q.params);
			samples.push(performance.now() - t0);
		}
		await statement.close();
		samples.sort((a, b) => a - b);
		const mid = Math.floor(samples.length / 2);
		out.push(samples.length % 2 ? samples[mid] : (samples[mid - 1] + samples[mid]) / 2);
	}
	return out;
};
`;

/** Median of `runs` timed runs after one warm-up, per query, on DuckDB-WASM in a page. */
async function timeWasm(
	page: Page,
	baseUrl: string,
	dataDir: string,
	suite: readonly SuiteQuery[],
	runs: number
): Promise<number[]> {
	const assets = new Map<string, string>();
	const bundle = await build({
		stdin: { contents: SUITE_ENTRY, resolveDir: ROOT, loader: 'js' },
		bundle: true,
		format: 'esm',
		write: false,
		platform: 'browser',
		plugins: [urlImports(assets)],
		logLevel: 'silent'
	});
	const script = bundle.outputFiles[0].text;
	const html = `<!doctype html><html><head><script type="module" src="${SUITE_PREFIX}suite.js"></script></head><body></body></html>`;
	await page.route(`${baseUrl}${SUITE_PREFIX}**`, (route: Route) => {
		const name = new URL(route.request().url()).pathname.slice(SUITE_PREFIX.length);
		if (name === '' || name === 'index.html')
			return route.fulfill({ contentType: 'text/html', body: html });
		if (name === 'suite.js') return route.fulfill({ contentType: 'text/javascript', body: script });
		const file = assets.get(name);
		if (!file) return route.fulfill({ status: 404, body: '' });
		const type = name.endsWith('.wasm') ? 'application/wasm' : 'text/javascript';
		return route.fulfill({ contentType: type, body: readFileSync(file) });
	});
	await page.goto(`${baseUrl}${SUITE_PREFIX}`);
	await page.waitForFunction(() => '__runSuite' in window);
	const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as {
		tables: Record<string, { file: string }>;
	};
	const files = Object.entries(manifest.tables).map(
		([table, entry]) => [table, `${baseUrl}/data/${entry.file}`] as const
	);
	return page.evaluate(
		([f, s, r]) =>
			(
				window as unknown as {
					__runSuite: (
						files: (readonly [string, string])[],
						suite: { sql: string; params: SqlParam[] }[],
						runs: number
					) => Promise<number[]>;
				}
			).__runSuite(f, s, r),
		[
			files.map((x) => [...x] as [string, string]),
			suite.map((q) => ({ sql: q.sql, params: [...q.params] })),
			runs
		] as const
	);
}

/** Times the suite both ways and sums it per page. */
export async function timeSuite(
	page: Page,
	baseUrl: string,
	dataDir: string,
	suite: readonly SuiteQuery[],
	runs: number
): Promise<SuiteTiming[]> {
	const native = await timeNative(dataDir, suite, runs);
	const wasm = await timeWasm(page, baseUrl, dataDir, suite, runs);
	const slowest = suite
		.map((q, i) => ({ q, native: native[i], wasm: wasm[i] }))
		.sort((a, b) => b.wasm - a.wasm)
		.slice(0, 8);
	for (const { q, native: n, wasm: w } of slowest) {
		const head = q.sql.replace(/\s+/g, ' ').slice(0, 90);
		console.log(
			`[bench] slow query ${q.page}: wasm ${w.toFixed(0)} ms, native ${n.toFixed(0)} ms: ${head}`
		);
	}
	const pages = [...new Set(suite.map((q) => q.page))];
	return pages.map((p) => {
		const idx = suite.flatMap((q, i) => (q.page === p ? [i] : []));
		return {
			page: p,
			queries: idx.length,
			nativeMs: idx.reduce((s, i) => s + native[i], 0),
			wasmMs: idx.reduce((s, i) => s + wasm[i], 0)
		};
	});
}

export function suiteTable(scale: string, timings: readonly SuiteTiming[]): string {
	const header =
		'| Page | Data | Queries | Native DuckDB (ms) | DuckDB-WASM (ms) | WASM / native |';
	const total = {
		page: 'all',
		queries: timings.reduce((s, t) => s + t.queries, 0),
		nativeMs: timings.reduce((s, t) => s + t.nativeMs, 0),
		wasmMs: timings.reduce((s, t) => s + t.wasmMs, 0)
	};
	const rows = [...timings, total].map(
		(t) =>
			`| ${t.page} | ${scale} | ${t.queries} | ${t.nativeMs.toFixed(0)} | ${t.wasmMs.toFixed(0)} | ` +
			`${t.nativeMs > 0 ? (t.wasmMs / t.nativeMs).toFixed(1) : 'n/a'}x |`
	);
	return [header, `|${' --- |'.repeat(6)}`, ...rows].join('\n');
}
