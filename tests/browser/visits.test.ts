import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { NodeQueryRunner } from '../../scripts/lib/duckdb-node';
import { BUILD_DIR } from '../../scripts/e2e/paths';
import { NO_FILTERS } from '../../src/lib/queries/filters';
import { DEFAULT_RISK_WEIGHTS, riskRanking, type RiskWeights } from '../../src/lib/queries/risk';
import { annualListExecution, reportTurnaround, stateVisits } from '../../src/lib/queries/visits';
import { DEFAULT_LIST_SIZE } from '../../src/lib/indicators/proposed-list';
import { readManifest } from '../helpers/indicators';
import { expectCleanPage } from '../helpers/page-checks';
import { openSite, pageText, screenshot, visit, type Site } from '../helpers/site';

const dataDir = join(BUILD_DIR, 'data');

interface Shown {
	id: string;
	category: string | null;
	year: string | null;
	value: string | null;
	numerator: string | null;
	denominator: string | null;
}

async function shown(page: Page, selector: string): Promise<Shown[]> {
	return page.$$eval(selector, (els) =>
		els.map((e) => ({
			id: e.getAttribute('data-indicator') ?? '',
			category: e.getAttribute('data-category'),
			year: e.getAttribute('data-year'),
			value: e.getAttribute('data-value'),
			numerator: e.getAttribute('data-numerator'),
			denominator: e.getAttribute('data-denominator')
		}))
	);
}

/** The proposed list on the page, in its order, once the ranking for `weights` is drawn. */
async function shownList(page: Page, weights: RiskWeights) {
	const key = Object.values(weights).join(',');
	await page
		.locator(`[data-risk-list][data-weights="${key}"]`)
		.waitFor({ state: 'attached', timeout: 30_000 });
	await page.locator('main[data-state="ready"]').waitFor({ state: 'attached', timeout: 30_000 });
	return page.$$eval('[data-risk-list] tbody tr', (rows) =>
		rows.map((r) => ({
			iso3: r.getAttribute('data-category'),
			score: r.getAttribute('data-value')
		}))
	);
}

/** A small RFC 4180 reader: quoted cells may hold commas and doubled quotes. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	for (const line of text.split('\r\n').filter((l) => l !== '')) {
		const cells = [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)]
			.filter((m) => m.index < line.length || m[1] !== '' || m[2] === ',')
			.map((m) => (m[1].startsWith('"') ? m[1].slice(1, -1).replaceAll('""', '"') : m[1]));
		rows.push(cells);
	}
	return rows;
}

describe('visits page, restricted build', () => {
	let site: Site;
	let db: NodeQueryRunner;
	let D: string;
	beforeAll(async () => {
		site = await openSite(BUILD_DIR);
		db = await NodeQueryRunner.fromExtracts(dataDir);
		D = readManifest(dataDir).referenceDate;
	});
	afterAll(async () => site?.close());

	test('figures equal the SQL; a slider re-ranks as the SQL predicts; the CSV and XLSX equal the screen', async () => {
		const { page, watch, state } = await visit(site, '/visits');
		try {
			expect(state, await pageText(page)).toBe('ready');

			const states = await db.run(stateVisits(NO_FILTERS, D));
			const cards = await shown(page, '.card[data-indicator]');
			const visited = states.filter((s) => s.coverage_group !== 'never').length;
			expect(cards.find((c) => c.id === 'V1')).toMatchObject({
				numerator: String(visited),
				denominator: String(states.length)
			});
			for (const group of ['within_5', 'from_5_to_10', 'over_10', 'never']) {
				const n = states.filter((s) => s.coverage_group === group).length;
				expect(cards.find((c) => c.category === group)?.numerator, group).toBe(String(n));
			}
			expect(visited).toBeGreaterThan(0);

			const turnaround = await db.run(reportTurnaround(NO_FILTERS, D));
			const v4 = await shown(page, 'tr[data-indicator="V4"]');
			expect(turnaround.length).toBeGreaterThan(0);
			expect(v4.map((r) => [Number(r.year), Number(r.value), Number(r.denominator)])).toEqual(
				turnaround.map((r) => [r.year, r.median_days, r.reports])
			);

			const annual = await db.run(annualListExecution(NO_FILTERS, D));
			const v5 = await shown(page, '[data-indicator="V5"]');
			const v6 = await shown(page, '[data-indicator="V6"]');
			expect(v5.map((c) => [Number(c.year), Number(c.numerator), Number(c.denominator)])).toEqual(
				annual.map((r) => [r.plan_year, r.approved_visited, r.approved])
			);
			expect(v6.map((c) => [Number(c.numerator), Number(c.denominator)])).toEqual(
				annual.map((r) => [r.granted, r.requested])
			);

			const expectedTop = async (w: RiskWeights) =>
				(await db.run(riskRanking(w, NO_FILTERS, D)))
					.slice(0, DEFAULT_LIST_SIZE)
					.map((r) => ({ iso3: r.iso3, score: r.score }));
			const before = await shownList(page, DEFAULT_RISK_WEIGHTS);
			const defaults = await expectedTop(DEFAULT_RISK_WEIGHTS);
			expect(before.map((r) => r.iso3)).toEqual(defaults.map((r) => r.iso3));
			before.forEach((r, i) => expect(Number(r.score)).toBeCloseTo(defaults[i].score, 9));
			await screenshot(page, 'visits');
			await expectCleanPage(page, watch, '/visits');

			// Keyboard: the GTI slider from 1 to 5 in steps of 0.5, never visited from 3 to 0.
			const gti = page.getByRole('slider', { name: 'GTI score (threat context)' });
			await gti.focus();
			for (let i = 0; i < 8; i++) await gti.press('ArrowRight');
			const never = page.getByRole('slider', { name: 'Never visited', exact: true });
			await never.focus();
			for (let i = 0; i < 6; i++) await never.press('ArrowLeft');
			const moved: RiskWeights = { ...DEFAULT_RISK_WEIGHTS, gti: 5, never_visited: 0 };
			const after = await shownList(page, moved);
			const predicted = await expectedTop(moved);
			expect(after.map((r) => r.iso3)).toEqual(predicted.map((r) => r.iso3));
			expect(
				after.map((r) => r.iso3),
				'the slider did not change the order'
			).not.toEqual(before.map((r) => r.iso3));
			expect(page.url()).toContain('w_gti=5');
			expect(page.url()).toContain('w_never=0');

			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name: 'Download list as CSV' }).click()
			]);
			const csv = parseCsv(readFileSync(await download.path(), 'utf8'));
			const text = csv.map((r) => r.join(',')).join('\n');
			expect(text).toContain('RESTRICTED');
			expect(text).toContain('Weights: never_visited=0, years_since_visit=2, gap_share=2');
			expect(text).toContain('gti=5');
			expect(text).toContain('Filters: none');
			const manifest = readManifest(dataDir);
			expect(text).toContain(`Extract: reference date ${D}, built ${manifest.builtAt}`);
			const header = csv.findIndex((r) => r[0] === 'position');
			const cols = csv[header];
			const body = csv.slice(header + 1);
			expect(body.map((r) => r[cols.indexOf('iso3')])).toEqual(after.map((r) => r.iso3));
			body.forEach((r, i) =>
				expect(Number(r[cols.indexOf('score')])).toBeCloseTo(Number(after[i].score), 12)
			);

			const [xlsxDownload] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name: 'Download list as XLSX' }).click()
			]);
			const workbook = new ExcelJS.Workbook();
			await workbook.xlsx.readFile(await xlsxDownload.path());
			const sheet = workbook.worksheets[0];
			const values = sheet.getSheetValues().filter(Boolean) as unknown[][];
			const xHeader = values.findIndex((r) => r[1] === 'position');
			const iso3Col = (values[xHeader] as string[]).indexOf('iso3');
			expect(values.slice(xHeader + 1).map((r) => r[iso3Col])).toEqual(after.map((r) => r.iso3));
			expect(String(values[2]?.[1])).toContain('Weights: never_visited=0');
			await screenshot(page, 'visits-reweighted');
		} finally {
			await page.close();
		}
	});

	test('pins and exclusions come from the URL; all-zero weights give a message, no ranking', async () => {
		const ranking = await db.run(riskRanking(DEFAULT_RISK_WEIGHTS, NO_FILTERS, D));
		const last = ranking.at(-1)?.iso3 ?? '';
		const first = ranking[0].iso3;
		const { page, watch, state } = await visit(site, `/visits?pin=${last}&exclude=${first}&size=5`);
		try {
			expect(state, await pageText(page)).toBe('ready');
			const list = await shownList(page, DEFAULT_RISK_WEIGHTS);
			expect(list.map((r) => r.iso3)).toEqual([last, ...ranking.slice(1, 5).map((r) => r.iso3)]);
			await screenshot(page, 'visits-pinned');
			await expectCleanPage(page, watch, '/visits pinned');
		} finally {
			await page.close();
		}
		const zero = await visit(site, '/visits?w_never=0&w_years=0&w_gaps=0&w_priority=0&w_gti=0');
		try {
			expect(zero.state, await pageText(zero.page)).toBe('ready');
			await expect(zero.page.locator('[data-risk-error]').innerText()).resolves.toContain(
				'All weights are zero'
			);
			expect(await zero.page.locator('[data-risk-list]').count()).toBe(0);
			await screenshot(zero.page, 'visits-all-zero');
			await expectCleanPage(zero.page, zero.watch, '/visits all zero');
		} finally {
			await zero.page.close();
		}
	});
});
