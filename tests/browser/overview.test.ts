import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUILD_DIR, PUBLIC_BUILD_DIR } from '../../scripts/e2e/paths';
import { NO_FILTERS } from '../../src/lib/queries/filters';
import { OVERVIEW_INDICATORS } from '../../src/lib/queries/overview';
import { TIER_MARKING, TIERS, type Tier } from '../../src/lib/schema';
import { FILTER_URL } from '../../src/lib/state/filters-url';
import { readParams } from '../../src/lib/state/url-params';
import {
	expectedIndicators,
	indicatorMismatches,
	readManifest,
	shownIndicators
} from '../helpers/indicators';
import { expectCleanPage } from '../helpers/page-checks';
import { openSite, pageText, screenshot, visit, type Site } from '../helpers/site';

/** Filtered URLs whose figures must follow the filter, as a shared link would. */
const FILTERED_QUERIES = [
	'region=Africa&from=2015',
	'group=Western+European+and+Others+Group&to=2019'
];

/** The tier's marking is visible, and no other tier's marking is on the page. */
async function expectMarking(page: Page, tier: Tier): Promise<void> {
	await expect(
		page.getByText(TIER_MARKING[tier], { exact: true }).first().isVisible()
	).resolves.toBe(true);
	for (const other of TIERS.filter((t) => t !== tier)) {
		expect(await page.getByText(TIER_MARKING[other], { exact: true }).count()).toBe(0);
	}
}

describe('overview, restricted build', () => {
	const dataDir = join(BUILD_DIR, 'data');
	let site: Site;
	beforeAll(async () => {
		site = await openSite(BUILD_DIR);
	});
	afterAll(async () => site?.close());

	test('figures equal the SQL on native DuckDB; page is marked, offline, accessible', async () => {
		const { page, watch, state } = await visit(site, '/');
		try {
			expect(state, await pageText(page)).toBe('ready');
			const expected = await expectedIndicators(dataDir, NO_FILTERS);
			expect(
				expected.some((e) => e.denominator > 0),
				'the demo data gives no figure at all'
			).toBe(true);
			const shown = await shownIndicators(page);
			expect(indicatorMismatches(shown, expected)).toEqual([]);
			expect([...new Set(shown.map((s) => s.id))].sort()).toEqual([...OVERVIEW_INDICATORS].sort());

			await expectMarking(page, 'restricted');
			// prepare.ts builds from the demo generator, so the banner must be there.
			expect(readManifest(dataDir).source).toBe('demo');
			await expect(page.getByText('Synthetic demo data').first().isVisible()).resolves.toBe(true);
			await screenshot(page, 'overview');
			await expectCleanPage(page, watch, '/');
		} finally {
			await page.close();
		}
	});

	test.each(FILTERED_QUERIES)('with ?%s the figures equal the filtered SQL', async (search) => {
		const filters = readParams(FILTER_URL, new URLSearchParams(search));
		const expected = await expectedIndicators(dataDir, filters);
		const unfiltered = await expectedIndicators(dataDir, NO_FILTERS);
		// Otherwise a page that ignores the URL would pass.
		expect(expected, 'this filter does not change any figure: pick another').not.toEqual(
			unfiltered
		);

		const { page, watch, state } = await visit(site, `/?${search}`);
		try {
			expect(state, await pageText(page)).toBe('ready');
			expect(indicatorMismatches(await shownIndicators(page), expected)).toEqual([]);
			await screenshot(page, `overview-${search.replace(/[^a-z0-9]+/gi, '-')}`);
			await expectCleanPage(page, watch, `/?${search}`);
		} finally {
			await page.close();
		}
	});
});

describe('overview, public build', () => {
	let site: Site;
	beforeAll(async () => {
		site = await openSite(PUBLIC_BUILD_DIR);
	});
	afterAll(async () => site?.close());

	test('figures equal the SQL over the public extracts; only the public marking', async () => {
		const { page, state } = await visit(site, '/');
		try {
			expect(state, await pageText(page)).toBe('ready');
			const expected = await expectedIndicators(join(PUBLIC_BUILD_DIR, 'data'), NO_FILTERS);
			expect(indicatorMismatches(await shownIndicators(page), expected)).toEqual([]);
			await expectMarking(page, 'public');
			await screenshot(page, 'overview-public');
		} finally {
			await page.close();
		}
	});
});
