import * as Plot from '@observablehq/plot';
import {
	countScale,
	type DateMarker,
	yearMarkerMarks,
	MUTED,
	SERIES_BLUE,
	yearScale,
	yearTickCount,
	chartFrame
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
	const max = Math.max(1, ...rows.map((r) => r.count));
	return {
		...chartFrame(o.width, o.height, { top: 28, right: 16, bottom: 32, left: 48 }),
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
			...yearMarkerMarks(o.marker, first, last)
		]
	};
}
