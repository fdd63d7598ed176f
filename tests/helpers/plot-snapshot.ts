import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const SNAPSHOT_DIR = join(import.meta.dirname, '..', 'unit', 'charts', '__snapshots__');

/**
 * Renders Plot options to SVG text in a JSDOM document, with generated class
 * names and clip ids normalised and numbers rounded, so the output depends on
 * the spec and the data only.
 */
export function renderPlotSvg(options: Plot.PlotOptions): string {
	const { window } = new JSDOM('<!doctype html><html><body></body></html>');
	const node = Plot.plot({ ...options, document: window.document }) as unknown as Element;
	return normaliseSvg(node.outerHTML);
}

export function normaliseSvg(svg: string): string {
	return svg
		.replace(
			/plot-[0-9a-f]{6}(-[a-z0-9-]+)?/g,
			(_m, suffix: string | undefined) => `plot-x${suffix ?? ''}`
		)
		.replace(/plot-clip-\d+/g, 'plot-clip')
		.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))
		.replace(/></g, '>\n<');
}

/**
 * Compares SVG text with the committed snapshot `name.svg`. A missing snapshot
 * is written (and fails under CI, where nothing may be written silently); a
 * changed one is written beside it as `name.actual.svg` for review.
 */
export function matchSvgSnapshot(name: string, svg: string): { expected: string; actual: string } {
	const expectedPath = join(SNAPSHOT_DIR, `${name}.svg`);
	const actualPath = join(SNAPSHOT_DIR, `${name}.actual.svg`);
	mkdirSync(dirname(expectedPath), { recursive: true });
	if (!existsSync(expectedPath)) {
		if (process.env.CI)
			throw new Error(
				`Missing chart snapshot ${expectedPath}; run the tests locally and commit it.`
			);
		writeFileSync(expectedPath, svg);
	}
	const expected = readFileSync(expectedPath, 'utf8');
	if (expected !== svg) writeFileSync(actualPath, svg);
	else if (existsSync(actualPath)) rmSync(actualPath);
	return { expected, actual: svg };
}
