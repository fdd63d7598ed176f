import * as Plot from '@observablehq/plot';
import { decimalYear, MUTED, PLOT_STYLE, SERIES_BLUE } from './theme';

export interface SparkPoint {
	readonly year: number;
	/** Null where the year has no data: the line breaks there. */
	readonly value: number | null;
}

export interface SparklineOptions {
	readonly width: number;
	readonly height: number;
	/** A dated rule (the adoption of resolution 2395), drawn where it falls inside the years. */
	readonly markerDate?: string;
}

/** A rate's course over the years, without axes: a scorecard's sparkline on a fixed 0-100 % scale. */
export function sparklinePlot(
	series: readonly SparkPoint[],
	o: SparklineOptions
): Plot.PlotOptions {
	const first = series[0]?.year ?? 0;
	const last = series.at(-1)?.year ?? 0;
	const end = series.filter((p) => p.value !== null).at(-1);
	const marker = o.markerDate ? decimalYear(o.markerDate) : null;
	return {
		width: o.width,
		height: o.height,
		margin: 3,
		style: { ...PLOT_STYLE, overflow: 'hidden' },
		x: { domain: [first - 0.5, last + 0.5], axis: null },
		y: { domain: [0, 1], axis: null },
		marks: [
			Plot.ruleY([0], { stroke: '#d9d9d9' }),
			...(marker !== null && marker > first - 0.5 && marker < last + 0.5
				? [Plot.ruleX([marker], { stroke: MUTED, strokeDasharray: '2,2' })]
				: []),
			Plot.lineY(series, { x: 'year', y: 'value', stroke: SERIES_BLUE, strokeWidth: 1.5 }),
			...(end ? [Plot.dot([end], { x: 'year', y: 'value', fill: SERIES_BLUE, r: 2.2 })] : [])
		]
	};
}
