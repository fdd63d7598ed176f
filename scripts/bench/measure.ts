import type { Page } from 'playwright-core';
import type { Traffic } from '../serve/server';
import { treePssBytes } from './process-memory';

/** One load of a page. Times are ms from navigation start; null when never reached. */
export interface LoadMetrics {
	/** The first headline number in the DOM: parsed from the HTML when the page is prerendered. */
	firstNumberMs: number | null;
	duckdbReadyMs: number | null;
	/** The default view drawn: `<main data-state="ready">`, which the app sets after hydration. */
	readyMs: number | null;
	/** The engine interactive: every figure shows the engine's answer (`data-engine="live"`). */
	liveMs: number | null;
	state: 'ready' | 'error' | 'timeout';
	bytes: number;
	requests: number;
	peakJsHeapBytes: number | null;
	peakPssBytes: number | null;
}

interface PageMarks {
	firstNumber: number | null;
	ready: number | null;
	live: number | null;
	error: number | null;
}

/**
 * Runs before any script of each document: notes when the first indicator
 * gets a non-empty data-value (as the parser inserts it, for prerendered
 * HTML), when <main> says ready or error, and when it says the engine has
 * taken over. A MutationObserver fires right after the DOM change, before the
 * next paint, so these are DOM times; paint follows within a frame.
 */
export const MARKS_INIT_SCRIPT = `(() => {
	const marks = { firstNumber: null, ready: null, live: null, error: null };
	window.__benchMarks = marks;
	const check = () => {
		const now = performance.now();
		if (marks.firstNumber === null && document.querySelector('[data-indicator][data-value]:not([data-value=""])')) marks.firstNumber = now;
		if (marks.ready === null && document.querySelector('main[data-state="ready"]')) marks.ready = now;
		if (marks.live === null && document.querySelector('main[data-state="ready"][data-engine="live"]')) marks.live = now;
		if (marks.error === null && document.querySelector('main[data-state="error"]')) marks.error = now;
	};
	new MutationObserver(check).observe(document, {
		subtree: true, childList: true, attributes: true, attributeFilter: ['data-value', 'data-state', 'data-engine']
	});
})();`;

/** The mark the app's db layer sets once DuckDB-WASM is instantiated. */
export const DUCKDB_READY_MARK = 'duckdb-ready';

const SAMPLE_EVERY_MS = 100;

/**
 * Loads (or reloads) `url` in `page` and measures it until <main> settles.
 * `browserPid` enables memory sampling; `traffic` is the serving server's counter.
 */
export async function measureLoad(
	page: Page,
	url: string,
	options: { reload: boolean; traffic: Traffic; browserPid: number | null; timeoutMs: number }
): Promise<LoadMetrics> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Performance.enable');
	let peakHeap: number | null = null;
	let peakPss: number | null = null;
	let sampling = true;
	const sampler = (async () => {
		while (sampling) {
			try {
				const { metrics } = await cdp.send('Performance.getMetrics');
				const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
				if (heap !== undefined) peakHeap = Math.max(peakHeap ?? 0, heap);
			} catch {
				// The target is swapped during navigation; the next sample will succeed.
			}
			if (options.browserPid !== null) {
				const pss = treePssBytes(options.browserPid);
				if (pss !== null) peakPss = Math.max(peakPss ?? 0, pss);
			}
			await new Promise((r) => setTimeout(r, SAMPLE_EVERY_MS));
		}
	})();

	const before = { ...options.traffic };
	if (options.reload) await page.reload({ waitUntil: 'commit' });
	else await page.goto(url, { waitUntil: 'commit' });
	let state: LoadMetrics['state'] = 'timeout';
	try {
		await page.waitForFunction(
			() => {
				const m = (window as unknown as { __benchMarks?: PageMarks }).__benchMarks;
				return m !== undefined && (m.live !== null || m.error !== null);
			},
			undefined,
			{ timeout: options.timeoutMs, polling: 50 }
		);
	} catch {
		// Reported as state 'timeout' with whatever marks were reached.
	}
	const marks = await page.evaluate((markName) => {
		const m = (window as unknown as { __benchMarks: PageMarks }).__benchMarks;
		const duckdb = performance.getEntriesByName(markName)[0]?.startTime ?? null;
		return { ...m, duckdb };
	}, DUCKDB_READY_MARK);
	if (marks.live !== null) state = 'ready';
	else if (marks.error !== null) state = 'error';
	sampling = false;
	await sampler;
	await cdp.detach();
	return {
		firstNumberMs: marks.firstNumber,
		duckdbReadyMs: marks.duckdb,
		readyMs: marks.ready,
		liveMs: marks.live,
		state,
		bytes: options.traffic.bodyBytes - before.bodyBytes,
		requests: options.traffic.requests - before.requests,
		peakJsHeapBytes: peakHeap,
		peakPssBytes: peakPss
	};
}
