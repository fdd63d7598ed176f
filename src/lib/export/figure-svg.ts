import { FONT_FAMILY, INK, MUTED } from '$lib/charts/theme';
import { MARKING_COLOURS, markingLine, type ExportMarking } from './marking';

export interface FigureText {
	readonly title: string;
	readonly subtitle: string;
	readonly source: string;
}

const PAD = 16;
const STRIP = 22;

/**
 * A standalone SVG of a chart with its title, subtitle, source line and the
 * tier marking at top and bottom, as it goes onto a slide or into a document.
 * Returns the SVG text and its size in pixels.
 */
export function composeFigureSvg(
	chart: SVGSVGElement,
	text: FigureText,
	marking: ExportMarking
): { svg: string; width: number; height: number } {
	const chartWidth = Number(chart.getAttribute('width')) || chart.clientWidth || 640;
	const chartHeight = Number(chart.getAttribute('height')) || chart.clientHeight || 320;
	const width = chartWidth + 2 * PAD;
	const charsPerLine = Math.floor((width - 2 * PAD) / 7);
	const subtitle = wrap(text.subtitle, charsPerLine);
	const source = wrap(text.source, Math.floor(charsPerLine * 1.1));
	const colours = MARKING_COLOURS[marking.tier];
	const line = escapeXml(markingLine(marking));

	let y = STRIP + PAD + 18;
	const parts: string[] = [];
	parts.push(
		`<text x="${PAD}" y="${y}" font-size="18" font-weight="700" fill="${INK}">${escapeXml(text.title)}</text>`
	);
	for (const l of subtitle) {
		y += 18;
		parts.push(`<text x="${PAD}" y="${y}" font-size="13" fill="${MUTED}">${escapeXml(l)}</text>`);
	}
	y += 12;
	const clone = chart.cloneNode(true) as SVGSVGElement;
	clone.setAttribute('x', String(PAD));
	clone.setAttribute('y', String(y));
	clone.setAttribute('width', String(chartWidth));
	clone.setAttribute('height', String(chartHeight));
	// Keep Plot's font settings; drop the page's responsive sizing.
	clone.style.maxWidth = 'none';
	clone.style.height = `${chartHeight}px`;
	parts.push(new XMLSerializer().serializeToString(clone));
	y += chartHeight + 8;
	for (const l of source) {
		y += 15;
		parts.push(`<text x="${PAD}" y="${y}" font-size="11.5" fill="${MUTED}">${escapeXml(l)}</text>`);
	}
	y += PAD;
	const height = y + STRIP;
	const strip = (top: number) =>
		`<rect x="0" y="${top}" width="${width}" height="${STRIP}" fill="${colours.background}"/>` +
		`<text x="${width / 2}" y="${top + 15.5}" text-anchor="middle" font-size="12" font-weight="700" letter-spacing="0.08em" fill="${colours.text}">${line}</text>`;

	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_FAMILY)}" style="font-variant-numeric: tabular-nums">` +
		`<rect width="${width}" height="${height}" fill="#ffffff"/>` +
		strip(0) +
		parts.join('') +
		strip(height - STRIP) +
		`</svg>`;
	return { svg, width, height };
}

function wrap(text: string, max: number): string[] {
	const lines: string[] = [];
	let current = '';
	for (const word of text.split(/\s+/)) {
		if (current && current.length + word.length + 1 > max) {
			lines.push(current);
			current = word;
		} else current = current ? `${current} ${word}` : word;
	}
	if (current) lines.push(current);
	return lines;
}

function escapeXml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');
}
