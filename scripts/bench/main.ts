/**
 * `npm run bench [-- --runs N --skip-scale --scale 100 --dir build --scale-extracts DIR
 * --pages /,/gaps --suite-runs N --interactions N --only gaps,visits]`:
 * loads `/`, `/recommendations` and the most assessed State's profile in
 * headless Chromium, cold (fresh profile) and warm (same profile, reload), on
 * the demo data and on data generated at 100x, and prints medians side by
 * side: the first headline number, the default view drawn, DuckDB ready and
 * the engine interactive; then the query suite on native DuckDB and on
 * DuckDB-WASM (query-suite.ts); then times interactions (filter change,
 * slider, brush) as median and p95 of --interactions N (default 20), with
 * where their time went. No assertion on time: the figures go into the README.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_PATH, launchBrowser } from '../e2e/chromium';
import { BUILD_DIR, ROOT } from '../e2e/paths';
import { mostAssessedState } from '../e2e/most-assessed';
import { startServer } from '../serve/server';
import { MARKS_INIT_SCRIPT, measureLoad, DUCKDB_READY_MARK, type LoadMetrics } from './measure';
import { browserPid } from './process-memory';
import {
	INTERACTION_SCENARIOS,
	interactionTable,
	measureInteractions,
	type InteractionSeries
} from './interactions';
import { collectSuite, suiteTable, timeSuite } from './query-suite';
import { markdownTable, type Series } from './report';
import { makeScaleSite, type ScaleSite } from './scale-site';

const { values } = parseArgs({
	options: {
		runs: { type: 'string', default: '5' },
		scale: { type: 'string', default: '100' },
		'skip-scale': { type: 'boolean', default: false },
		// Extracts already generated at --scale (tier folders inside), to skip ~5 min of generation.
		'scale-extracts': { type: 'string', default: '' },
		dir: { type: 'string', default: BUILD_DIR },
		timeout: { type: 'string', default: '180000' },
		interactions: { type: 'string', default: '20' },
		// Runs only the interaction scenarios whose name contains one of these comma-separated words.
		only: { type: 'string', default: '' },
		// Comma-separated routes to load; {state} is the most assessed State's code.
		pages: { type: 'string', default: '/,/recommendations,/states/{state}' },
		// Timed runs per query of the query suite (native against WASM); 0 skips it.
		'suite-runs': { type: 'string', default: '5' }
	}
});
const runs = Number(values.runs);
const scale = Number(values.scale);
const timeoutMs = Number(values.timeout);
const interactionCount = Number(values.interactions);
const suiteRuns = Number(values['suite-runs']);
/** The pages whose default-view queries make the query suite. */
const SUITE_PAGES = ['/', '/gaps', '/recommendations', '/cross-cutting', '/visits'];
const suiteTables: string[] = [];
const buildDir = resolve(values.dir);
// --runs 0 skips the load measurements and times the interactions only.
if (!Number.isInteger(runs) || runs < 0) throw new Error(`--runs must be 0 or more.`);
if (!(scale > 0)) throw new Error(`--scale must be a positive number.`);

const manifestPath = join(buildDir, 'data/manifest.json');
if (!existsSync(manifestPath)) {
	console.error(
		`[bench] No built site with data at ${buildDir}. Run "npm run extracts" and ` +
			'"DASHBOARD_TIER=restricted npm run build" (or "tsx scripts/e2e/prepare.ts") first.'
	);
	process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { tier: string };

/** The routes to load; a State profile with figures in every panel stands for all 193. */
async function benchPages(): Promise<string[]> {
	const iso3 = await mostAssessedState(join(buildDir, 'data'));
	return values.pages.split(',').map((p) => p.trim().replace('{state}', iso3));
}
const pages = await benchPages();

/** Warm loads: the first visit fills the cache; only the reloads are measured. */
async function measureWarm(
	label: string,
	url: string,
	options: { traffic: Parameters<typeof measureLoad>[2]['traffic']; timeoutMs: number }
): Promise<LoadMetrics[]> {
	const warm: LoadMetrics[] = [];
	const browser = await launchBrowser();
	try {
		await browser.context.addInitScript({ content: MARKS_INIT_SCRIPT });
		const page = browser.context.pages()[0] ?? (await browser.context.newPage());
		const pid = browserPid(browser.profileDir);
		await measureLoad(page, url, { ...options, reload: false, browserPid: pid });
		for (let i = 0; i < runs; i++) {
			warm.push(await measureLoad(page, url, { ...options, reload: true, browserPid: pid }));
			console.log(`[bench] ${label} warm ${i + 1}/${runs}: ${JSON.stringify(warm[i])}`);
		}
	} finally {
		await browser.close();
	}
	return warm;
}

async function measureSite(label: string, dir: string): Promise<Series[]> {
	const server = await startServer({ dir, port: 0 });
	const options = { traffic: server.traffic, timeoutMs };
	const out: Series[] = [];
	try {
		for (const path of pages) {
			const url = `${server.url}${path}`;
			const { cold, warm } = await measurePage(`${label} ${path}`, url, options);
			out.push(
				{ page: path, scale: label, cache: 'cold', runs: cold },
				{ page: path, scale: label, cache: 'warm', runs: warm }
			);
		}
		if (suiteRuns > 0) {
			const browser = await launchBrowser();
			try {
				const page = browser.context.pages()[0] ?? (await browser.context.newPage());
				const suite = await collectSuite(page, server.url, SUITE_PAGES, timeoutMs);
				const timings = await timeSuite(page, server.url, join(dir, 'data'), suite, suiteRuns);
				suiteTables.push(suiteTable(label, timings));
				console.log(`[bench] query suite (${label}):\n${suiteTables.at(-1)}`);
			} finally {
				await browser.close();
			}
		}
		if (interactionCount > 0) {
			const browser = await launchBrowser();
			try {
				const page = browser.context.pages()[0] ?? (await browser.context.newPage());
				interactionSeries.push(
					...(await measureInteractions(
						page,
						server.url,
						label,
						INTERACTION_SCENARIOS.filter((s) =>
							values.only
								.toLowerCase()
								.split(',')
								.some((word) => s.name.toLowerCase().includes(word.trim()))
						),
						interactionCount,
						timeoutMs
					))
				);
			} finally {
				await browser.close();
			}
		}
		return out;
	} finally {
		await server.close();
	}
}

/** Cold loads, each in a fresh profile, then warm reloads of one page. */
async function measurePage(
	label: string,
	url: string,
	options: { traffic: Parameters<typeof measureLoad>[2]['traffic']; timeoutMs: number }
): Promise<{ cold: LoadMetrics[]; warm: LoadMetrics[] }> {
	const cold: LoadMetrics[] = [];
	for (let i = 0; i < runs; i++) {
		const browser = await launchBrowser();
		try {
			await browser.context.addInitScript({ content: MARKS_INIT_SCRIPT });
			const page = browser.context.pages()[0] ?? (await browser.context.newPage());
			const pid = browserPid(browser.profileDir);
			cold.push(await measureLoad(page, url, { ...options, reload: false, browserPid: pid }));
		} finally {
			await browser.close();
		}
		console.log(`[bench] ${label} cold ${i + 1}/${runs}: ${JSON.stringify(cold[i])}`);
	}
	const warm = runs > 0 ? await measureWarm(label, url, options) : [];
	return { cold, warm };
}

function chromiumVersion(): string {
	const out = spawnSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' });
	return out.stdout?.trim() || 'unknown';
}

// Other work on the machine slows every figure; the load average puts them in context.
const loadAtStart = loadavg()[0];
const series: Series[] = [];
const interactionSeries: InteractionSeries[] = [];
series.push(...(await measureSite('demo', buildDir)));
if (!values['skip-scale']) {
	let site: ScaleSite | undefined;
	try {
		site = makeScaleSite(manifest.tier, scale, values['scale-extracts'] || null);
		series.push(...(await measureSite(`demo x${scale}`, site.dir)));
	} finally {
		site?.close();
	}
}

const table = markdownTable(series.filter((s) => s.runs.length > 0));
const interactions = interactionTable(interactionSeries);
const machine = {
	cpus: cpus().length,
	cpuModel: cpus()[0]?.model ?? 'unknown',
	memoryGB: Math.round(totalmem() / 1e9),
	node: process.version,
	chromium: chromiumVersion(),
	loadAverage: { atStart: loadAtStart, atEnd: loadavg()[0] }
};
console.log(`\n${table}\n`);
for (const t of suiteTables) console.log(`${t}\n`);
if (suiteTables.length > 0) {
	console.log(
		`Query suite: every query of the default views of ${SUITE_PAGES.join(', ')}, one at a ` +
			`time, median of ${suiteRuns} runs after a warm-up, summed per page.`
	);
}
if (interactionSeries.length > 0) {
	console.log(`${interactions}\n`);
	console.log(`Interactions: median and p95 of ${interactionCount} per row, one warm page each.`);
}
console.log(
	`Medians of ${runs} runs; ${machine.cpus} x ${machine.cpuModel}, ${machine.chromium}, ` +
		`tier ${manifest.tier}; 1-min load average ${loadAtStart.toFixed(1)} at start, ` +
		`${machine.loadAverage.atEnd.toFixed(1)} at end.`
);
const loadRuns = series.flatMap((s) => s.runs);
if (loadRuns.length > 0 && loadRuns.every((r) => r.duckdbReadyMs === null)) {
	console.log(
		`Note: the app sets no performance mark "${DUCKDB_READY_MARK}", so DuckDB-ready is n/a. ` +
			`It should call performance.mark('${DUCKDB_READY_MARK}') once the database is instantiated.`
	);
}

const outDir = join(ROOT, 'bench-results');
mkdirSync(outDir, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const outFile = join(outDir, `bench-${stamp}.json`);
writeFileSync(
	outFile,
	JSON.stringify(
		{
			date: new Date().toISOString(),
			machine,
			runs,
			tier: manifest.tier,
			series,
			table,
			suiteTables,
			interactionSeries,
			interactions
		},
		null,
		'\t'
	)
);
console.log(`Wrote ${outFile}`);
