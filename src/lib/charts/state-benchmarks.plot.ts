import * as Plot from '@observablehq/plot';
import { GRID, INK, MUTED, TABLEAU10, chartFrame } from './theme';

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
	/** Print: shorter rows, so the profile ends on its second A4 page. */
	readonly compact?: boolean;
}

/** Area names are drawn smaller than the chart text: the longest is 57 characters. */
const AREA_FONT_PX = 11;
/** About the mean advance of a Source Sans character at AREA_FONT_PX. */
const AREA_CHAR_PX = 5.6;

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
	// Room for the longest area name on one line; on a narrow chart the names wrap at
	// spaces (never mid-word) and the rows grow to hold two lines.
	const longest = Math.max(0, ...rows.map((r) => r.area.length));
	const needed = Math.ceil(longest * AREA_CHAR_PX) + 10;
	const marginLeft = Math.min(needed, Math.round(o.width * 0.5));
	const wraps = needed > marginLeft;
	const rowHeight = (o.compact ? 15 : 22) * (wraps ? 1.6 : 1);
	return {
		...chartFrame(o.width, (o.compact ? 46 : 52) + rows.length * rowHeight, {
			top: 40,
			right: 16,
			bottom: 8,
			left: marginLeft
		}),
		x: {
			domain: [0, 1],
			axis: 'top',
			grid: true,
			label: o.xLabel,
			labelAnchor: 'center',
			labelOffset: 34,
			ticks: 5
		},
		y: { domain: rows.map((r) => r.area), label: null, axis: null },
		color: {
			domain: [o.stateLabel, o.regionLabel, o.globalLabel],
			range: [stateColour, regionColour, MUTED],
			legend: true
		},
		marks: [
			Plot.axisY({
				tickSize: 0,
				fontSize: AREA_FONT_PX,
				lineWidth: (marginLeft - 10) / AREA_FONT_PX
			}),
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
