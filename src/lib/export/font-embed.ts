import font400 from '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2?url';
import font600 from '@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff2?url';
import font700 from '@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff2?url';
import type { ExportFont, MeasureText } from './text-fit';

let faces: Promise<string> | null = null;

/**
 * @font-face rules of Source Sans 3 with the files inlined as data URLs. An
 * SVG drawn into a canvas, or opened outside the app, cannot load the page's
 * web fonts; with these inside, it renders as on screen.
 */
export function embeddedFontCss(): Promise<string> {
	faces ??= Promise.all(
		(
			[
				[400, font400],
				[600, font600],
				[700, font700]
			] as const
		).map(async ([weight, url]) => {
			const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
			let binary = '';
			for (const b of bytes) binary += String.fromCharCode(b);
			return `@font-face{font-family:'Source Sans 3';font-style:normal;font-weight:${weight};src:url(data:font/woff2;base64,${btoa(binary)}) format('woff2');}`;
		})
	).then((rules) => rules.join(''));
	return faces;
}

/**
 * Measurers backed by a canvas set in Source Sans 3, after the font has
 * loaded, so wrapping uses the widths the export will actually render with.
 */
export async function canvasMeasurer(): Promise<(font: ExportFont) => MeasureText> {
	await Promise.all(
		[400, 600, 700].map((w) => document.fonts.load(`${w} 16px "Source Sans 3"`).catch(() => []))
	);
	const ctx = document.createElement('canvas').getContext('2d');
	if (!ctx) throw new Error('This browser offers no 2D canvas.');
	return (font) => (text) => {
		ctx.font = `${font.weight} ${font.size}px "Source Sans 3", "Source Sans Pro", Arial, sans-serif`;
		return ctx.measureText(text).width;
	};
}
