import * as Plot from '@observablehq/plot';
import { GRID, INK, MUTED, PLOT_STYLE, TABLEAU10 } from './theme';

/** One area's score for the State against the region's and all States' medians (any may be null). */
export interface BenchmarkRow {
	readonly area: string;
	readonly state: number | null;
	readonly region: number | null;
	readonly global: number | null;
}

export interface BenchmarksOptions {
	readonly width: number;
	readonly stateLabel: string;
	readonly regionLabel: string;
	readonly globalLabel: string;
	readonly xLabel: string;
	readonly noDataLabel: string;
}

/**
 * A row per area: the State's score as a filled dot, the regional median as an
 * open diamond, the global median as a grey tick. An area the State has no
 * score in says so in text at the left, rather than a dot at 0.
 */
export function benchmarksPlot(
	rows: readonly BenchmarkRow[],
	o: BenchmarksOptions
): Plot.PlotOptions {
	type Point = { area: string; series: string; value: number };
	const points = (key: 'state' | 'region' | 'global', series: string): Point[] =>
		rows.flatMap((r) =>
			r[key] === null ? [] : [{ area: r.area, series, value: r[key] as number }]
		);
	const [stateColour, regionColour] = [TABLEAU10[0], TABLEAU10[1]];
	return {
		width: o.width,
		height: 44 + rows.length * 22,
		marginLeft: Math.min(260, Math.max(140, o.width * 0.34)),
		marginRight: 16,
		marginTop: 28,
		marginBottom: 8,
		style: PLOT_STYLE,
		x: { domain: [0, 1], axis: 'top', grid: true, label: o.xLabel, ticks: 5 },
		y: { domain: rows.map((r) => r.area), label: null, tickSize: 0 },
		color: {
			domain: [o.stateLabel, o.regionLabel, o.globalLabel],
			range: [stateColour, regionColour, MUTED],
			legend: true
		},
		marks: [
			Plot.tickX(points('global', o.globalLabel), {
				x: 'value',
				y: 'area',
				stroke: 'series',
				strokeWidth: 2,
				title: (d: Point) => `${d.series}: ${d.value.toFixed(2)}`
			}),
			Plot.dot(points('region', o.regionLabel), {
				x: 'value',
				y: 'area',
				symbol: 'diamond',
				r: 5,
				stroke: 'series',
				strokeWidth: 1.5,
				title: (d: Point) => `${d.series}: ${d.value.toFixed(2)}`
			}),
			Plot.dot(points('state', o.stateLabel), {
				x: 'value',
				y: 'area',
				r: 5,
				fill: 'series',
				title: (d: Point) => `${d.series}: ${d.value.toFixed(2)}`
			}),
			Plot.text(
				rows.filter((r) => r.state === null),
				{
					x: 0,
					y: 'area',
					text: () => o.noDataLabel,
					textAnchor: 'start',
					dx: 4,
					fill: INK,
					fontStyle: 'italic'
				}
			),
			Plot.ruleX([0.5], { stroke: GRID })
		]
	};
}
