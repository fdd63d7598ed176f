import * as Plot from '@observablehq/plot';
import {
	type DateMarker,
	INK,
	yearMarkerMarks,
	MUTED,
	SERIES_BLUE,
	yearScale,
	yearTickCount,
	chartFrame
} from './theme';

export interface CategoryYearRate {
	readonly category: string;
	readonly year: number;
	readonly numerator: number;
	readonly denominator: number;
}

/** A pooled rate over a span of years (e.g. before and after the resolution), drawn as a flat segment. */
export interface PeriodRate {
	readonly category: string;
	readonly first: number;
	readonly last: number;
	readonly value: number;
}

/** A public figure shown for context, not computed from the data (e.g. H1's ~15 %). */
export interface ReferenceLevel {
	readonly value: number;
	readonly first: number;
	readonly last: number;
	readonly label: string;
}

export interface RatesByYearOptions {
	readonly width: number;
	/** Height of one panel; the chart has one panel per category. */
	readonly panelHeight: number;
	readonly yLabel: string;
	/** Categories in panel order with their labels; a single category draws no panel title. */
	readonly categories: readonly { readonly code: string; readonly label: string }[];
	/** A denominator under this draws a hollow point ("small base"). */
	readonly smallBase: number;
	readonly marker?: DateMarker;
	readonly periods?: readonly PeriodRate[];
	readonly reference?: ReferenceLevel;
	readonly formatPercent: (value: number) => string;
}

const MARGIN = { top: 30, right: 16, bottom: 30, left: 46 };
const MIN_PANEL_WIDTH = 250;

interface Point {
	readonly category: string;
	readonly year: number;
	readonly value: number | null;
	readonly numerator: number;
	readonly denominator: number;
	readonly col: number;
	readonly row: number;
}

/**
 * Rates by year, one small panel per category (small multiples keep 14
 * thematic areas readable where 14 colours would not). A year without data
 * breaks the line instead of drawing 0 %; a small base is a hollow point.
 */
export function ratesByYearPlot(
	rows: readonly CategoryYearRate[],
	o: RatesByYearOptions
): Plot.PlotOptions {
	const years = rows.map((r) => r.year);
	const first = Math.min(...years);
	const last = Math.max(...years);
	const many = o.categories.length > 1;
	const columns = many
		? Math.max(1, Math.min(o.categories.length, Math.floor(o.width / MIN_PANEL_WIDTH)))
		: 1;
	const panelRows = Math.ceil(o.categories.length / columns);
	const place = new Map(
		o.categories.map((c, i) => [c.code, { col: i % columns, row: Math.floor(i / columns) }])
	);
	const labelOf = new Map(o.categories.map((c) => [c.code, c.label]));
	const points: Point[] = [];
	for (const c of o.categories) {
		const { col, row } = place.get(c.code) ?? { col: 0, row: 0 };
		for (let year = first; year <= last; year++) {
			const r = rows.find((x) => x.category === c.code && x.year === year);
			const denominator = r?.denominator ?? 0;
			points.push({
				category: c.code,
				year,
				numerator: r?.numerator ?? 0,
				denominator,
				value: denominator > 0 ? (r?.numerator ?? 0) / denominator : null,
				col,
				row
			});
		}
	}
	const drawn = points.filter((p) => p.value !== null);
	const facet = { fx: 'col', fy: 'row' } as const;
	const at = (category: string) => place.get(category) ?? { col: 0, row: 0 };
	const panelWidth = (o.width - MARGIN.left - MARGIN.right) / columns;
	const tip = (p: Point) =>
		`${labelOf.get(p.category) ?? p.category}, ${p.year}: ${o.formatPercent(p.value ?? 0)} (${p.numerator} / ${p.denominator})`;
	const periods = (o.periods ?? []).map((p) => ({ ...p, ...at(p.category) }));
	const ref = o.reference;
	return {
		...chartFrame(o.width, panelRows * o.panelHeight + MARGIN.top + MARGIN.bottom, MARGIN),
		fx: { axis: null, padding: 0.12 },
		fy: { axis: null, padding: many ? 0.22 : 0 },
		x: yearScale(first, last, Math.min(8, yearTickCount(panelWidth - 20))),
		y: {
			domain: [0, 1],
			ticks: [0, 0.25, 0.5, 0.75, 1],
			tickFormat: '.0%',
			label: o.yLabel,
			grid: true,
			labelAnchor: 'top'
		},
		marks: [
			Plot.ruleY([0], { stroke: MUTED }),
			...yearMarkerMarks(o.marker, first, last, { label: !many, dy: -20 }),
			...(ref
				? [
						Plot.ruleY([ref.value], {
							x1: ref.first - 0.5,
							x2: ref.last + 0.5,
							stroke: INK,
							strokeDasharray: '2,2'
						}),
						// Above the data, from the axis's left end, so a long label is never cut at the right.
						Plot.text([ref], {
							x: first - 0.5,
							y: Math.min(1, ref.value + 0.15),
							text: () => `- - ${ref.label}`,
							textAnchor: 'start',
							dx: 4,
							fill: INK
						})
					]
				: []),
			Plot.ruleY(periods, {
				...facet,
				x1: (p: PeriodRate) => p.first - 0.5,
				x2: (p: PeriodRate) => p.last + 0.5,
				y: 'value',
				stroke: '#bab0ab',
				strokeWidth: 5,
				strokeOpacity: 0.7
			}),
			Plot.lineY(points, {
				...facet,
				x: 'year',
				y: 'value',
				z: 'category',
				stroke: SERIES_BLUE,
				strokeWidth: 2
			}),
			Plot.dot(
				drawn.filter((p) => p.denominator >= o.smallBase),
				{ ...facet, x: 'year', y: 'value', fill: SERIES_BLUE, r: 2.8, title: tip }
			),
			Plot.dot(
				drawn.filter((p) => p.denominator < o.smallBase),
				{
					...facet,
					x: 'year',
					y: 'value',
					stroke: SERIES_BLUE,
					fill: '#ffffff',
					strokeWidth: 1.5,
					r: 3.2,
					title: tip
				}
			),
			...(many
				? [
						Plot.text(
							o.categories.map((c) => ({ ...c, ...at(c.code) })),
							{
								...facet,
								text: 'label',
								frameAnchor: 'top-left',
								dy: -14,
								fill: INK,
								fontWeight: 600
							}
						)
					]
				: [])
		]
	};
}
