import * as Plot from '@observablehq/plot';
import { SERIES_BLUE, yearScale, chartFrame } from './theme';

export interface GtiPoint {
	readonly year: number;
	readonly score: number;
	readonly rank: number | null;
}

export interface GtiOptions {
	readonly width: number;
	readonly yLabel: string;
	/** Print: a lower chart. */
	readonly compact?: boolean;
}

/** The Global Terrorism Index score by year (0 no impact to 10 highest), as threat context. */
export function gtiTrendPlot(rows: readonly GtiPoint[], o: GtiOptions): Plot.PlotOptions {
	const years = rows.map((r) => r.year);
	const first = Math.min(...years);
	const last = Math.max(...years);
	return {
		...chartFrame(o.width, o.compact ? 110 : 150, { top: 22, right: 16, bottom: 26, left: 36 }),
		x: yearScale(first, last, 8),
		y: { domain: [0, 10], label: o.yLabel, grid: true, ticks: 5, labelAnchor: 'top' },
		marks: [
			Plot.lineY(rows, { x: 'year', y: 'score', stroke: SERIES_BLUE, strokeWidth: 2 }),
			Plot.dot(rows, {
				x: 'year',
				y: 'score',
				fill: SERIES_BLUE,
				r: 3,
				title: (r: GtiPoint) =>
					`${r.year}: ${r.score.toFixed(2)}${r.rank === null ? '' : ` (#${r.rank})`}`
			})
		]
	};
}
