import * as Plot from '@observablehq/plot';
import {
	countTicks,
	markerInside,
	MUTED,
	PLOT_STYLE,
	SERIES_BLUE,
	yearTicks,
	yearTickCount,
	type DateMarker
} from './theme';

export interface YearCount {
	readonly year: number;
	readonly count: number;
}

export interface VisitsByYearOptions {
	readonly width: number;
	readonly height: number;
	/** Label of the vertical axis, e.g. "Visits". */
	readonly yLabel: string;
	readonly marker?: DateMarker;
	/** Formats a count for a bar's tooltip (thousands separators). */
	readonly formatCount: (n: number) => string;
}

/** Bars of a count per year on a continuous year axis, so a dated rule can sit between years. */
export function visitsByYearPlot(
	rows: readonly YearCount[],
	o: VisitsByYearOptions
): Plot.PlotOptions {
	const years = rows.map((r) => r.year);
	const first = Math.min(...years);
	const last = Math.max(...years);
	const markerYear = markerInside(o.marker, first, last);
	const ticks = countTicks(Math.max(1, ...rows.map((r) => r.count)));
	return {
		width: o.width,
		height: o.height,
		marginLeft: 48,
		marginRight: 16,
		marginTop: 28,
		marginBottom: 32,
		style: PLOT_STYLE,
		x: {
			domain: [first - 0.5, last + 0.5],
			ticks: yearTicks(first, last, yearTickCount(o.width - 48 - 16)),
			tickFormat: (y: number) => String(y),
			label: null
		},
		y: {
			label: o.yLabel,
			grid: true,
			domain: [0, ticks.at(-1) ?? 1],
			ticks,
			tickFormat: (v: number) => o.formatCount(v),
			labelAnchor: 'top'
		},
		marks: [
			Plot.rectY(rows, {
				x1: (r: YearCount) => r.year - 0.38,
				x2: (r: YearCount) => r.year + 0.38,
				y: 'count',
				fill: SERIES_BLUE,
				title: (r: YearCount) => `${r.year}: ${o.formatCount(r.count)}`
			}),
			Plot.ruleY([0], { stroke: MUTED }),
			...(markerYear !== null && o.marker
				? [
						Plot.ruleX([markerYear], { stroke: MUTED, strokeDasharray: '4,3' }),
						Plot.text([markerYear], {
							x: (d: number) => d,
							frameAnchor: 'top',
							dy: -18,
							dx: -4,
							textAnchor: 'end',
							text: () => o.marker?.label ?? '',
							fill: MUTED
						})
					]
				: [])
		]
	};
}
