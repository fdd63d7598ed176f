import type { LoadMetrics } from './measure';

export interface Series {
	/** The route measured, e.g. / or /states/NGA. */
	page: string;
	scale: string;
	cache: 'cold' | 'warm';
	runs: LoadMetrics[];
}

type NumericKey =
	| 'firstNumberMs'
	| 'duckdbReadyMs'
	| 'readyMs'
	| 'liveMs'
	| 'bytes'
	| 'peakJsHeapBytes'
	| 'peakPssBytes';

/** Median of the runs that reached the metric; null if none did. */
export function median(runs: readonly LoadMetrics[], key: NumericKey): number | null {
	const values = runs.map((r) => r[key]).filter((v): v is number => v !== null);
	if (values.length === 0) return null;
	values.sort((a, b) => a - b);
	const mid = Math.floor(values.length / 2);
	return values.length % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

const ms = (v: number | null) => (v === null ? 'n/a' : `${Math.round(v)}`);
const mb = (v: number | null) => (v === null ? 'n/a' : (v / 1e6).toFixed(1));

export function markdownTable(series: readonly Series[]): string {
	const header =
		'| Page | Data | Cache | Runs | First number (ms) | Default view drawn (ms) | ' +
		'DuckDB ready (ms) | Engine interactive (ms) | ' +
		'Transferred (MB) | Peak JS heap (MB) | Peak PSS, all Chromium processes (MB) |';
	const rows = series.map((s) => {
		const failed = s.runs.filter((r) => r.state !== 'ready').length;
		const runs = failed ? `${s.runs.length} (${failed} not ready)` : `${s.runs.length}`;
		return (
			`| ${s.page} | ${s.scale} | ${s.cache} | ${runs} | ${ms(median(s.runs, 'firstNumberMs'))} | ` +
			`${ms(median(s.runs, 'readyMs'))} | ${ms(median(s.runs, 'duckdbReadyMs'))} | ` +
			`${ms(median(s.runs, 'liveMs'))} | ` +
			`${mb(median(s.runs, 'bytes'))} | ${mb(median(s.runs, 'peakJsHeapBytes'))} | ` +
			`${mb(median(s.runs, 'peakPssBytes'))} |`
		);
	});
	return [header, `|${' --- |'.repeat(11)}`, ...rows].join('\n');
}
