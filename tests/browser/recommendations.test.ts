import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { NodeQueryRunner } from '../../scripts/lib/duckdb-node';
import { BUILD_DIR, SCREENSHOT_DIR } from '../../scripts/e2e/paths';
import { assistanceAlignment, unmetNeeds } from '../../src/lib/queries/assistance';
import { NO_FILTERS, type GlobalFilters } from '../../src/lib/queries/filters';
import { followupStatus } from '../../src/lib/queries/followup';
import { LIST_LIMIT } from '../../src/lib/queries/list';
import {
	recommendationPage,
	DEFAULT_REC_TABLE,
	statusHistory
} from '../../src/lib/queries/recommendation-table';
import {
	implementationRates,
	staleRecommendations,
	staleShare,
	statusTransitions,
	type RecDimension
} from '../../src/lib/queries/recommendations';
import { readManifest, type ShownIndicator } from '../helpers/indicators';
import { expectCleanPage } from '../helpers/page-checks';
import { openSite, pageText, screenshot, visit, type Site } from '../helpers/site';

const dataDir = join(BUILD_DIR, 'data');
let site: Site;
let db: NodeQueryRunner;
let D: string;

beforeAll(async () => {
	site = await openSite(BUILD_DIR);
	db = await NodeQueryRunner.fromExtracts(dataDir);
	D = readManifest(dataDir).referenceDate;
});
afterAll(async () => site?.close());

interface Expected {
	id: string;
	category?: string;
	numerator: number;
	denominator: number;
}

async function shown(
	page: Page,
	selector: string
): Promise<(ShownIndicator & { category: string | null })[]> {
	return page.$$eval(selector, (elements) =>
		elements.map((e) => ({
			id: e.getAttribute('data-indicator') ?? '',
			category: e.getAttribute('data-category'),
			value: e.getAttribute('data-value'),
			numerator: e.getAttribute('data-numerator'),
			denominator: e.getAttribute('data-denominator')
		}))
	);
}

/** Every expected figure appears exactly once with equal counts and value = n / N (empty with N = 0). */
function mismatches(got: Awaited<ReturnType<typeof shown>>, want: readonly Expected[]): string[] {
	const problems: string[] = [];
	for (const w of want) {
		const hits = got.filter((g) => g.id === w.id && (g.category ?? undefined) === w.category);
		const tag = `${w.id}${w.category ? `/${w.category}` : ''} (SQL ${w.numerator}/${w.denominator}, page ${JSON.stringify(hits)})`;
		if (hits.length !== 1) {
			problems.push(`${tag}: found ${hits.length} times`);
			continue;
		}
		const [h] = hits;
		if (Number(h.numerator) !== w.numerator || h.numerator === '')
			problems.push(`${tag}: numerator`);
		if (Number(h.denominator) !== w.denominator || h.denominator === '')
			problems.push(`${tag}: denominator`);
		const value = w.denominator === 0 ? '' : null;
		if (
			value === ''
				? h.value !== ''
				: Math.abs(Number(h.value) - w.numerator / w.denominator) > 1e-9 || h.value === ''
		)
			problems.push(`${tag}: value`);
	}
	return problems;
}

async function expectedHeadline(filters: GlobalFilters): Promise<Expected[]> {
	const [all] = await db.run(implementationRates('none', filters, D));
	const [priority] = await db.run(implementationRates('none', filters, D, true));
	const followup = await db.run(followupStatus(filters, D));
	const [stale] = await db.run(staleShare(filters, D));
	const [ta] = await db.run(assistanceAlignment('none', filters, D));
	const due = followup.filter((f) => f.followup_state !== 'not_due').length;
	return [
		{ id: 'R1', numerator: all?.implemented ?? 0, denominator: all?.denominator ?? 0 },
		{ id: 'R2', numerator: all?.progressed ?? 0, denominator: all?.denominator ?? 0 },
		{ id: 'R3', numerator: priority?.implemented ?? 0, denominator: priority?.denominator ?? 0 },
		{
			id: 'R4',
			numerator: followup.filter((f) => f.followup_state === 'on_time').length,
			denominator: due
		},
		{ id: 'R5', numerator: stale?.stale ?? 0, denominator: stale?.open ?? 0 },
		{ id: 'R7', numerator: ta?.needs_met ?? 0, denominator: ta?.needs ?? 0 }
	];
}

async function expectedByDimension(
	dimension: RecDimension,
	filters: GlobalFilters
): Promise<Expected[]> {
	const rows = await db.run(implementationRates(dimension, filters, D));
	return rows.flatMap((r) => [
		{ id: 'R1', category: r.category, numerator: r.implemented, denominator: r.denominator },
		{ id: 'R2', category: r.category, numerator: r.progressed, denominator: r.denominator }
	]);
}

const count = (n: number) => n.toLocaleString('en-GB');
const firstCells = (page: Page, table: string) =>
	page.$$eval(`[${table}] tbody tr td:first-child`, (cells) =>
		cells.map((c) => c.textContent?.trim() ?? '')
	);

/**
 * The stale and unmet lists hold only their first rows: their headings count
 * every row of the unlimited SQL, the rows shown are its first ones, and the
 * stale list's CSV, fetched on click, has every row in the same order.
 */
async function checkLongLists(page: Page): Promise<void> {
	const stale = await db.run(staleRecommendations(NO_FILTERS, D));
	const unmet = await db.run(unmetNeeds(NO_FILTERS, D));
	// The demo extract has more rows than the page holds, so the limit is exercised.
	expect(stale.length).toBeGreaterThan(LIST_LIMIT);
	expect(unmet.length).toBeGreaterThan(LIST_LIMIT);
	await expect(page.locator('#stale-title').innerText()).resolves.toBe(
		`Stale recommendations (R5): ${count(stale.length)}`
	);
	await expect(page.locator('#unmet-title').innerText()).resolves.toBe(
		`Unmet needs (${count(unmet.length)})`
	);
	const staleSection = page.locator('#stale');
	mkdirSync(SCREENSHOT_DIR, { recursive: true });
	await staleSection.screenshot({ path: join(SCREENSHOT_DIR, 'recommendations-stale.png') });
	await page
		.locator('.panel:has([data-unmet-table])')
		.screenshot({ path: join(SCREENSHOT_DIR, 'recommendations-unmet.png') });
	expect(await firstCells(page, 'data-stale-table')).toEqual(
		stale.slice(0, 15).map((r) => r.rec_id)
	);
	expect(await firstCells(page, 'data-unmet-table')).toEqual(
		unmet.slice(0, 15).map((r) => r.rec_id)
	);

	const more = staleSection.getByRole('button', { name: `Show up to ${LIST_LIMIT}` });
	await more.click();
	expect(await firstCells(page, 'data-stale-table')).toEqual(
		stale.slice(0, LIST_LIMIT).map((r) => r.rec_id)
	);
	await expect(
		staleSection.getByText(`The first ${LIST_LIMIT} are shown; the CSV has them all.`).count()
	).resolves.toBe(1);
	await staleSection.getByRole('button', { name: 'Show fewer' }).click();
	await expect(page.locator('[data-stale-table] tbody tr').count()).resolves.toBe(15);

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		staleSection.getByRole('button', { name: 'Download CSV: Stale recommendations' }).click()
	]);
	const lines = readFileSync(await download.path(), 'utf8').split('\r\n');
	const header = lines.indexOf(
		'rec_id,iso3,name,area_code,priority,issued,status,last_update,months_since_update'
	);
	expect(header).toBeGreaterThan(0);
	const exported = lines.slice(header + 1).filter((line) => line !== '');
	expect(exported.map((line) => line.split(',')[0])).toEqual(stale.map((r) => r.rec_id));
	// The busy note goes once the file is written.
	await staleSection.locator('[role="status"]').waitFor({ state: 'detached' });
}

describe('recommendations page, restricted build', () => {
	test('headline, by-area cells and the overdue list equal native DuckDB; clean and accessible', async () => {
		const { page, watch, state } = await visit(site, '/recommendations');
		try {
			expect(state, await pageText(page)).toBe('ready');
			const headline = await expectedHeadline(NO_FILTERS);
			expect(headline.find((h) => h.id === 'R1')?.denominator).toBeGreaterThan(0);
			expect(
				mismatches(await shown(page, '[data-indicator]:not([data-category])'), headline)
			).toEqual([]);

			const byArea = await expectedByDimension('area', NO_FILTERS);
			expect(byArea.length).toBeGreaterThan(4);
			expect(
				mismatches(await shown(page, '#progress [data-indicator][data-category]'), byArea)
			).toEqual([]);

			// The overdue list: the same assessments, in the SQL's order, with the same days.
			const overdue = (await db.run(followupStatus(NO_FILTERS, D))).filter(
				(f) => f.followup_state === 'overdue'
			);
			expect(overdue.length).toBeGreaterThan(0);
			const listed = await page.$$eval('[data-overdue-table] tbody tr', (rows) =>
				rows.map((r) => [
					r.getAttribute('data-assessment'),
					Number(r.getAttribute('data-days-overdue'))
				])
			);
			expect(listed).toEqual(overdue.map((o) => [o.assessment_id, o.days_overdue]));
			await expect(
				page
					.getByText(`Overdue follow-up reports (${overdue.length.toLocaleString('en-GB')})`)
					.count()
			).resolves.toBe(1);

			// Status flow: a count cell lists exactly that many recommendations.
			const [from, to] = await page.$$eval('#flow input[type="date"]', (els) =>
				els.map((e) => (e as HTMLInputElement).value)
			);
			const transitions = await db.run(statusTransitions(NO_FILTERS, from, to));
			const biggest = [...transitions].sort((a, b) => b.recommendations - a.recommendations)[0];
			const cell = page.locator(
				`[data-transition-matrix] td[data-from="${biggest.from_status}"][data-to="${biggest.to_status}"]`
			);
			await expect(cell.getAttribute('data-count')).resolves.toBe(String(biggest.recommendations));
			await cell.getByRole('button').click();
			await page.locator('[data-transition-members]').waitFor();
			const memberRows = await page.locator('[data-transition-members] tbody tr').count();
			expect(memberRows).toBe(Math.min(200, biggest.recommendations));

			// The table: SQL paging gives the same total; a row opens its status history.
			const [firstRow] = await db.run(recommendationPage(DEFAULT_REC_TABLE, NO_FILTERS, D));
			await expect(page.locator('[data-total-rows]').getAttribute('data-total-rows')).resolves.toBe(
				String(firstRow.total_rows)
			);
			await expect(
				page.locator('[data-rec-table] tbody tr[data-rec]').first().getAttribute('data-rec')
			).resolves.toBe(firstRow.rec_id);
			await page.getByRole('button', { name: `Status history of ${firstRow.rec_id}` }).click();
			const history = await db.run(statusHistory(firstRow.rec_id));
			await page
				.locator(
					`[data-status-history="${firstRow.rec_id}"] ol, [data-status-history="${firstRow.rec_id}"] p`
				)
				.first()
				.waitFor();
			expect(await page.locator(`[data-status-history="${firstRow.rec_id}"] li`).count()).toBe(
				history.length
			);
			expect(page.url()).toContain(`rec=${firstRow.rec_id}`);

			await checkLongLists(page);
			await screenshot(page, 'recommendations');
			await expectCleanPage(page, watch, '/recommendations');
		} finally {
			await page.close();
		}
	});

	test("a researcher's question without SQL: priority CFT recommendations in Western Africa since 2018", async () => {
		const search = 'subregion=Western%20Africa&area=cft&priority=priority&from=2018';
		const filters: GlobalFilters = {
			...NO_FILTERS,
			subRegion: 'Western Africa',
			areas: ['cft'],
			priority: 'priority',
			yearFrom: 2018
		};
		const sentence =
			'Priority recommendations on countering the financing of terrorism (incl. FATF R.6), Western Africa, issued 2018 onwards.';
		const { page, watch, state } = await visit(site, `/recommendations?${search}`);
		try {
			expect(state, await pageText(page)).toBe('ready');
			const headline = await expectedHeadline(filters);
			// The demo data has such recommendations, so R1 is a rate here, not "no data".
			expect(headline.find((h) => h.id === 'R1')?.denominator).toBeGreaterThan(0);
			expect(
				mismatches(await shown(page, '[data-indicator]:not([data-category])'), headline)
			).toEqual([]);
			expect(
				mismatches(
					await shown(page, '#progress [data-indicator][data-category]'),
					await expectedByDimension('area', filters)
				)
			).toEqual([]);
			await expect(page.locator('[data-filter-summary]').innerText()).resolves.toContain(sentence);
			// R4 counts assessments: the bar says the three filters do not reach it.
			for (const name of ['area', 'priority', 'resolution']) {
				await expect(page.locator(`[data-filter-scope~="${name}"]`).innerText()).resolves.toContain(
					'follow-up reporting (R4)'
				);
			}
			// The table lists the same selection as the SQL.
			const [firstRow] = await db.run(recommendationPage(DEFAULT_REC_TABLE, filters, D));
			await expect(page.locator('[data-total-rows]').getAttribute('data-total-rows')).resolves.toBe(
				String(firstRow.total_rows)
			);
			// The CSV of a list on the page carries the same sentence in its notes.
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page
					.locator('#stale')
					.getByRole('button', { name: 'Download CSV: Stale recommendations' })
					.click()
			]);
			const csv = readFileSync(await download.path(), 'utf8');
			expect(csv).toContain(sentence);
			const stale = await db.run(staleRecommendations(filters, D));
			const lines = csv.split('\r\n');
			const header = lines.findIndex((line) => line.startsWith('rec_id,'));
			expect(
				lines
					.slice(header + 1)
					.filter((line) => line !== '')
					.map((line) => line.split(',')[0])
			).toEqual(stale.map((r) => r.rec_id));
			await screenshot(page, 'recommendations-question');
			await expectCleanPage(page, watch, `/recommendations?${search}`);
		} finally {
			await page.close();
		}
	});

	test('a shared link restores the dimension and filters: by-region cells equal the filtered SQL', async () => {
		const search = 'dim=region&from=2016&km=area';
		const filters: GlobalFilters = { ...NO_FILTERS, yearFrom: 2016 };
		const { page, watch, state } = await visit(site, `/recommendations?${search}`);
		try {
			expect(state, await pageText(page)).toBe('ready');
			await expect(page.getByLabel('Break R1 and R2 down by').inputValue()).resolves.toBe('region');
			const byRegion = await expectedByDimension('region', filters);
			expect(byRegion.length).toBeGreaterThan(2);
			expect(
				mismatches(await shown(page, '#progress [data-indicator][data-category]'), byRegion)
			).toEqual([]);
			expect(
				mismatches(
					await shown(page, '[data-indicator]:not([data-category])'),
					await expectedHeadline(filters)
				)
			).toEqual([]);
			expect(await page.locator('[data-km-group]').count()).toBeGreaterThan(2);
			await screenshot(page, 'recommendations-region');
			await expectCleanPage(page, watch, `/recommendations?${search}`);
		} finally {
			await page.close();
		}
	});
});
