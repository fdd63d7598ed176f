import * as Plot from '@observablehq/plot';
import { Resvg } from '@resvg/resvg-js';
import { JSDOM } from 'jsdom';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chartImage } from '../../src/lib/export/chart-image';
import type { ChartImage, ExportContext, FigureText } from '../../src/lib/export/figure-svg';
import { composeFigureSvg } from '../../src/lib/export/figure-svg';
import type { ReportFigureImage } from '../../src/lib/export/report-docx-content';
import { woffToSfnt } from './woff';

/** Source Sans 3, the app's font, as sfnt files the renderer can load (written once per process). */
let fontFiles: string[] | null = null;
function sourceSansFiles(): string[] {
	if (fontFiles) return fontFiles;
	const require = createRequire(import.meta.url);
	const dir = join(tmpdir(), `ctc-report-fonts-${process.pid}`);
	mkdirSync(dir, { recursive: true });
	fontFiles = [400, 600, 700].map((weight) => {
		const woff = readFileSync(
			require.resolve(`@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff`)
		);
		const file = join(dir, `source-sans-3-${weight}.otf`);
		writeFileSync(file, woffToSfnt(woff));
		return file;
	});
	return fontFiles;
}

/** Draws a Plot spec without a browser: Plot renders into a DOM implementation (jsdom); the chart is read as on the page. */
export function drawChart(spec: Plot.PlotOptions, title: string): ChartImage {
	const { window } = new JSDOM('<!doctype html><html><body></body></html>');
	try {
		const node = Plot.plot({ ...spec, document: window.document }) as unknown as Element;
		window.document.body.append(node);
		const chart = chartImage(node);
		if (!chart) throw new Error(`The figure "${title}" drew no chart.`);
		return chart;
	} finally {
		window.close();
	}
}

/** SVG to PNG bytes by resvg with the app's font, at `scale` image pixels per CSS pixel. */
export function rasterise(svg: string, scale: number): Uint8Array {
	const png = new Resvg(svg, {
		fitTo: { mode: 'zoom', value: scale },
		background: '#ffffff',
		font: {
			fontFiles: sourceSansFiles(),
			// System fonts only for a glyph Source Sans 3's Latin subset lacks.
			loadSystemFonts: true,
			defaultFontFamily: 'Source Sans 3',
			sansSerifFamily: 'Source Sans 3'
		}
	})
		.render()
		.asPng();
	return new Uint8Array(png);
}

/**
 * A figure of the book for the Word document: the chart and legend composed
 * as on the page's export (composeFigureSvg, layout 'document') and
 * rasterised at `scale`.
 */
export function figurePng(
	spec: Plot.PlotOptions,
	text: FigureText,
	ctx: ExportContext,
	scale: number
): ReportFigureImage & { svg: string } {
	const figure = composeFigureSvg(drawChart(spec, text.title), text, ctx, { layout: 'document' });
	return {
		png: rasterise(figure.svg, scale),
		width: figure.width,
		height: figure.height,
		svg: figure.svg
	};
}
