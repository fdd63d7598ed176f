import { chartImage } from './chart-image';
import { downloadBlob } from './download';
import {
	composeFigureSvg,
	SLIDE_BODY_SIZE,
	type ExportContext,
	type ExportLayout,
	type FigureText
} from './figure-svg';
import { canvasMeasurer, embeddedFontCss } from './font-embed';
import { buildFigurePack, type PackFigure, type PackPin } from './figure-pack';
import { svgToPng, svgToPngDataUrl } from './png';

export type ImageFormat = 'svg' | 'png1' | 'png2' | 'slide';

/** Composes the figure for `layout` with measured text and the fonts inlined. */
async function composed(node: Element, text: FigureText, ctx: ExportContext, layout: ExportLayout) {
	const chart = chartImage(node);
	if (!chart) throw new Error('The chart has not been drawn yet.');
	const [measure, fontCss] = await Promise.all([canvasMeasurer(), embeddedFontCss()]);
	return composeFigureSvg(chart, text, ctx, { layout, measure, fontCss });
}

/** Saves the chart drawn in `node` as SVG, PNG (1x, 2x) or a 1920x1080 slide PNG. */
export async function saveFigureImage(
	node: Element,
	format: ImageFormat,
	text: FigureText,
	ctx: ExportContext,
	filename: (ext: string, suffix?: string) => string
): Promise<void> {
	const figure = await composed(node, text, ctx, format === 'slide' ? 'slide' : 'figure');
	if (format === 'svg') {
		downloadBlob(new Blob([figure.svg], { type: 'image/svg+xml' }), filename('svg'));
		return;
	}
	const scale = format === 'png2' ? 2 : 1;
	const suffix = format === 'png2' ? '@2x' : format === 'slide' ? '_slide' : '';
	downloadBlob(
		await svgToPng(figure.svg, figure.width, figure.height, scale),
		filename('png', suffix)
	);
}

/** The chart drawn in `node` and its legend alone, as PNG bytes at `scale` (the Word report's figures). */
export async function documentFigurePng(
	node: Element,
	text: FigureText,
	ctx: ExportContext,
	scale: number
): Promise<{ png: Uint8Array; width: number; height: number }> {
	const figure = await composed(node, text, ctx, 'document');
	const blob = await svgToPng(figure.svg, figure.width, figure.height, scale);
	return {
		png: new Uint8Array(await blob.arrayBuffer()),
		width: figure.width,
		height: figure.height
	};
}

/** The image of a briefing slide (filters line and chart), as a PNG data URL. */
export async function slideBodyDataUrl(
	node: Element,
	text: FigureText,
	ctx: ExportContext
): Promise<string> {
	const figure = await composed(node, text, ctx, 'slide-body');
	return svgToPngDataUrl(figure.svg, SLIDE_BODY_SIZE.width, SLIDE_BODY_SIZE.height);
}

/** The figure pack as a zip file, composed and rasterised in this browser with the bundled fonts. */
export async function figurePackBlob(figures: readonly PackFigure[], pin: PackPin): Promise<Blob> {
	const [measure, fontCss] = await Promise.all([canvasMeasurer(), embeddedFontCss()]);
	const bytes = await buildFigurePack(figures, pin, {
		measure,
		fontCss,
		prepared: new Date().toISOString().slice(0, 10),
		rasterise: async (svg, width, height, scale) =>
			new Uint8Array(await (await svgToPng(svg, width, height, scale)).arrayBuffer())
	});
	return new Blob([bytes as BlobPart], { type: 'application/zip' });
}
