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
	 * milliseconds until every figure it affects is drawn again.
	 */
	run(page: Page, i: number, timeoutMs: number): Promise<number>;
}

export interface InteractionSeries {
	readonly scale: string;
	readonly scenario: string;
	readonly samplesMs: readonly number[];
	readonly failures: number;
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
): Promise<number> {
	await page.evaluate(({ selector, value, event }) => {
		const main = document.querySelector('main');
		const control = document.querySelector<HTMLInputElement | HTMLSelectElement>(selector);
		if (!main || !control) throw new Error(`bench: no ${selector} on the page`);
		const watch = { started: 0, sawLoading: false, drawnAt: null as number | null };
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
	}, act);
	await page.waitForFunction(
		() =>
			(window as unknown as { __benchWatch: { drawnAt: number | null } }).__benchWatch.drawnAt !==
			null,
		undefined,
		{ timeout: timeoutMs, polling: 'raf' }
	);
	return page.evaluate(() => {
		const w = (window as unknown as { __benchWatch: { started: number; drawnAt: number } })
			.__benchWatch;
		return w.drawnAt - w.started;
	});
}

/** Option values of a select, read from the page, so scenarios follow the data. */
async function optionValues(page: Page, selector: string): Promise<string[]> {
	return page.$$eval(`${selector} option`, (options) =>
		options.map((o) => (o as HTMLOptionElement).value)
	);
}

/** Cycles the global region filter through every region and back to all. */
function regionFilterScenario(name: string, path: string): InteractionScenario {
	return {
		name,
		path,
		async run(page, i, timeoutMs) {
			const values = await optionValues(page, '#filter-region');
			// The value on screen is read, not remembered: a reopened page starts from "all" again,
			// and choosing the value already selected changes nothing and would never settle.
			const current = await page.$eval('#filter-region', (el) => (el as HTMLSelectElement).value);
			let value = values[(i + 1) % values.length];
			if (value === current) value = values[(i + 2) % values.length];
			return timeUntilRedrawn(
				page,
				{ selector: '#filter-region', value, event: 'change' },
				timeoutMs
			);
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
	regionFilterScenario('Gaps: region filter -> heatmap and map', '/gaps'),
	regionFilterScenario('Recommendations: region filter -> page', '/recommendations'),
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
		try {
			await open();
		} catch (error) {
			// A page that never gets ready is a result too: the row says so instead of ending the run.
			console.log(`[bench] ${scenario.name} (${scale}): page not ready: ${String(error)}`);
			out.push({ scale, scenario: scenario.name, samplesMs, failures: count });
			continue;
		}
		let failures = 0;
		for (let i = 0; i < count; i++) {
			try {
				samplesMs.push(await scenario.run(page, i, timeoutMs));
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
		out.push({ scale, scenario: scenario.name, samplesMs, failures });
	}
	return out;
}

export function interactionTable(series: readonly InteractionSeries[]): string {
	const header = '| Interaction | Data | Samples | Median (ms) | p95 (ms) |';
	const ms = (v: number | null) => (v === null ? 'n/a' : `${Math.round(v)}`);
	const rows = series.map((s) => {
		const samples = s.failures
			? `${s.samplesMs.length} (${s.failures} timed out)`
			: `${s.samplesMs.length}`;
		return (
			`| ${s.scenario} | ${s.scale} | ${samples} | ${ms(medianOf(s.samplesMs))} | ` +
			`${ms(percentile(s.samplesMs, 95))} |`
		);
	});
	return [header, `|${' --- |'.repeat(5)}`, ...rows].join('\n');
}
