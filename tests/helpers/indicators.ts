import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { NodeQueryRunner } from '../../scripts/lib/duckdb-node';
import type { GlobalFilters } from '../../src/lib/queries/filters';
import { overviewIndicators, type IndicatorCount } from '../../src/lib/queries/overview';
import type { ExtractManifest } from '../../src/lib/schema';

/** An indicator figure as the DOM carries it (attributes are strings; null when absent). */
export interface ShownIndicator {
	id: string;
	value: string | null;
	numerator: string | null;
	denominator: string | null;
}

export function readManifest(tierDir: string): ExtractManifest {
	return JSON.parse(readFileSync(join(tierDir, 'manifest.json'), 'utf8')) as ExtractManifest;
}

export async function shownIndicators(page: Page): Promise<ShownIndicator[]> {
	return page.$$eval('[data-indicator]', (elements) =>
		elements.map((e) => ({
			id: e.getAttribute('data-indicator') ?? '',
			value: e.getAttribute('data-value'),
			numerator: e.getAttribute('data-numerator'),
			denominator: e.getAttribute('data-denominator')
		}))
	);
}

/**
 * The overview indicators computed by native DuckDB over the very extracts a
 * build serves (its data/ folder), at that manifest's reference date.
 */
export async function expectedIndicators(
	dataDir: string,
	filters: GlobalFilters
): Promise<IndicatorCount[]> {
	const runner = await NodeQueryRunner.fromExtracts(dataDir);
	const { referenceDate } = readManifest(dataDir);
	return runner.run(overviewIndicators(filters, referenceDate));
}

const TOLERANCE = 1e-9;

/** An attribute equal to a count; `Number('')` is 0, so absent and empty never pass. */
function sameCount(attribute: string | null, count: number): boolean {
	return attribute !== null && attribute.trim() !== '' && Number(attribute) === count;
}

/**
 * Every way the page disagrees with the SQL: a missing figure, a numerator or
 * denominator not exactly equal, a value off numerator/denominator by more than
 * 1e-9, or a value shown where the denominator is 0. Empty when they agree.
 */
export function indicatorMismatches(
	shown: readonly ShownIndicator[],
	expected: readonly IndicatorCount[]
): string[] {
	const problems: string[] = [];
	for (const want of expected) {
		const figures = shown.filter((s) => s.id === want.indicator);
		if (figures.length === 0) problems.push(`${want.indicator}: no [data-indicator] on the page`);
		for (const got of figures) {
			const tag = `${want.indicator} (page ${JSON.stringify(got)}, SQL ${want.numerator}/${want.denominator})`;
			if (!sameCount(got.numerator, want.numerator))
				problems.push(`${tag}: data-numerator differs`);
			if (!sameCount(got.denominator, want.denominator))
				problems.push(`${tag}: data-denominator differs`);
			if (want.denominator === 0) {
				if (got.value !== '') problems.push(`${tag}: data-value must be empty with no data`);
			} else if (
				got.value === null ||
				got.value === '' ||
				!(Math.abs(Number(got.value) - want.numerator / want.denominator) <= TOLERANCE)
			) {
				problems.push(`${tag}: data-value is not numerator/denominator`);
			}
		}
	}
	return problems;
}

/** The figures a page's HTML carries before any script has run. */
export function htmlIndicators(html: string): { state: string | null; figures: ShownIndicator[] } {
	const { document } = new JSDOM(html).window;
	return {
		state: document.querySelector('main')?.getAttribute('data-state') ?? null,
		figures: [...document.querySelectorAll('[data-indicator]')].map((e) => ({
			id: e.getAttribute('data-indicator') ?? '',
			value: e.getAttribute('data-value'),
			numerator: e.getAttribute('data-numerator'),
			denominator: e.getAttribute('data-denominator')
		}))
	};
}

/**
 * Figures that differ between two lists in document order. A value may differ
 * in its last binary digits: native DuckDB and DuckDB-WASM may sum a mean's
 * terms in another order; nothing shown to a reader changes at that size.
 */
export function figureDifferences(
	before: readonly ShownIndicator[],
	after: readonly ShownIndicator[]
): string[] {
	const same = (a: string | null, b: string | null) =>
		a === b ||
		(a !== null && b !== null && a !== '' && b !== '' && Math.abs(Number(a) - Number(b)) <= 1e-9);
	return before.flatMap((b, i) => {
		const a = after[i];
		return a &&
			a.id === b.id &&
			same(a.value, b.value) &&
			a.numerator === b.numerator &&
			a.denominator === b.denominator
			? []
			: [`#${i} ${b.id}: HTML ${JSON.stringify(b)}, engine ${JSON.stringify(a)}`];
	});
}

export const withValue = (figures: readonly ShownIndicator[]) =>
	figures.filter((f) => f.value !== null && f.value.trim() !== '');

/** Waits until every figure of the page shows the engine's answer, not the build's. */
export async function waitForLive(page: Page): Promise<void> {
	await page
		.locator('main[data-state="ready"][data-engine="live"]')
		.waitFor({ state: 'attached', timeout: 90_000 });
}
