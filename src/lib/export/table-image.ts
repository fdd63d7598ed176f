import { FONT_FAMILY, INK, MUTED } from '../charts/theme';
import { escapeXml, isSlideLayout, type ExportLayout } from './figure-svg';
import { estimateMeasure, type MeasureText } from './text-fit';

/** A table as displayed: header, formatted cells, and which columns hold numbers (right-aligned). */
export interface TableImageInput {
	readonly header: readonly string[];
	readonly rows: readonly (readonly string[])[];
	readonly numeric: readonly boolean[];
}

/**
 * Type size of a table image: 15 px in a document; 32 px on a slide, which is
 * 16 pt on a 1920-px slide PNG and about 14.8 pt on the deck's image, so a
 * table that fits the slide unscaled has no text under about 14 pt.
 */
export function tableFontSize(layout: ExportLayout): number {
	return isSlideLayout(layout) ? 32 : 15;
}

/**
 * A table drawn as SVG, for the exports and the briefing of a headline table:
 * a bold header over a double rule, one rule under each row, numbers flush
 * right. Column widths come from `measure` (an estimate that errs wide, by
 * default), so no cell runs into the next.
 */
export function tableImageSvg(
	table: TableImageInput,
	fontSize: number,
	measure: (weight: 400 | 600) => MeasureText = (weight) =>
		estimateMeasure({ size: fontSize, weight })
): { markup: string; width: number; height: number } {
	const pad = Math.round(fontSize * 0.45);
	const rowHeight = Math.round(fontSize * 1.6);
	const regular = measure(400);
	const bold = measure(600);
	const widths = table.header.map((h, c) =>
		Math.ceil(Math.max(bold(h), ...table.rows.map((r) => regular(r[c] ?? ''))) + 2 * pad)
	);
	const width = widths.reduce((a, b) => a + b, 0);
	const height = rowHeight * (table.rows.length + 1) + 2;
	const lefts = widths.map((_, c) => widths.slice(0, c).reduce((a, b) => a + b, 0));
	const cell = (text: string, c: number, y: number, weight: number, colour: string) => {
		const right = table.numeric[c];
		const x = right ? lefts[c] + widths[c] - pad : lefts[c] + pad;
		return `<text x="${x}" y="${y}" text-anchor="${right ? 'end' : 'start'}" font-weight="${weight}" fill="${colour}">${escapeXml(text)}</text>`;
	};
	const baseline = (row: number) => Math.round(row * rowHeight + rowHeight * 0.68);
	const parts = table.header.map((h, c) => cell(h, c, baseline(0), 600, MUTED));
	parts.push(`<rect x="0" y="${rowHeight - 2}" width="${width}" height="2" fill="#9e9e9e"/>`);
	table.rows.forEach((row, r) => {
		row.forEach((text, c) => parts.push(cell(text, c, baseline(r + 1), 400, INK)));
		parts.push(
			`<rect x="0" y="${(r + 2) * rowHeight}" width="${width}" height="1" fill="#d0d0d0"/>`
		);
	});
	const markup =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
		`font-family="${escapeXml(FONT_FAMILY)}" font-size="${fontSize}" style="font-variant-numeric: tabular-nums">` +
		parts.join('') +
		'</svg>';
	return { markup, width, height };
}
