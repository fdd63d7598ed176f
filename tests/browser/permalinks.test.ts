import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUILD_DIR } from '../../scripts/e2e/paths';
import { en } from '../../src/lib/i18n/messages/en';
import { openSite, screenshot, visit, type Site } from '../helpers/site';

/**
 * Permalink round trip: set a non-default view through the UI, take the link
 * from "Copy link" (the fallback field when the clipboard is refused, else
 * the location it copied), open it in a fresh page and expect the same
 * controls and the same figures.
 */

interface ViewSnapshot {
	controls: string[];
	figures: string[];
}

async function snapshot(page: Page): Promise<ViewSnapshot> {
	const controls = await page.$$eval(
		'main select, main input:not([data-permalink]), form[data-filters] select, form[data-filters] input, main [aria-pressed], main [aria-sort]',
		(els) =>
			els.map((e, i) => {
				const el = e as HTMLInputElement;
				const key = el.id || (el.name ? `${el.name}:${el.value}` : `${el.tagName}#${i}`);
				if (el.type === 'radio' || el.type === 'checkbox') return `${key}=${el.checked}`;
				if (el.hasAttribute('aria-pressed')) return `${key}=${el.getAttribute('aria-pressed')}`;
				if (el.hasAttribute('aria-sort')) return `${key}=${el.getAttribute('aria-sort')}`;
				return `${key}=${el.value}`;
			})
	);
	const figures = await page.$$eval('main [data-indicator]', (els) =>
		els.map((e) =>
			['indicator', 'year', 'category', 'value', 'numerator', 'denominator']
				.map((a) => e.getAttribute(`data-${a}`) ?? '')
				.join('|')
		)
	);
	return { controls, figures };
}

/** Waits for the URL to satisfy `changed`, then for every figure to be drawn again. */
async function settle(page: Page, changed: (url: URL) => boolean): Promise<void> {
	await page.waitForURL(changed, { timeout: 30_000 });
	await page.evaluate(
		() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
	);
	await page.locator('main[data-state="ready"]').waitFor({ state: 'attached', timeout: 60_000 });
}

/** The link "Copy link" gives: the fallback field's text, or the copied location. */
async function copiedLink(page: Page): Promise<{ link: string; via: 'field' | 'clipboard' }> {
	await page.locator('[data-copy-link]').click();
	const field = page.locator('[data-permalink]');
	const copied = page.getByText(en['permalink.copied']);
	await field.or(copied).first().waitFor({ timeout: 10_000 });
	if (await field.isVisible()) {
		expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
		return { link: await field.inputValue(), via: 'field' };
	}
	const link = await page.evaluate(() => navigator.clipboard.readText()).catch(() => page.url());
	return { link, via: 'clipboard' };
}

const selectOption = async (page: Page, selector: string, value: string) =>
	page.locator(selector).first().selectOption(value);

interface Case {
	path: string;
	/** Take the link from the fallback field: the page's clipboard refuses to write. */
	refuseClipboard?: boolean;
	/** Sets a non-default view through the UI. */
	act: (page: Page) => Promise<void>;
	/** The act goes to another page (a new history entry), not only another view of this one. */
	navigates?: boolean;
}

const filterRegion = async (page: Page) => {
	await selectOption(page, '#filter-region', 'Africa');
	await settle(page, (u) => u.searchParams.get('region') === 'Africa');
};

/** Ticks a thematic area in the filter bar's area list (opened first), then closes the list by keyboard. */
const checkArea = async (page: Page, code: string) => {
	const list = page.locator('form[data-filters] details.areas');
	if (!(await list.evaluate((d) => (d as HTMLDetailsElement).open))) {
		await list.locator('summary').click();
	}
	await list.locator(`input[value="${code}"]`).check();
	await page.waitForURL((u) => u.searchParams.getAll('area').includes(code), { timeout: 30_000 });
	// Escape closes the list and gives the focus back to its button.
	await page.keyboard.press('Escape');
	expect(await list.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
	expect(await list.locator('summary').evaluate((s) => s === document.activeElement)).toBe(true);
};

const CASES: Case[] = [
	{ path: '/', act: filterRegion, refuseClipboard: true },
	{
		path: '/gaps',
		act: async (page) => {
			await filterRegion(page);
			await checkArea(page, 'cft');
			await checkArea(page, 'ftf');
			await settle(page, (u) => u.searchParams.getAll('area').join() === 'cft,ftf');
			await page.locator('fieldset.toggle').first().locator('input[type="radio"]').nth(1).check();
			await settle(page, (u) => u.searchParams.has('rows') || u.searchParams.has('colour'));
		}
	},
	{
		path: '/recommendations',
		act: async (page) => {
			await filterRegion(page);
			await selectOption(page, '#filter-subregion', 'Western Africa');
			await settle(page, (u) => u.searchParams.get('subregion') === 'Western Africa');
			await checkArea(page, 'legislation');
			await settle(page, (u) => u.searchParams.get('area') === 'legislation');
			await selectOption(page, '#filter-priority', 'priority');
			await settle(page, (u) => u.searchParams.get('priority') === 'priority');
			await selectOption(page, '#filter-resolution', '1373');
			await settle(page, (u) => u.searchParams.get('resolution') === '1373');
			await page.getByLabel(en['rec.dimensionLabel']).selectOption('region');
			await settle(page, (u) => u.searchParams.get('dim') === 'region');
			await page
				.locator('[data-overdue-table] thead button', { hasText: en['table.state'] })
				.click();
			await settle(page, (u) => u.searchParams.get('od_sort') === 'name.asc');
			await page.locator('[data-transition-matrix] button').first().click();
			await settle(page, (u) => u.searchParams.has('cell'));
		}
	},
	{
		path: '/cross-cutting',
		act: async (page) => {
			await filterRegion(page);
			await page.locator('main select:has(option[value="C5"])').first().selectOption('C1');
			await settle(page, (u) => u.searchParams.get('ind') === 'C1');
		}
	},
	{
		path: '/visits',
		act: async (page) => {
			await filterRegion(page);
			await page.locator('[data-weight]').first().fill('4.5');
			await settle(page, (u) => [...u.searchParams.values()].includes('4.5'));
		}
	},
	{ path: '/states', act: filterRegion },
	{ path: '/states/FRA', act: filterRegion },
	{
		path: '/report/2023',
		navigates: true,
		act: async (page) => {
			await page.locator('[data-report-year]').selectOption('2022');
			await settle(page, (u) => u.pathname.endsWith('/report/2022'));
		}
	},
	{ path: '/data', act: async () => {} }
];

describe('permalinks, restricted build', () => {
	let site: Site;
	beforeAll(async () => {
		site = await openSite(BUILD_DIR);
	});
	afterAll(async () => site?.close());

	for (const c of CASES) {
		test(`${c.path}: the copied link reopens the same view`, async () => {
			const first = await visit(site, c.path);
			let link: string;
			let before: ViewSnapshot;
			try {
				expect(first.state).toBe('ready');
				const entries = await first.page.evaluate(() => history.length);
				await c.act(first.page);
				// The history policy: a view change replaces the entry, so Back leaves the page.
				if (!c.navigates) {
					expect(await first.page.evaluate(() => history.length)).toBe(entries);
				}
				before = await snapshot(first.page);
				if (c.refuseClipboard) {
					await first.page.evaluate(() => {
						const refuse = () => Promise.reject(new DOMException('Refused', 'NotAllowedError'));
						Object.defineProperty(navigator, 'clipboard', { value: { writeText: refuse } });
					});
				}
				const copied = await copiedLink(first.page);
				if (c.refuseClipboard) {
					expect(copied.via).toBe('field');
					await screenshot(first.page, 'permalink-fallback');
				}
				link = copied.link;
				expect(link).toBe(first.page.url());
				// The view was changed, so its link is not the bare page.
				if (c.path !== '/data') expect(link).not.toBe(site.server.url + c.path);
			} finally {
				await first.page.close();
			}
			const again = await visit(site, link.slice(site.server.url.length));
			try {
				expect(again.state).toBe('ready');
				expect(again.page.url()).toBe(link);
				const after = await snapshot(again.page);
				expect(after.controls).toEqual(before.controls);
				expect(after.figures).toEqual(before.figures);
				if (c.path !== '/data')
					expect(new URL(link).search + new URL(link).pathname).not.toBe(c.path);
			} finally {
				await again.page.close();
			}
		});
	}

	test('an unknown value in a link falls back to all and the filter bar says so', async () => {
		const plain = await visit(site, '/recommendations');
		let all: ViewSnapshot;
		try {
			all = await snapshot(plain.page);
		} finally {
			await plain.page.close();
		}
		const bad: [string, string, string][] = [
			['subregion=Atlantis', 'subregion', '#filter-subregion'],
			['area=cft&area=atlantis', 'area', '#filter-priority'],
			['priority=high', 'priority', '#filter-priority'],
			['resolution=9999', 'resolution', '#filter-resolution'],
			['group=WEOG', 'group', '#filter-group']
		];
		for (const [search, name, control] of bad) {
			const opened = await visit(site, `/recommendations?${search}`);
			try {
				expect(opened.state, search).toBe('ready');
				await expect
					.poll(() => opened.page.locator(`[data-filter-refused="${name}"]`).isVisible())
					.toBe(true);
				expect(await opened.page.locator(control).inputValue(), search).toBe('');
				expect((await snapshot(opened.page)).figures, search).toEqual(all.figures);
			} finally {
				await opened.page.close();
			}
		}
	});
});
