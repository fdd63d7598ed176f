import { FONT_FAMILY, INK, MUTED } from '../charts/theme';
import { MARKING_COLOURS, markingLine, type ExportMarking } from './marking';
import { sourceStamp } from './export-context';
import type { ExtractVersion } from '../hash/extract-version';
import {
	clampLines,
	estimateMeasure,
	wrapText,
	type ExportFont,
	type MeasureText
} from './text-fit';

export interface FigureText {
	readonly title: string;
	/** The one-line definition under the title. */
	readonly subtitle: string;
	readonly source: string;
}

/** What every export states besides the figure's own text. */
export interface ExportContext {
	/** The active filters and view toggles, as one sentence (filterSubtitle). */
	readonly filters: string;
	readonly marking: ExportMarking;
	readonly version: ExtractVersion | null;
	/** The stamp sentence: "Extract of 29 Oct 2026, version 1a2b3c4d. RESTRICTED." */
	readonly stamp: string;
}

/** A drawn chart: its SVG markup at its own size, and its HTML legend if Plot made one. */
export interface ChartImage {
	readonly markup: string;
	readonly width: number;
	readonly height: number;
	/** The area to show, in the chart's units: its box grown to cover labels drawn outside it. */
	readonly box?: {
		readonly x: number;
		readonly y: number;
		readonly width: number;
		readonly height: number;
	};
	readonly legend: readonly { readonly colour: string; readonly label: string }[];
}

/**
 * figure: the chart at its screen size with text around it (documents);
 * slide: 1920x1080, the chart scaled into the space left by the text;
 * slide-body: the image of a PPTX chart slide (1920x786: filters line and
 * chart), whose title, source and marking are the slide's own text;
 * document: the chart and its legend alone, for a document (the Word
 * report) whose caption, source and page marking are its own text.
 */
export type ExportLayout = 'figure' | 'slide' | 'slide-body' | 'document';

/** True for the layouts projected on a slide, where no text may be under about 14 pt. */
export function isSlideLayout(layout: ExportLayout): boolean {
	return layout === 'slide' || layout === 'slide-body';
}

export const SLIDE_SIZE = { width: 1920, height: 1080 } as const;
export const SLIDE_BODY_SIZE = { width: 1920, height: 786 } as const;

interface Metrics {
	pad: number;
	strip: number;
	title: ExportFont;
	text: ExportFont;
	small: ExportFont;
	stripFont: ExportFont;
	/** Most lines a block may take on a fixed-size canvas. */
	maxLines: number;
}

const METRICS: Record<ExportLayout, Metrics> = {
	figure: {
		pad: 16,
		strip: 22,
		title: { size: 18, weight: 700 },
		text: { size: 13, weight: 400 },
		small: { size: 11.5, weight: 400 },
		stripFont: { size: 12, weight: 700 },
		maxLines: 20
	},
	// On a slide no text is under about 14 pt: 28 px on the 1920-px slide PNG (960 pt wide),
	// 31 px on the deck's image (1920 px over 888 pt).
	slide: {
		pad: 64,
		strip: 44,
		title: { size: 44, weight: 700 },
		text: { size: 28, weight: 400 },
		small: { size: 28, weight: 400 },
		stripFont: { size: 28, weight: 700 },
		maxLines: 2
	},
	document: {
		pad: 8,
		strip: 0,
		title: { size: 18, weight: 700 },
		text: { size: 13, weight: 400 },
		small: { size: 11.5, weight: 400 },
		stripFont: { size: 12, weight: 700 },
		maxLines: 20
	},
	'slide-body': {
		pad: 24,
		strip: 0,
		title: { size: 44, weight: 700 },
		text: { size: 31, weight: 400 },
		small: { size: 31, weight: 400 },
		stripFont: { size: 31, weight: 700 },
		maxLines: 2
	}
};

export interface ComposeOptions {
	readonly layout?: ExportLayout;
	/** A measurer per font; in the browser canvas measureText with the bundled font. */
	readonly measure?: (font: ExportFont) => MeasureText;
	/** @font-face rules with the font files inlined, so the SVG renders the same anywhere. */
	readonly fontCss?: string;
}

/**
 * A standalone SVG of a chart with its title, definition, filters, source,
 * extract stamp and the tier marking at top and bottom. Every text block is
 * wrapped by measuring it, so nothing runs past the edge.
 */
export function composeFigureSvg(
	chart: ChartImage,
	text: FigureText,
	ctx: ExportContext,
	options: ComposeOptions = {}
): { svg: string; width: number; height: number } {
	const layout = options.layout ?? 'figure';
	const box = chart.box ?? { x: 0, y: 0, width: chart.width, height: chart.height };
	const m = METRICS[layout];
	const measureOf = options.measure ?? estimateMeasure;
	const fixed =
		layout === 'figure' || layout === 'document'
			? null
			: layout === 'slide'
				? SLIDE_SIZE
				: SLIDE_BODY_SIZE;
	const width = fixed?.width ?? Math.max(box.width + 2 * m.pad, 480);
	const inner = width - 2 * m.pad;
	const block = (value: string, font: ExportFont, colour: string, max = m.maxLines) => {
		const measure = measureOf(font);
		const lines = clampLines(wrapText(value, inner, measure), max, inner, measure);
		return { lines, font, colour, lineHeight: Math.round(font.size * 1.3) };
	};
	const withTitle = layout === 'figure' || layout === 'slide';
	const head = [
		...(withTitle ? [block(text.title, m.title, INK), block(text.subtitle, m.text, MUTED)] : []),
		...(layout === 'document' ? [] : [block(ctx.filters, m.text, INK)])
	];
	const legend = legendRows(chart.legend, inner, measureOf(m.small), m.small.size);
	const foot = withTitle
		? [
				block(text.source, m.small, MUTED, 3),
				block(sourceStamp(text.source, ctx), m.small, MUTED, 2)
			]
		: [];
	const blockHeight = (b: { lines: string[]; lineHeight: number }) => b.lines.length * b.lineHeight;
	const headHeight = head.reduce((s, b) => s + blockHeight(b), 0) + 6 * head.length;
	const footHeight = foot.reduce((s, b) => s + blockHeight(b), 0) + 4 * foot.length;
	const legendHeight = legend.length * Math.round(m.small.size * 1.6);

	const top = m.strip + m.pad;
	const chartTop = top + headHeight + legendHeight + 8;
	let chartBox: { width: number; height: number };
	let height: number;
	if (fixed) {
		height = fixed.height;
		const room = height - chartTop - footHeight - m.pad - m.strip - 8;
		const scale = Math.min(inner / box.width, Math.max(room, 40) / box.height);
		chartBox = { width: box.width * scale, height: box.height * scale };
	} else {
		chartBox = { width: box.width, height: box.height };
		height = chartTop + box.height + 8 + footHeight + m.pad + m.strip;
	}

	const parts: string[] = [];
	let y = top;
	const drawBlock = (b: ReturnType<typeof block>, gap: number) => {
		for (const line of b.lines) {
			y += b.lineHeight;
			parts.push(
				`<text x="${m.pad}" y="${y - Math.round(b.lineHeight * 0.25)}" font-size="${b.font.size}" font-weight="${b.font.weight}" fill="${b.colour}">${escapeXml(line)}</text>`
			);
		}
		y += gap;
	};
	for (const b of head) drawBlock(b, 6);
	for (const row of legend) {
		y += Math.round(m.small.size * 1.6);
		let x = m.pad;
		for (const item of row) {
			const box = m.small.size * 0.8;
			parts.push(
				`<rect x="${x}" y="${y - box - 2}" width="${box}" height="${box}" fill="${escapeXml(item.colour)}"/>`,
				`<text x="${x + box + 6}" y="${y - 3}" font-size="${m.small.size}" fill="${INK}">${escapeXml(item.label)}</text>`
			);
			x += item.width;
		}
	}
	const chartX = m.pad + (inner - chartBox.width) / 2;
	parts.push(
		`<svg x="${round(chartX)}" y="${round(chartTop)}" width="${round(chartBox.width)}" height="${round(chartBox.height)}" viewBox="${box.x} ${box.y} ${box.width} ${box.height}" overflow="visible">${chart.markup}</svg>`
	);
	y = fixed ? height - m.strip - m.pad - footHeight : chartTop + chartBox.height + 8;
	for (const b of foot) drawBlock(b, 4);

	const colours = MARKING_COLOURS[ctx.marking.tier];
	const line = escapeXml(markingLine(ctx.marking));
	const strip = (at: number) =>
		m.strip === 0
			? ''
			: `<rect x="0" y="${at}" width="${width}" height="${m.strip}" fill="${colours.background}"/>` +
				`<text x="${width / 2}" y="${at + m.strip * 0.7}" text-anchor="middle" font-size="${m.stripFont.size}" font-weight="700" letter-spacing="0.08em" fill="${colours.text}" data-marking="">${line}</text>`;

	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_FAMILY)}" style="font-variant-numeric: tabular-nums">` +
		`<title>${escapeXml(text.title)}</title>` +
		(options.fontCss ? `<style>${options.fontCss}</style>` : '') +
		`<rect width="${width}" height="${height}" fill="#ffffff"/>` +
		strip(0) +
		parts.join('') +
		strip(height - m.strip) +
		`</svg>`;
	return { svg, width, height };
}

/** Legend items laid out left to right, wrapping to a new row when the next one would not fit. */
function legendRows(
	items: ChartImage['legend'],
	maxWidth: number,
	measure: MeasureText,
	size: number
): { colour: string; label: string; width: number }[][] {
	const rows: { colour: string; label: string; width: number }[][] = [];
	let row: { colour: string; label: string; width: number }[] = [];
	let used = 0;
	for (const item of items) {
		const w = size * 0.8 + 6 + measure(item.label) + size;
		if (row.length && used + w > maxWidth) {
			rows.push(row);
			row = [];
			used = 0;
		}
		row.push({ ...item, width: w });
		used += w;
	}
	if (row.length) rows.push(row);
	return rows;
}

const round = (v: number) => Math.round(v * 10) / 10;

export function escapeXml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');
}
