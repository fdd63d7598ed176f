import * as Plot from '@observablehq/plot';
import { INK, MUTED, PLOT_STYLE, SERIES_BLUE } from './theme';

export interface WpsPoint {
	readonly iso3: string;
	readonly name: string;
	readonly wpsScore: number;
	readonly wpsRank: number;
	readonly numerator: number;
	readonly denominator: number;
}

export interface WpsScatterOptions {
	readonly width: number;
	readonly height: number;
	readonly xLabel: string;
	readonly yLabel: string;
	readonly smallBase: number;
	readonly formatPercent: (value: number) => string;
}

/**
 * A State's gender-integration rate (y) against its WPS Index score (x), each
 * point labelled with its ISO3 code; a small base is hollow. States with no
 * CTED data in the period are left out by the caller (no data is not 0 %).
 */
export function wpsScatterPlot(
	points: readonly WpsPoint[],
	o: WpsScatterOptions
): Plot.PlotOptions {
	const rate = (p: WpsPoint) => p.numerator / p.denominator;
	const tip = (p: WpsPoint) =>
		`${p.name}: ${o.formatPercent(rate(p))} (${p.numerator} / ${p.denominator}); WPS ${p.wpsScore.toFixed(3)}, rank ${p.wpsRank}`;
	const scores = points.map((p) => p.wpsScore);
	const low = Math.floor(Math.min(...scores) * 10) / 10;
	const high = Math.ceil(Math.max(...scores) * 10) / 10;
	return {
		width: o.width,
		height: o.height,
		marginTop: 28,
		marginRight: 20,
		marginBottom: 40,
		marginLeft: 48,
		style: PLOT_STYLE,
		x: { domain: [low, high], label: o.xLabel, labelAnchor: 'right', grid: true },
		y: { domain: [0, 1], tickFormat: '.0%', label: o.yLabel, labelAnchor: 'top', grid: true },
		marks: [
			Plot.ruleY([0], { stroke: MUTED }),
			Plot.dot(
				points.filter((p) => p.denominator >= o.smallBase),
				{ x: 'wpsScore', y: rate, fill: SERIES_BLUE, fillOpacity: 0.75, r: 3.5, title: tip }
			),
			Plot.dot(
				points.filter((p) => p.denominator < o.smallBase),
				{ x: 'wpsScore', y: rate, stroke: SERIES_BLUE, fill: '#ffffff', r: 3.5, title: tip }
			),
			Plot.text(points, {
				x: 'wpsScore',
				y: rate,
				text: 'iso3',
				dy: -8,
				fontSize: 9,
				fill: INK
			})
		]
	};
}
