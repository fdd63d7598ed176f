import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { NodeQueryRunner } from '../../scripts/lib/duckdb-node';
import { BUILD_DIR } from '../../scripts/e2e/paths';
import { NO_FILTERS } from '../../src/lib/queries/filters';
import { NO_GAP_FILTERS, stateAreaScores } from '../../src/lib/queries/gaps';
import {
	areaBenchmarks,
	openPriorityRecommendations,
	stateExternalContext
} from '../../src/lib/queries/state-profile';
import { MEMBER_STATES } from '../../src/lib/reference/member-states';
import { readManifest } from '../helpers/indicators';
import { expectCleanPage } from '../helpers/page-checks';
import { openSite, pageText, screenshot, visit, type Site } from '../helpers/site';

const dataDir = join(BUILD_DIR, 'data');

describe('State profiles', () => {
	let site: Site;
	let db: NodeQueryRunner;
	let D: string;
	beforeAll(async () => {
		site = await openSite(BUILD_DIR);
		db = await NodeQueryRunner.fromExtracts(dataDir);
		D = readManifest(dataDir).referenceDate;
	});
	afterAll(async () => site?.close());

	test('an assessed State: area scores, FATF ratings and open priorities equal native DuckDB', async () => {
		const scored = await db.run(stateAreaScores(NO_FILTERS, NO_GAP_FILTERS, D));
		const iso3 = scored.find((r) => r.g1_area_score !== null)?.iso3;
		expect(iso3, 'no State has a score in the data').toBeDefined();
		const code = iso3 as string;
		const benchmarks = await db.run(areaBenchmarks(code, D));
		const [ext] = await db.run(stateExternalContext(code));
		const priority = await db.run(openPriorityRecommendations(code, D));

		const { page, watch, state } = await visit(site, `/states/${code}`);
		try {
			expect(state, await pageText(page)).toBe('ready');
			const shown = await page.$$eval('td[data-indicator="G1"]', (tds) =>
				tds.map((td) => [td.getAttribute('data-category'), td.getAttribute('data-value')])
			);
			expect(shown).toHaveLength(benchmarks.length);
			for (const b of benchmarks) {
				const value = shown.find(([area]) => area === b.area_code)?.[1];
				if (b.state_score === null) expect(value, b.area_code).toBe('');
				else expect(Math.abs(Number(value) - b.state_score), b.area_code).toBeLessThan(1e-9);
			}
			const ratings = await page.$$eval('[data-figure="profile-fatf"] tr', (trs) =>
				Object.fromEntries(
					trs.map((tr) => [tr.getAttribute('data-category'), tr.getAttribute('data-rating')])
				)
			);
			expect(ratings['R.6']).toBe(ext.r6 ?? '');
			expect(ratings['IO.10']).toBe(ext.io10 ?? '');
			expect(await page.locator('[data-open-priority] li').count()).toBe(priority.length);
			await screenshot(page, `state-${code}`);
			await expectCleanPage(page, watch, `/states/${code}`);

			await page.emulateMedia({ media: 'print' });
			await screenshot(page, `state-${code}-print`);
			const pdf = await page.pdf({
				format: 'A4',
				margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' }
			});
			const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
			expect(pages, 'the profile prints on one or two A4 pages').toBeLessThanOrEqual(2);
		} finally {
			await page.close();
		}
	});

	test('a State with no survey says "not assessed"; the search box opens profiles', async () => {
		const scored = new Set(
			(await db.run(stateAreaScores(NO_FILTERS, NO_GAP_FILTERS, D))).map((r) => r.iso3)
		);
		const unassessed = MEMBER_STATES.find((s) => !scored.has(s.iso3));
		expect(unassessed, 'every State has a survey: pick another check').toBeDefined();
		const { page, watch, state } = await visit(site, `/states/${unassessed?.iso3}`);
		try {
			expect(state, await pageText(page)).toBe('ready');
			expect(await page.getByText(/not assessed/i).count()).toBeGreaterThan(0);
			const values = await page.$$eval('td[data-indicator="G1"]', (tds) =>
				tds.map((td) => td.getAttribute('data-value'))
			);
			expect(values.every((v) => v === '')).toBe(true);
			await expectCleanPage(page, watch, `/states/${unassessed?.iso3}`);

			const search = page.getByRole('combobox', { name: 'Find a Member State' });
			await search.fill('Kenya');
			await search.press('Enter');
			await page.waitForURL(/\/states\/KEN/);
			await page.locator('main[data-state="ready"]').waitFor();
			expect(await page.locator('h1').innerText()).toBe('Kenya');
			await search.fill('ton');
			await search.press('Enter');
			await page.getByText('No single Member State matches "ton".').waitFor();
		} finally {
			await page.close();
		}
	});
});
