import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { NodeQueryRunner } from '../../scripts/lib/duckdb-node';
import { BUILD_DIR } from '../../scripts/e2e/paths';
import { NO_FILTERS } from '../../src/lib/queries/filters';
import {
	gapHeatmap,
	NO_GAP_FILTERS,
	stateAreaScores,
	thematicAreaList
} from '../../src/lib/queries/gaps';
import { readManifest } from '../helpers/indicators';
import { expectCleanPage } from '../helpers/page-checks';
import { openSite, pageText, screenshot, visit, type Site } from '../helpers/site';

const dataDir = join(BUILD_DIR, 'data');
const close = (a: string | null, b: number | null) =>
	b === null ? a === '' : a !== null && a !== '' && Math.abs(Number(a) - b) < 1e-9;

describe('implementation gaps page', () => {
	let site: Site;
	let db: NodeQueryRunner;
	let D: string;
	beforeAll(async () => {
		site = await openSite(BUILD_DIR);
		db = await NodeQueryRunner.fromExtracts(dataDir);
		D = readManifest(dataDir).referenceDate;
	});
	afterAll(async () => site?.close());

	test('heatmap cells (G1, base, G3) equal native DuckDB; drill-down; clean page', async () => {
		const expected = await db.run(gapHeatmap('region', NO_FILTERS, NO_GAP_FILTERS, D));
		expect(
			expected.some((r) => r.mean_score !== null),
			'no scored cell in the data'
		).toBe(true);
		const { page, watch, state } = await visit(site, '/gaps');
		try {
			expect(state, await pageText(page)).toBe('ready');
			const shown = await page.$$eval('[data-heatmap] td[data-indicator="G1"]', (tds) =>
				tds.map((td) => ({
					row: td.getAttribute('data-row'),
					area: td.getAttribute('data-category'),
					value: td.getAttribute('data-value'),
					base: td.getAttribute('data-denominator'),
					rated: td.querySelector('[data-indicator="G3"]')?.getAttribute('data-numerator') ?? null,
					applicable:
						td.querySelector('[data-indicator="G3"]')?.getAttribute('data-denominator') ?? null
				}))
			);
			const mismatches = expected.filter((e) => {
				const s = shown.find((c) => c.row === e.row_key && c.area === e.area_code);
				return (
					!s ||
					!close(s.value, e.mean_score) ||
					Number(s.base) !== e.states_scored ||
					Number(s.rated) !== e.rated_items ||
					Number(s.applicable) !== e.applicable_items
				);
			});
			expect(mismatches).toEqual([]);
			// Cells with no row in the SQL are "not assessed", never a score.
			const extra = shown.filter(
				(s) => !expected.some((e) => e.row_key === s.row && e.area_code === s.area)
			);
			expect(extra.every((s) => s.value === '' && s.base === '0')).toBe(true);

			await screenshot(page, 'gaps');
			await expectCleanPage(page, watch, '/gaps');

			const region = expected[0].row_key;
			await page.locator(`td[data-row="${region}"] button`).first().click();
			await page.waitForURL(/rows=state/);
			expect(new URL(page.url()).searchParams.get('region')).toBe(region);
			await page.locator('main[data-state="ready"]').waitFor();
			const drilled = await db.run(
				gapHeatmap('state', { ...NO_FILTERS, region }, NO_GAP_FILTERS, D)
			);
			const rows = await page.$$eval('[data-heatmap="state"] tbody tr', (trs) => trs.length);
			expect(rows).toBe(new Set(drilled.map((r) => r.row_key)).size);
			await screenshot(page, 'gaps-drilled');
		} finally {
			await page.close();
		}
	});

	test('map values equal native DuckDB; a shape and a small-State marker open profiles', async () => {
		const area = (await db.run(thematicAreaList()))[0].area_code;
		const scores = await db.run(stateAreaScores(NO_FILTERS, NO_GAP_FILTERS, D, area));
		const { page, watch, state } = await visit(site, '/gaps?maptable=1');
		try {
			expect(state, await pageText(page)).toBe('ready');
			const rows = await page.$$eval('[data-figure="gap-map"] tr[data-indicator]', (trs) =>
				trs.map((tr) => ({
					iso3: tr.getAttribute('data-category'),
					value: tr.getAttribute('data-value'),
					rated: tr.getAttribute('data-denominator')
				}))
			);
			expect(rows).toHaveLength(193);
			for (const s of scores) {
				const r = rows.find((x) => x.iso3 === s.iso3);
				expect(r, s.iso3).toBeDefined();
				expect(close(r?.value ?? null, s.rated_items > 0 ? s.g1_area_score : null), s.iso3).toBe(
					true
				);
				expect(Number(r?.rated)).toBe(s.rated_items);
			}
			const unscored = rows.filter((r) => !scores.some((s) => s.iso3 === r.iso3));
			expect(unscored.every((r) => r.value === '')).toBe(true);
			await expectCleanPage(page, watch, '/gaps?maptable=1');
		} finally {
			await page.close();
		}

		const map = await visit(site, '/gaps');
		try {
			expect(map.state).toBe('ready');
			const shapes = await map.page.$$eval(
				'.map-shape a[data-iso3]',
				(as) => [...new Set(as.map((a) => a.getAttribute('data-iso3')))].length
			);
			const markers = await map.page.$$eval('.map-marker a[data-iso3]', (as) =>
				as.map((a) => a.getAttribute('data-iso3'))
			);
			// Every Member has a shape, a marker, or both (Tuvalu has no shape at 1:50m).
			expect(shapes + markers.filter((m) => m === 'TUV').length).toBeGreaterThanOrEqual(193);
			expect(markers).toContain('TUV');
			await screenshot(map.page, 'gaps-map');

			await map.page.locator('.map-shape a[data-iso3="BRA"]').first().click();
			await map.page.waitForURL(/\/states\/BRA/);
			await map.page.locator('main[data-state="ready"]').waitFor();
			expect(await map.page.locator('h1').innerText()).toContain('Brazil');

			await map.page.goBack();
			await map.page.locator('main[data-state="ready"]').waitFor();
			await map.page.locator('.map-marker a[data-iso3="TUV"]').click();
			await map.page.waitForURL(/\/states\/TUV/);
			await map.page.locator('main[data-state="ready"]').waitFor();
			expect(await map.page.locator('h1').innerText()).toContain('Tuvalu');
		} finally {
			await map.page.close();
		}
	});
});
