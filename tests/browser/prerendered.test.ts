/**
 * Instant pages: each page's default view is in its HTML, answered at build
 * time by native DuckDB through the page's own queries, and the engine's live
 * answers, once in, are the same figures, in both tiers and on demo data of a
 * second seed. A link with other parameters never
 * shows the default view's figures under its own labels.
 */
import { join } from 'node:path';
import type { Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mostAssessedState } from '../../scripts/e2e/most-assessed';
import { BUILD_DIR, PUBLIC_BUILD_DIR } from '../../scripts/e2e/paths';
import { prepareSeedSite, SECOND_SEED } from '../../scripts/e2e/seed-site';
import { REPORT_YEARS } from '../../src/lib/reference/report-years';
import { FILTER_URL } from '../../src/lib/state/filters-url';
import { readParams } from '../../src/lib/state/url-params';
import {
	expectedIndicators,
	figureDifferences,
	htmlIndicators,
	indicatorMismatches,
	shownIndicators,
	waitForLive,
	withValue
} from '../helpers/indicators';
import { expectCleanPage } from '../helpers/page-checks';
import { openSite, pageText, type Site } from '../helpers/site';

/** Every route with figures whose default view is prerendered, and the State and year to open. */
async function prerenderedRoutes(dataDir: string): Promise<string[]> {
	const iso3 = await mostAssessedState(dataDir);
	const year = REPORT_YEARS[REPORT_YEARS.length - 2];
	return [
		'/',
		'/gaps',
		'/recommendations',
		'/cross-cutting',
		'/visits',
		'/states',
		`/states/${iso3}`,
		`/report/${year}`
	];
}

describe.each([
	['restricted', async () => BUILD_DIR],
	['public', async () => PUBLIC_BUILD_DIR],
	[`restricted, demo data of seed ${SECOND_SEED}`, prepareSeedSite]
])('prerendered default views, %s build', (_name, builtSite) => {
	let site: Site;
	let routes: string[] = [];
	beforeAll(async () => {
		const buildDir = await builtSite();
		site = await openSite(buildDir);
		routes = await prerenderedRoutes(join(buildDir, 'data'));
	}, 1_800_000);
	afterAll(async () => site?.close());

	test('every figure in the HTML equals the one the engine shows once it has taken over', async () => {
		for (const route of routes) {
			const response = await fetch(site.server.url + route);
			expect(response.status, route).toBe(200);
			const before = htmlIndicators(await response.text());
			expect(before.state, `${route}: <main> of the HTML`).toBe('prerendered');
			expect(withValue(before.figures).length, `${route}: no figure in the HTML`).toBeGreaterThan(
				0
			);

			const page = await site.browser.context.newPage();
			try {
				await page.goto(site.server.url + route);
				await waitForLive(page);
				const after = await shownIndicators(page);
				expect(after.length, `${route}: figures in the HTML and after the engine took over`).toBe(
					before.figures.length
				);
				expect(figureDifferences(before.figures, after), route).toEqual([]);
			} finally {
				await page.close();
			}
		}
	});
});

describe('a shared link with other filters, while the engine is still loading', () => {
	const dataDir = join(BUILD_DIR, 'data');
	const search = 'region=Africa&from=2015';
	let site: Site;
	beforeAll(async () => {
		site = await openSite(BUILD_DIR);
	});
	afterAll(async () => site?.close());

	test('before any script runs, the default figures are hidden and the page says it is loading', async () => {
		const page = await site.browser.context.newPage();
		try {
			await page.route('**/_app/**/*.js', (route) => route.abort());
			await page.goto(`${site.server.url}/?${search}`);
			await expect(page.locator('html').getAttribute('data-link-view')).resolves.toBe('');
			await expect(page.locator('main').getAttribute('data-state')).resolves.toBe('prerendered');
			// The HTML holds the default view; none of its figures may be visible under this link.
			const visible = await page.$$eval(
				'main [data-indicator]',
				(elements) => elements.filter((e) => getComputedStyle(e).visibility !== 'hidden').length
			);
			expect(visible).toBe(0);
			expect(await pageText(page)).toContain('Loading the view of this link');
		} finally {
			await page.close();
		}
	});

	test('after hydration no default figure is shown; once the engine answers, the filtered SQL is', async () => {
		const filtered = await expectedIndicators(
			dataDir,
			readParams(FILTER_URL, new URLSearchParams(search))
		);
		const page = await site.browser.context.newPage();
		const held: Route[] = [];
		let release = () => {};
		const released = new Promise<void>((resolve) => (release = resolve));
		try {
			// The engine cannot start until the test lets its WebAssembly through.
			await page.route('**/*.wasm', async (route) => {
				held.push(route);
				await released;
				await route.continue();
			});
			await page.goto(`${site.server.url}/?${search}`);
			await expect
				.poll(() => held.length, {
					timeout: 30_000,
					message: 'the engine asked for no WebAssembly'
				})
				.toBeGreaterThan(0);
			await page.locator('main[data-state="loading"]').waitFor({ timeout: 30_000 });
			expect(await page.locator('main').getAttribute('aria-busy')).toBe('true');
			expect(withValue(await shownIndicators(page))).toEqual([]);

			release();
			await waitForLive(page);
			expect(indicatorMismatches(await shownIndicators(page), filtered)).toEqual([]);
		} finally {
			release();
			await page.close();
		}
	});

	test('the default view is ready before the engine has started, and clean', async () => {
		const page = await site.browser.context.newPage();
		let release = () => {};
		const released = new Promise<void>((resolve) => (release = resolve));
		const { watchPage } = await import('../helpers/page-watch');
		const watch = watchPage(site.browser.context, page);
		try {
			await page.route('**/*.wasm', async (route) => {
				await released;
				await route.continue();
			});
			await page.goto(`${site.server.url}/`);
			await page.locator('main[data-state="ready"]').waitFor({ timeout: 30_000 });
			expect(await page.locator('main').getAttribute('data-engine')).toBe('prerendered');
			expect(withValue(await shownIndicators(page)).length).toBeGreaterThan(0);
			await expectCleanPage(page, watch, '/ before the engine');
		} finally {
			release();
			await page.close();
		}
	});
});
