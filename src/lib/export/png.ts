import font400 from '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2?url';
import font600 from '@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff2?url';
import font700 from '@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff2?url';

/**
 * Rasterises SVG text to a PNG at `scale` times its size. An SVG drawn into a
 * canvas cannot use the page's web fonts, so the font files (served by the app
 * itself) are embedded as data URLs first; the PNG then looks like the screen.
 */
export async function svgToPng(
	svg: string,
	width: number,
	height: number,
	scale = 2
): Promise<Blob> {
	const withFonts = svg.replace(/^(<svg[^>]*>)/, `$1<style>${await fontFaces()}</style>`);
	const url = URL.createObjectURL(new Blob([withFonts], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.width = width;
		image.height = height;
		await new Promise<void>((resolve, reject) => {
			image.onload = () => resolve();
			image.onerror = () => reject(new Error('The chart could not be rendered as an image.'));
			image.src = url;
		});
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('This browser offers no 2D canvas.');
		ctx.scale(scale, scale);
		ctx.drawImage(image, 0, 0, width, height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob(
				(b) => (b ? resolve(b) : reject(new Error('PNG encoding failed.'))),
				'image/png'
			)
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

let faces: Promise<string> | null = null;

function fontFaces(): Promise<string> {
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
			return `@font-face{font-family:'Source Sans 3';font-weight:${weight};src:url(data:font/woff2;base64,${btoa(binary)}) format('woff2');}`;
		})
	).then((rules) => rules.join(''));
	return faces;
}
