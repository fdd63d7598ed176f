import * as Plot from '@observablehq/plot';
import {
	type DateMarker,
	INK,
	yearMarkerMarks,
	MUTED,
	TABLEAU10,
	yearScale,
	yearTickCount,
	chartFrame
} from './theme';

export interface YearShare {
	readonly series: string;
	readonly year: number;
	readonly numerator: number;
	readonly denominator: number;
}

export interface SharesByYearOptions {
	readonly width: number;
	readonly height: number;
	readonly yLabel: string;
	/** Series codes in legend order, with their labels (colours follow this order). */
	readonly series: readonly { readonly code: string; readonly label: string }[];
	/** A denominator under this draws a hollow point ("small base"). */
	readonly smallBase: number;
	readonly marker?: DateMarker;
	readonly formatPercent: (value: number) => string;
}

const MARGIN = { top: 28, right: 150, bottom: 32, left: 48 };
const LABEL_GAP = 15;

/** Shares by year as lines, labelled at their ends (no separate legend, so exports stay whole). */
export function sharesByYearPlot(
	rows: readonly YearShare[],
	o: SharesByYearOptions
): Plot.PlotOptions {
	const share = (r: YearShare) => r.numerator / r.denominator;
	const years = rows.map((r) => r.year);
	const first = Math.min(...years);
	const last = Math.max(...years);
	const codes = o.series.map((s) => s.code);
	const labelOf = new Map(o.series.map((s) => [s.code, s.label]));
	const labels = endLabels(rows, codes, labelOf, o.height);
	const tip = (r: YearShare) =>
		`${labelOf.get(r.series) ?? r.series}, ${r.year}: ${o.formatPercent(share(r))} (${r.numerator} / ${r.denominator})`;
	return {
		...chartFrame(o.width, o.height, MARGIN),
		x: yearScale(first, last, yearTickCount(o.width - MARGIN.left - MARGIN.right)),
		y: { domain: [0, 1], tickFormat: '.0%', label: o.yLabel, grid: true, labelAnchor: 'top' },
		color: { domain: codes, range: TABLEAU10.slice(0, codes.length) },
		marks: [
			Plot.ruleY([0], { stroke: MUTED }),
			...yearMarkerMarks(o.marker, first, last),
			Plot.lineY(rows, { x: 'year', y: share, z: 'series', stroke: 'series', strokeWidth: 2 }),
			Plot.dot(
				rows.filter((r) => r.denominator >= o.smallBase),
				{ x: 'year', y: share, fill: 'series', r: 3, title: tip }
			),
			Plot.dot(
				rows.filter((r) => r.denominator < o.smallBase),
				{
					x: 'year',
					y: share,
					stroke: 'series',
					fill: '#ffffff',
					r: 3.5,
					strokeWidth: 1.5,
					title: tip
				}
			),
			// A coloured swatch beside a label in ink: coloured text would lack contrast.
			Plot.text(labels, { x: 'year', y: 'y', text: () => '\u25A0', fill: 'series', dx: 12 }),
			Plot.text(labels, {
				x: 'year',
				y: 'y',
				text: 'label',
				fill: INK,
				textAnchor: 'start',
				dx: 20
			})
		]
	};
}

interface EndLabel {
	readonly series: string;
	readonly year: number;
	readonly y: number;
	readonly label: string;
}

/**
 * Each series' label beside its last point, pushed apart so that no two
 * overlap (computed in pixels on the fixed 0-100 % axis, then mapped back).
 */
function endLabels(
	rows: readonly YearShare[],
	codes: readonly string[],
	labelOf: ReadonlyMap<string, string>,
	height: number
): EndLabel[] {
	const plotHeight = height - MARGIN.top - MARGIN.bottom;
	const ends = codes
		.map((code) => {
			const last = rows.filter((r) => r.series === code).at(-1);
			if (!last) return null;
			return {
				series: code,
				year: last.year,
				px: (1 - last.numerator / last.denominator) * plotHeight,
				label: labelOf.get(code) ?? code
			};
		})
		.filter((e) => e !== null)
		.sort((a, b) => a.px - b.px);
	for (let i = 1; i < ends.length; i++) {
		ends[i].px = Math.max(ends[i].px, ends[i - 1].px + LABEL_GAP);
	}
	const overflow = (ends.at(-1)?.px ?? 0) - plotHeight;
	if (overflow > 0) for (const e of ends) e.px -= overflow;
	return ends.map((e) => ({
		series: e.series,
		year: e.year,
		y: 1 - e.px / plotHeight,
		label: e.label
	}));
}
