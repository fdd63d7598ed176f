import * as Plot from '@observablehq/plot';
import {
	countScale,
	type DateMarker,
	markerInside,
	MUTED,
	PLOT_STYLE,
	SERIES_BLUE,
	yearScale,
	yearTickCount
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
	const max = Math.max(1, ...rows.map((r) => r.count));
	return {
		width: o.width,
		height: o.height,
		marginLeft: 48,
		marginRight: 16,
		marginTop: 28,
		marginBottom: 32,
		style: PLOT_STYLE,
		x: yearScale(first, last, yearTickCount(o.width - 48 - 16)),
		y: countScale(max, o.yLabel, o.formatCount),
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
