/**
 * Interaction timings for `npm run bench`: how long a page takes to show new
 * figures after the user changes something (a filter, a slider, a brush).
 * Each scenario runs N times on one warm page; the report gives median and p95.
 */
import type { Page } from 'playwright-core';
import { linkedBrush } from './linked-brush';

export interface InteractionScenario {
	/** Row label in the report. */
	readonly name: string;
	/** Page to open, relative to the site root. */
	readonly path: string;
	/**
	 * Performs interaction number i inside the page and resolves with the
	 * milliseconds until every figure it affects is drawn again, and when it
	 * started on the page's clock.
	 */
	run(page: Page, i: number, timeoutMs: number): Promise<Timed>;
}

interface Timed {
	readonly startMs: number;
	readonly totalMs: number;
	/** Drawn from answers the page already had: no query ran. */
	readonly answered?: boolean;
}

/**
 * Where an interaction's time went, in milliseconds of wall time: each part is
 * the union of the page's performance measures of that kind between the change
 * and the redraw (queries overlap, so a sum would count waits twice). `other`
 * is the rest: Svelte's updates, layout, paint and the gaps between them.
 */
export interface Breakdown {
	/** Worker round trips: prepare (once per SQL text) and execute, DuckDB's own time inside. */
	readonly engine: number;
	/** Arrow results to plain rows on the main thread. */
	readonly rows: number;
	/** Observable Plot drawing the charts, the map excluded. */
	readonly plot: number;
	/** The world map's projection and drawing, or its recolouring. */
	readonly map: number;
	readonly other: number;
}

export const BREAKDOWN_PARTS = ['engine', 'rows', 'plot', 'map', 'other'] as const;

export interface InteractionSeries {
	readonly scale: string;
	readonly scenario: string;
	readonly samplesMs: readonly number[];
	/** The samples for which the engine had to answer (a state not seen before on the page). */
	readonly queriedMs: readonly number[];
	readonly breakdowns: readonly Breakdown[];
	readonly failures: number;
}

/** The measure names the app sets (duckdb-database.ts, PlotChart, WorldMap) by part. */
function partOf(name: string): Exclude<keyof Breakdown, 'other'> | null {
	if (name === 'query-prepare' || name === 'query-execute') return 'engine';
	if (name === 'query-rows') return 'rows';
	if (name.startsWith('plot-render:')) return 'plot';
	if (name === 'map-render' || name === 'map-paint') return 'map';
	return null;
}

/** Total length of the union of intervals, clipped to [from, to]. */
export function unionMs(
	intervals: readonly (readonly [number, number])[],
	from: number,
	to: number
): number {
	const clipped = intervals
		.map(([a, b]) => [Math.max(a, from), Math.min(b, to)] as const)
		.filter(([a, b]) => b > a)
		.sort((x, y) => x[0] - y[0]);
	let total = 0;
	let end = -Infinity;
	for (const [a, b] of clipped) {
		if (b <= end) continue;
		total += b - Math.max(a, end);
		end = b;
	}
	return total;
}

/** Reads the page's measures of one interaction and splits its time by part. */
async function breakdownOf(page: Page, timed: Timed): Promise<Breakdown> {
	const entries = await page.evaluate(() =>
		performance
			.getEntriesByType('measure')
			.map((e) => ({ name: e.name, start: e.startTime, end: e.startTime + e.duration }))
	);
	const from = timed.startMs;
	const to = timed.startMs + timed.totalMs;
	const byPart = { engine: [], rows: [], plot: [], map: [] } as Record<
		Exclude<keyof Breakdown, 'other'>,
		[number, number][]
	>;
	for (const e of entries) {
		const part = partOf(e.name);
		if (part) byPart[part].push([e.start, e.end]);
	}
	const all = Object.values(byPart).flat();
	return {
		engine: unionMs(byPart.engine, from, to),
		rows: unionMs(byPart.rows, from, to),
		plot: unionMs(byPart.plot, from, to),
		map: unionMs(byPart.map, from, to),
		other: timed.totalMs - unionMs(all, from, to)
	};
}

/**
 * Installs, in the page, a watch on `<main data-state>` and then fires `act`:
 * the time runs from just before the change event to the first animation frame
 * after `<main>` went loading (or back to the build's rows, for the default
 * view) and came back to ready with the engine's answers, i.e. once the new
 * figures have been rendered and painted.
 */
async function timeUntilRedrawn(
	page: Page,
	act: { selector: string; value: string; event: 'change' | 'input' },
	timeoutMs: number
): Promise<Timed> {
	await page.evaluate(({ selector, value, event }) => {
		const main = document.querySelector('main');
		const control = document.querySelector<HTMLInputElement | HTMLSelectElement>(selector);
		if (!main || !control) throw new Error(`bench: no ${selector} on the page`);
		const watch = {
			started: 0,
			sawLoading: false,
			answered: false,
			drawnAt: null as number | null
		};
		(window as unknown as { __benchWatch: typeof watch }).__benchWatch = watch;
		const observer = new MutationObserver(() => {
			const state = main.dataset.state;
			if (state === 'loading' || main.dataset.engine === 'prerendered') watch.sawLoading = true;
			else if (state === 'ready' && main.dataset.engine === 'live' && watch.sawLoading) {
				observer.disconnect();
				requestAnimationFrame(() => {
					watch.drawnAt = performance.now();
				});
			}
		});
		observer.observe(main, { attributes: true, attributeFilter: ['data-state', 'data-engine'] });
		watch.started = performance.now();
		control.value = value;
		control.dispatchEvent(new Event(event, { bubbles: true }));
		// Answers the page already had are drawn in the same task, with no loading state:
		// then the figures are done by the first frame, and the one after shows them.
		requestAnimationFrame(() => {
			if (watch.sawLoading || main.dataset.state !== 'ready' || main.dataset.engine !== 'live')
				return;
			observer.disconnect();
			watch.answered = true;
			requestAnimationFrame(() => {
				watch.drawnAt = performance.now();
			});
		});
	}, act);
	await page.waitForFunction(
		() =>
			(window as unknown as { __benchWatch: { drawnAt: number | null } }).__benchWatch.drawnAt !==
			null,
		undefined,
		{ timeout: timeoutMs, polling: 'raf' }
	);
	return page.evaluate(() => {
		const w = (
			window as unknown as {
				__benchWatch: { started: number; drawnAt: number; answered: boolean };
			}
		).__benchWatch;
		return { startMs: w.started, totalMs: w.drawnAt - w.started, answered: w.answered };
	});
}

/** Option values of a select, read from the page, so scenarios follow the data. */
async function optionValues(page: Page, selector: string): Promise<string[]> {
	return page.$$eval(`${selector} option`, (options) =>
		options.map((o) => (o as HTMLOptionElement).value)
	);
}

/**
 * Cycles a select through its options, `step` at a time; the value on screen
 * is read, not remembered: a reopened page starts from the default again, and
 * choosing the value already selected changes nothing and would never settle.
 */
function selectScenario(name: string, path: string, selector: string): InteractionScenario {
	return {
		name,
		path,
		async run(page, i, timeoutMs) {
			const values = await optionValues(page, selector);
			const current = await page.$eval(selector, (el) => (el as HTMLSelectElement).value);
			let value = values[(i + 1) % values.length];
			if (value === current) value = values[(i + 2) % values.length];
			return timeUntilRedrawn(page, { selector, value, event: 'change' }, timeoutMs);
		}
	};
}

/** Moves the first risk-weight slider to a new position each time; the list re-ranks. */
const visitsSliderScenario: InteractionScenario = {
	name: 'Visits: risk slider moved -> list re-ranked',
	path: '/visits',
	async run(page, i, timeoutMs) {
		const selector = 'input[type="range"][id^="weight-"]';
		const { min, max, value } = await page.$eval(selector, (el) => {
			const input = el as HTMLInputElement;
			return { min: Number(input.min), max: Number(input.max), value: Number(input.value) };
		});
		const span = Math.max(1, max - min);
		let next = min + ((i * 7 + 3) % (span + 1));
		if (next === value) next = next === max ? min : next + 1;
		return timeUntilRedrawn(page, { selector, value: String(next), event: 'input' }, timeoutMs);
	}
};

export const INTERACTION_SCENARIOS: readonly InteractionScenario[] = [
	selectScenario('Gaps: region filter -> heatmap and map', '/gaps', '#filter-region'),
	selectScenario('Recommendations: region filter -> page', '/recommendations', '#filter-region'),
	selectScenario('Cross-cutting: region filter -> page', '/cross-cutting', '#filter-region'),
	selectScenario(
		'Cross-cutting: indicator switch -> by-year chart',
		'/cross-cutting',
		'#cc-indicator'
	),
	visitsSliderScenario,
	{
		name: 'Explore: year brush -> every linked chart',
		path: '/explore?view=linked',
		run: (page, i) => linkedBrush(page, i)
	}
];

/** Nearest-rank percentile of the samples (p in 0..100). */
export function percentile(samples: readonly number[], p: number): number | null {
	if (samples.length === 0) return null;
	const sorted = [...samples].sort((a, b) => a - b);
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function medianOf(samples: readonly number[]): number | null {
	if (samples.length === 0) return null;
	const sorted = [...samples].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Runs every scenario `count` times in one browser on a site already served at
 * `baseUrl`. A timed-out interaction is counted, not fatal: the page is reopened.
 */
export async function measureInteractions(
	page: Page,
	baseUrl: string,
	scale: string,
	scenarios: readonly InteractionScenario[],
	count: number,
	timeoutMs: number
): Promise<InteractionSeries[]> {
	const out: InteractionSeries[] = [];
	for (const scenario of scenarios) {
		const open = async () => {
			await page.goto(baseUrl + scenario.path);
			await page.waitForSelector('main[data-state="ready"][data-engine="live"]', {
				timeout: timeoutMs
			});
		};
		const samplesMs: number[] = [];
		const queriedMs: number[] = [];
		const breakdowns: Breakdown[] = [];
		try {
			await open();
		} catch (error) {
			// A page that never gets ready is a result too: the row says so instead of ending the run.
			console.log(`[bench] ${scenario.name} (${scale}): page not ready: ${String(error)}`);
			out.push({
				scale,
				scenario: scenario.name,
				samplesMs,
				queriedMs,
				breakdowns,
				failures: count
			});
			continue;
		}
		let failures = 0;
		for (let i = 0; i < count; i++) {
			try {
				const timed = await scenario.run(page, i, timeoutMs);
				samplesMs.push(timed.totalMs);
				if (!timed.answered) queriedMs.push(timed.totalMs);
				breakdowns.push(await breakdownOf(page, timed));
			} catch (error) {
				failures++;
				console.log(`[bench] ${scenario.name} (${scale}) #${i + 1} failed: ${String(error)}`);
				try {
					await open();
				} catch {
					failures += count - i - 1;
					break;
				}
			}
		}
		console.log(
			`[bench] ${scenario.name} (${scale}): median ${medianOf(samplesMs)?.toFixed(0)} ms, ` +
				`p95 ${percentile(samplesMs, 95)?.toFixed(0)} ms`
		);
		out.push({ scale, scenario: scenario.name, samplesMs, queriedMs, breakdowns, failures });
	}
	return out;
}

/**
 * Median and p95 per scenario, then the median of each part of the breakdown
 * (so the parts of one row need not add up to its median exactly).
 */
export function interactionTable(series: readonly InteractionSeries[]): string {
	const header =
		'| Interaction | Data | Samples | Median (ms) | p95 (ms) | Queried: n, p95 (ms) | ' +
		'Engine round trips | Arrow to rows | Plot | Map | Svelte, layout, paint |';
	const ms = (v: number | null) => (v === null ? 'n/a' : `${Math.round(v)}`);
	const rows = series.map((s) => {
		const samples = s.failures
			? `${s.samplesMs.length} (${s.failures} timed out)`
			: `${s.samplesMs.length}`;
		const parts = BREAKDOWN_PARTS.map((p) => ms(medianOf(s.breakdowns.map((b) => b[p]))));
		return (
			`| ${s.scenario} | ${s.scale} | ${samples} | ${ms(medianOf(s.samplesMs))} | ` +
			`${ms(percentile(s.samplesMs, 95))} | ` +
			`${s.queriedMs.length}, ${ms(percentile(s.queriedMs, 95))} | ${parts.join(' | ')} |`
		);
	});
	return [header, `|${' --- |'.repeat(6 + BREAKDOWN_PARTS.length)}`, ...rows].join('\n');
}
