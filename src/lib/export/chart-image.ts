import type { ChartImage, ExportLayout } from './figure-svg';

/**
 * A chart drawn only when someone exports it, not on every change of the
 * view: `draw` makes the drawing for a layout (a slide may need another
 * drawing than a document: larger type, fewer rows).
 */
export interface DeferredChart {
	/** Width of the drawing in px. */
	readonly width: number;
	readonly draw: (layout: ExportLayout) => Element;
}

/** What a figure hands its export buttons: the chart on the page, or one drawn on demand. */
export type ChartSource = Element | DeferredChart;

/**
 * Runs `use` on the chart's drawing for `layout`. A deferred chart is drawn
 * off screen (not display: none, so its labels can be measured) and removed
 * afterwards.
 */
export async function withChart<T>(
	source: ChartSource,
	layout: ExportLayout,
	use: (node: Element) => Promise<T> | T
): Promise<T> {
	if (source instanceof Element) return use(source);
	const host = document.createElement('div');
	host.setAttribute('aria-hidden', 'true');
	host.style.cssText = `position:absolute;left:-20000px;top:0;width:${source.width}px;visibility:hidden`;
	document.body.append(host);
	try {
		const node = source.draw(layout);
		host.append(node);
		return await use(node);
	} finally {
		host.remove();
	}
}

/**
 * The chart of a drawn Plot node as standalone markup. Plot returns an <svg>,
 * or a <figure> holding legends and the chart: the chart is its last direct
 * <svg> child (swatch legends hold small <svg>s of their own), and an HTML
 * swatch legend is read into colour/label pairs so the export keeps it.
 */
export function chartImage(node: Element): ChartImage | null {
	// The node's own window: the page's, or a DOM implementation's when a chart is drawn in Node.
	const view = node.ownerDocument.defaultView ?? window;
	const isSvg = (e: Element): e is SVGSVGElement => e instanceof view.SVGSVGElement;
	const svg = isSvg(node) ? node : [...node.children].filter(isSvg).at(-1);
	if (!svg) return null;
	const width = Number(svg.getAttribute('width')) || svg.clientWidth || 640;
	const height = Number(svg.getAttribute('height')) || svg.clientHeight || 320;
	// Plot draws with overflow visible: long axis labels may extend past the svg box.
	const box = contentBox(svg, width, height);
	const clone = svg.cloneNode(true) as SVGSVGElement;
	clone.setAttribute('width', String(width));
	clone.setAttribute('height', String(height));
	clone.removeAttribute('role');
	// The page's responsive sizing (max-width, height auto) must not leak into the file.
	clone.style.maxWidth = 'none';
	clone.style.height = `${height}px`;
	const legend = [...node.querySelectorAll('[class$="-swatch"]')].map((swatch) => {
		// Plot sets the fill on the swatch's <svg> and lets its <rect> inherit it: read the computed value.
		const shape = swatch.querySelector('svg rect, svg circle, svg path');
		return {
			colour: (shape && view.getComputedStyle(shape).fill) || swatchFill(swatch),
			label: swatch.textContent?.trim() ?? ''
		};
	});
	return {
		markup: new view.XMLSerializer().serializeToString(clone),
		width,
		height,
		box,
		legend
	};
}

/** The fill Plot set on a swatch's <svg>, where no computed style is at hand (a DOM without CSS cascade). */
function swatchFill(swatch: Element): string {
	const svg = swatch.querySelector('svg');
	return svg?.getAttribute('fill') || (svg as SVGElement | null)?.style.fill || '#999999';
}

/** The union of the svg's own box and what it draws, in its user units. */
function contentBox(svg: SVGSVGElement, width: number, height: number): ChartImage['box'] {
	let drawn = { x: 0, y: 0, width, height };
	try {
		drawn = svg.getBBox();
	} catch {
		// Not rendered (display: none): keep the svg's own box.
	}
	const x = Math.floor(Math.min(0, drawn.x));
	const y = Math.floor(Math.min(0, drawn.y));
	const right = Math.ceil(Math.max(width, drawn.x + drawn.width));
	const bottom = Math.ceil(Math.max(height, drawn.y + drawn.height));
	return { x, y, width: right - x, height: bottom - y };
}

/** SVG markup made by the app (a table image) as an element of this document, for withChart. */
export function svgElement(markup: string): Element {
	const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
	return document.importNode(parsed, true);
}
