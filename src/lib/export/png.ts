/**
 * Rasterises SVG text to a PNG of `width` x `height` CSS pixels times
 * `scale`. The SVG must carry its fonts (embeddedFontCss): an image drawn
 * into a canvas cannot use the page's web fonts.
 */
export async function svgToPng(
	svg: string,
	width: number,
	height: number,
	scale = 1
): Promise<Blob> {
	const canvas = await svgToCanvas(svg, width, height, scale);
	return new Promise<Blob>((resolve, reject) =>
		canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed.'))), 'image/png')
	);
}

/** The same as svgToPng, as a data URL (for the briefing basket in localStorage). */
export async function svgToPngDataUrl(svg: string, width: number, height: number): Promise<string> {
	return (await svgToCanvas(svg, width, height, 1)).toDataURL('image/png');
}

async function svgToCanvas(
	svg: string,
	width: number,
	height: number,
	scale: number
): Promise<HTMLCanvasElement> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.width = width;
		image.height = height;
		await new Promise<void>((resolve, reject) => {
			image.onload = () => resolve();
			image.onerror = () => reject(new Error('The chart could not be rendered as an image.'));
			image.src = url;
		});
		// Chromium may draw an SVG image before its inlined fonts are decoded.
		await image.decode().catch(() => undefined);
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('This browser offers no 2D canvas.');
		ctx.scale(scale, scale);
		ctx.drawImage(image, 0, 0, width, height);
		return canvas;
	} finally {
		URL.revokeObjectURL(url);
	}
}
