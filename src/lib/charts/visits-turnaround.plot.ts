import * as Plot from '@observablehq/plot';
import { countScale, MUTED, TABLEAU10, yearScale, yearTickCount, chartFrame } from './theme';

export interface TurnaroundPoint {
	readonly year: number;
	readonly reports: number;
	readonly median_days: number;
	readonly p90_days: number;
}

export interface TurnaroundOptions {
	readonly width: number;
	readonly height: number;
	readonly yLabel: string;
	readonly medianLabel: string;
	readonly p90Label: string;
	readonly formatCount: (n: number) => string;
}

const MEDIAN = TABLEAU10[0];
const P90 = TABLEAU10[2];

/** Days from visit end to report adoption by year of visit end: the median and the 90th percentile. */
export function turnaroundPlot(
	rows: readonly TurnaroundPoint[],
	o: TurnaroundOptions
): Plot.PlotOptions {
	const first = Math.min(...rows.map((r) => r.year));
	const last = Math.max(...rows.map((r) => r.year));
	const max = Math.max(1, ...rows.map((r) => r.p90_days));
	const points = rows.flatMap((r) => [
		{ year: r.year, days: r.median_days, series: o.medianLabel, reports: r.reports },
		{ year: r.year, days: r.p90_days, series: o.p90Label, reports: r.reports }
	]);
	const ends = [o.medianLabel, o.p90Label]
		.map((label) => points.filter((p) => p.series === label).at(-1))
		.filter((p) => p !== undefined);
	return {
		...chartFrame(o.width, o.height, { top: 28, right: 120, bottom: 32, left: 52 }),
		x: yearScale(first, last, yearTickCount(o.width - 52 - 120)),
		y: countScale(max, o.yLabel, o.formatCount),
		color: { domain: [o.medianLabel, o.p90Label], range: [MEDIAN, P90] },
		marks: [
			Plot.ruleY([0], { stroke: MUTED }),
			Plot.line(
				points.filter((d) => d.series === o.medianLabel),
				{ x: 'year', y: 'days', stroke: 'series', strokeWidth: 2 }
			),
			// The 90th percentile is dashed, so the two lines differ without colour.
			Plot.line(
				points.filter((d) => d.series === o.p90Label),
				{ x: 'year', y: 'days', stroke: 'series', strokeWidth: 2, strokeDasharray: '5,3' }
			),
			Plot.dot(points, {
				x: 'year',
				y: 'days',
				fill: 'series',
				r: 3,
				title: (d: (typeof points)[number]) =>
					`${d.year}, ${d.series}: ${o.formatCount(d.days)} (${o.formatCount(d.reports)})`
			}),
			Plot.text(ends, {
				x: 'year',
				y: 'days',
				text: 'series',
				fill: 'series',
				textAnchor: 'start',
				dx: 8
			})
		]
	};
}
