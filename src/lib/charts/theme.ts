import * as Plot from '@observablehq/plot';

/** Shared look of every chart (VISUAL.md): one font family, calm greys, colour-blind-safe hues. */
export const FONT_FAMILY = "'Source Sans 3', 'Source Sans Pro', 'Segoe UI', Arial, sans-serif";
export const INK = '#1a1a1a';
export const MUTED = '#595959';
export const GRID = '#d9d9d9';
/** A single-series mark (tableau10's first hue); the UI accent #009edb is kept for the interface. */
export const SERIES_BLUE = '#4e79a7';
/** Observable Plot's tableau10, for categories. */
export const TABLEAU10 = [
	'#4e79a7',
	'#f28e2c',
	'#e15759',
	'#76b7b2',
	'#59a14f',
	'#edc949',
	'#af7aa1',
	'#ff9da7',
	'#9c755f',
	'#bab0ab'
] as const;

export const PLOT_STYLE = {
	fontFamily: FONT_FAMILY,
	fontSize: '13px',
	fontVariantNumeric: 'tabular-nums',
	color: INK,
	background: '#ffffff',
	overflow: 'visible'
} as const;

/**
 * A date's position on a year axis where each year is drawn centred on its
 * number (a bar or point spans year - 0.5 to year + 0.5): 21 Dec 2017 -> 2017.47,
 * between the 2017 and 2018 bars.
 */
export function decimalYear(iso: string): number {
	const [y, m, d] = iso.split('-').map(Number);
	const start = Date.UTC(y, 0, 1);
	const days = (Date.UTC(y, m - 1, d) - start) / 86_400_000;
	const length = (Date.UTC(y + 1, 0, 1) - start) / 86_400_000;
	return y - 0.5 + days / length;
}

/** How many year labels fit in `plotWidth` pixels (a label is about four digits wide plus a gap). */
export function yearTickCount(plotWidth: number): number {
	return Math.max(2, Math.floor(plotWidth / 44));
}

/** Whole years from `first` to `last` at a round step (1, 2, 5, 10...) so that at most `max` remain. */
export function yearTicks(first: number, last: number, max = 12): number[] {
	const step =
		[1, 2, 5, 10, 20, 50].find((s) => Math.floor(last / s) - Math.ceil(first / s) + 1 <= max) ??
		100;
	const ticks: number[] = [];
	for (let y = Math.ceil(first / step) * step; y <= last; y += step) ticks.push(y);
	return ticks;
}

/**
 * The x scale of a chart by year: each year a band from y - 0.5 to y + 0.5
 * (so bars and points sit on their year), labelled at round steps.
 */
export function yearScale(first: number, last: number, maxTicks: number): Plot.ScaleOptions {
	return {
		domain: [first - 0.5, last + 0.5],
		ticks: yearTicks(first, last, maxTicks),
		tickFormat: (y: number) => String(y),
		label: null
	};
}

/** A count y scale from 0 to a round top, with a grid and its label above the axis. */
export function countScale(
	max: number,
	label: string,
	formatCount: (n: number) => string
): Plot.ScaleOptions {
	const ticks = countTicks(Math.max(1, max));
	return {
		label,
		grid: true,
		domain: [0, ticks.at(-1) ?? 1],
		ticks,
		tickFormat: (v: number) => formatCount(v),
		labelAnchor: 'top'
	};
}

/** A vertical marker on a year axis, such as the adoption of a resolution. */
export interface DateMarker {
	readonly date: string;
	readonly label: string;
}

/** Whole-number ticks from 0 to `max` (counts never get a 2.5 tick). */
export function countTicks(max: number, target = 5): number[] {
	const step = Math.max(1, Math.ceil(max / target));
	const nice = [1, 2, 5].map((m) => m * 10 ** Math.floor(Math.log10(step)));
	const s = nice.find((n) => n >= step) ?? 10 ** Math.ceil(Math.log10(step));
	const ticks: number[] = [];
	for (let v = 0; v <= max + s - 1e-9 && ticks.length < 50; v += s) ticks.push(v);
	return ticks;
}

/** The marker's fractional year if it falls inside the axis, else null (it would sit on the frame). */
export function markerInside(
	marker: DateMarker | undefined,
	first: number,
	last: number
): number | null {
	if (!marker) return null;
	const x = decimalYear(marker.date);
	return x > first - 0.5 && x < last + 0.5 ? x : null;
}

/**
 * The dashed rule of a dated marker on a year axis, with its label above the
 * frame unless `label` is off (small multiples label it once, elsewhere):
 * nothing when the marker falls outside the axis.
 */
export function yearMarkerMarks(
	marker: DateMarker | undefined,
	first: number,
	last: number,
	options: { readonly label?: boolean; readonly dy?: number } = {}
): Plot.Markish[] {
	const x = markerInside(marker, first, last);
	if (x === null || !marker) return [];
	const rule = Plot.ruleX([x], { stroke: MUTED, strokeDasharray: '4,3' });
	if (options.label === false) return [rule];
	return [
		rule,
		Plot.text([x], {
			x: (d: number) => d,
			frameAnchor: 'top',
			dy: options.dy ?? -18,
			dx: -4,
			textAnchor: 'end',
			text: () => marker.label,
			fill: MUTED
		})
	];
}

/** Where a chart's frame sits inside its SVG, in pixels. */
export interface ChartMargin {
	readonly top: number;
	readonly right: number;
	readonly bottom: number;
	readonly left: number;
}

/** A chart's size, margins and the house style: the part every Plot spec shares. */
export function chartFrame(
	width: number,
	height: number,
	margin: ChartMargin
): Pick<
	Plot.PlotOptions,
	'width' | 'height' | 'marginTop' | 'marginRight' | 'marginBottom' | 'marginLeft' | 'style'
> {
	return {
		width,
		height,
		marginTop: margin.top,
		marginRight: margin.right,
		marginBottom: margin.bottom,
		marginLeft: margin.left,
		style: PLOT_STYLE
	};
}
