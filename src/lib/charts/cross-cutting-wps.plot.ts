import * as Plot from '@observablehq/plot';
import { INK, MUTED, SERIES_BLUE, chartFrame } from './theme';

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

const MARGIN = { top: 28, right: 20, bottom: 40, left: 48 };
/** A label's box in pixels: three capitals at 9 px, and a line. */
const LABEL_W = 22;
const LABEL_H = 10;

/**
 * The points whose ISO3 label fits without overlapping one already placed
 * (larger bases first); the others keep their dot and tooltip.
 */
function thinLabels(
	points: readonly WpsPoint[],
	rate: (p: WpsPoint) => number,
	[low, high]: readonly [number, number],
	o: WpsScatterOptions
): WpsPoint[] {
	const w = o.width - MARGIN.left - MARGIN.right;
	const h = o.height - MARGIN.top - MARGIN.bottom;
	const placed: { x: number; y: number }[] = [];
	const kept: WpsPoint[] = [];
	const order = [...points].sort(
		(a, b) => b.denominator - a.denominator || a.iso3.localeCompare(b.iso3)
	);
	for (const p of order) {
		const x = ((p.wpsScore - low) / (high - low || 1)) * w;
		const y = (1 - rate(p)) * h;
		if (placed.some((q) => Math.abs(q.x - x) < LABEL_W && Math.abs(q.y - y) < LABEL_H)) continue;
		placed.push({ x, y });
		kept.push(p);
	}
	return kept;
}

/**
 * A State's gender-integration rate (y) against its WPS Index score (x), each
 * point labelled with its ISO3 code where the label fits; a small base is hollow. States with no
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
	const labelled = thinLabels(points, rate, [low, high], o);
	return {
		...chartFrame(o.width, o.height, MARGIN),
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
			Plot.text(labelled, {
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
