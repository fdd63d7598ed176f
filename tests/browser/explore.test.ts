import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { linkedBrush } from '../../scripts/bench/linked-brush';
import { castValue, NodeQueryRunner } from '../../scripts/lib/duckdb-node';
import { BUILD_DIR } from '../../scripts/e2e/paths';
import { enExplore } from '../../src/lib/i18n/messages/en-explore';
import { exampleQueries } from '../../src/lib/queries/explore-examples';
import {
	LINKED_CHARTS,
	linkedBaseTable,
	linkedCounts,
	type LinkedChart
} from '../../src/lib/queries/explore-linked';
import { query } from '../../src/lib/sql/query';
import type { RefusalKind } from '../../src/lib/queries/explore-sql-guard';
import { SELECTION_URL } from '../../src/lib/state/explore-url';
import { readParams } from '../../src/lib/state/url-params';
import { readManifest } from '../helpers/indicators';
import { expectCleanPage } from '../helpers/page-checks';
import { outsideRequests } from '../helpers/page-watch';
import { runInEditor, tableCells } from '../helpers/console';
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

/** A value as the result table prints it (NULL aside). */
function printed(value: unknown): string {
	if (value === null || value === undefined) return 'NULL';
	if (typeof value === 'object') return JSON.stringify(value);
	return String(value);
}

async function nativeRows(sql: string): Promise<Record<string, unknown>[]> {
	return db.run<Record<string, unknown>>(query(sql));
}

describe('SQL console', () => {
	test('a shared query runs on DuckDB-WASM and shows the rows native DuckDB gives', async () => {
		const example = exampleQueries(D).find((e) => e.id === 'implementation_by_region');
		const sql = example?.sql as string;
		const { page, watch, state } = await visit(site, `/explore?sql=${encodeURIComponent(sql)}`);
		try {
			expect(state, await pageText(page)).toBe('ready');
			expect(await page.locator('[data-console-state]').getAttribute('data-console-state')).toBe(
				'done'
			);
			const expected = (await nativeRows(sql)).map((r) => Object.values(r).map(printed));
			expect(expected.length).toBeGreaterThan(2);
			expect(await tableCells(page)).toEqual(expected);
			await page.locator('[data-sql-editor]').waitFor();
			await screenshot(page, 'explore-console');
			await expectCleanPage(page, watch, '/explore?sql=');
		} finally {
			await page.close();
		}
	});

	test('typing, Ctrl+Enter, history, the row cap, DuckDB errors and Cancel', async () => {
		const { page, state } = await visit(site, '/explore');
		try {
			expect(state).toBe('ready');
			await page.locator('[data-sql-editor]').waitFor();
			expect(await runInEditor(page, 'SELECT 42 AS answer')).toBe('done');
			expect(await tableCells(page)).toEqual([['42']]);
			expect(page.url()).toContain('sql=SELECT+42');

			// The schema browser inserts a name at the cursor (here: the end of the text).
			await page.locator('[data-schema-table="visit_plan"] summary').click();
			await page.getByRole('button', { name: 'Insert plan_year' }).click();
			await expect(page.locator('[data-sql-editor]').innerText()).resolves.toBe(
				'SELECT 42 AS answerplan_year'
			);

			expect(await runInEditor(page, 'SELECT range AS n FROM range(25000)')).toBe('done');
			await expect(page.locator('[data-truncated]').textContent()).resolves.toContain('10,000');
			await expect(pageText(page)).resolves.toContain('Rows 1-100 of 10,000');
			await page.getByRole('button', { name: 'Next page' }).click();
			expect((await tableCells(page))[0]).toEqual(['100']);
			await page.getByRole('button', { name: 'n', exact: true }).click();
			await page.getByRole('button', { name: 'n', exact: true }).click();
			expect((await tableCells(page))[0]).toEqual(['9999']);

			expect(await runInEditor(page, 'SELECT nonesuch FROM recommendations')).toBe('error');
			const error = (await page.locator('[data-query-error]').textContent()) ?? '';
			expect(error).toContain('nonesuch');
			expect(error).toMatch(/LINE 1: .*\n\s*\^/);

			expect(
				await runInEditor(
					page,
					"SELECT current_setting('enable_external_access') AS access, current_setting('lock_configuration') AS locked"
				)
			).toBe('done');
			expect(await tableCells(page)).toEqual([['false', 'true']]);

			await page.getByText(/^History \(\d+\)$/).click();
			await expect(page.getByRole('button', { name: 'SELECT 42 AS answer' }).count()).resolves.toBe(
				1
			);

			const editor = page.locator('[data-sql-editor]');
			await editor.click();
			await page.keyboard.press('Control+A');
			await page.keyboard.insertText(
				// Long, but in small steps: DuckDB-WASM can only stop a query between steps.
				'SELECT sum(hash(range)) AS h FROM range(20000000000)'
			);
			await page.locator('[data-run-query]').click();
			await page.locator('[data-console-state="running"]').waitFor();
			await page.locator('[data-cancel-query]').click();
			await page.locator('[data-console-state="cancelled"]').waitFor({ timeout: 30_000 });
			const afterCancel = Date.now();
			expect(await runInEditor(page, 'SELECT 1 AS still_works')).toBe('done');
			expect(Date.now() - afterCancel, 'the cancelled query still holds the worker').toBeLessThan(
				10_000
			);
			expect(await tableCells(page)).toEqual([['1']]);
		} finally {
			await page.close();
		}
	});

	const REFUSED: readonly [RefusalKind, string][] = [
		['write_file', "COPY recommendations TO 'out.csv'"],
		['read_file', "SELECT * FROM read_csv('/etc/passwd')"],
		['url', "SELECT * FROM read_parquet('http://example.org/x.parquet')"],
		['attach', "ATTACH 'other.duckdb' AS other"],
		['settings', 'SET enable_external_access = true'],
		['extension', 'INSTALL httpfs'],
		['secret', "CREATE SECRET s (TYPE s3, KEY_ID 'k')"],
		['modify', 'DROP TABLE recommendations'],
		['multiple', 'SELECT 1; SELECT 2']
	];

	test('each refused kind shows its message and nothing leaves 127.0.0.1', async () => {
		const { page, watch } = await visit(site, '/explore');
		try {
			await page.locator('[data-sql-editor]').waitFor();
			for (const [kind, sql] of REFUSED) {
				expect(await runInEditor(page, sql), sql).toBe('refused');
				await expect(page.locator('[data-refusal]').getAttribute('data-refusal')).resolves.toBe(
					kind
				);
				const message = (await page.locator('[data-refusal]').innerText()).replace(/\s+/g, ' ');
				const template = enExplore[`explore.refused.${kind}`];
				expect(message, sql).toContain(template.split('{detail}')[0].trim());
			}
			await screenshot(page, 'explore-refused');
			expect(await runInEditor(page, 'SELECT count(*) AS n FROM recommendations')).toBe('done');
			expect(outsideRequests(watch)).toEqual([]);
		} finally {
			await page.close();
		}
	});
});

describe('console downloads', () => {
	const SQL = `SELECT rec_id, iso3, issued, child_rights, priority, '=1+1' AS formula
		FROM recommendations ORDER BY rec_id LIMIT 300`;

	async function download(page: Page, format: string): Promise<Buffer> {
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			page.locator(`[data-download="${format}"]`).click()
		]);
		const path = await file.path();
		const { readFileSync } = await import('node:fs');
		return readFileSync(path);
	}

	test('CSV, XLSX, Parquet and Arrow IPC parse back to the same rows', async () => {
		const expected = await nativeRows(SQL);
		const columns = Object.keys(expected[0]);
		const asText = (rows: readonly Record<string, unknown>[]) =>
			rows.map((r) => columns.map((c) => (r[c] === null ? '' : String(r[c]))));
		const { page } = await visit(site, `/explore?sql=${encodeURIComponent(SQL)}`);
		try {
			// CSV: the marking line, the header, the rows; the formula-like text is escaped.
			const csv = parse(await download(page, 'csv'), { relax_column_count: true }) as string[][];
			expect(csv[0][0]).toMatch(/^RESTRICTED/);
			expect(csv[1]).toEqual(columns);
			const escaped = asText(expected).map((r) => r.map((v) => (v === '=1+1' ? "'=1+1" : v)));
			expect(csv.slice(2)).toEqual(escaped);

			const workbook = new ExcelJS.Workbook();
			const xlsx = await download(page, 'xlsx');
			// exceljs types want an ArrayBuffer; hand it exactly the file's bytes.
			await workbook.xlsx.load(
				xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer
			);
			const sheet = workbook.worksheets[0];
			const xlsxRows: string[][] = [];
			sheet.eachRow((row, n) => {
				if (n <= 2) return;
				xlsxRows.push(
					columns.map((_, i) => {
						const v = row.getCell(i + 1).value;
						return v === null || v === undefined ? '' : String(v);
					})
				);
			});
			expect(sheet.getRow(1).getCell(1).value).toMatch(/^RESTRICTED/);
			expect(xlsxRows).toEqual(escaped);

			const dir = mkdtempSync(join(tmpdir(), 'explore-'));
			const parquetPath = join(dir, 'result.parquet');
			writeFileSync(parquetPath, await download(page, 'parquet'));
			const fromParquet = await nativeRows(`SELECT * FROM read_parquet('${parquetPath}')`);
			expect(fromParquet).toEqual(expected);

			const arrow = tableFromIPC(await download(page, 'arrow'));
			expect(arrow.schema.metadata.get('marking')).toMatch(/^RESTRICTED/);
			const fromArrow = arrow.toArray().map((row) => {
				const plain = row.toJSON() as Record<string, unknown>;
				const out: Record<string, unknown> = {};
				for (const c of columns) {
					const v = plain[c];
					// Arrow gives DATE as epoch milliseconds.
					out[c] = c === 'issued' && typeof v === 'number' ? new Date(v) : v;
				}
				return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, castValue(v)]));
			});
			expect(fromArrow).toEqual(expected);
		} finally {
			await page.close();
		}
	});
});

describe('linked views', () => {
	const CHARTS: readonly LinkedChart[] = LINKED_CHARTS;

	async function shownCounts(page: Page): Promise<string[]> {
		return page.$$eval('[data-linked-chart]', (charts) =>
			charts.flatMap((chart) =>
				[...chart.querySelectorAll('[data-category]')]
					.filter((bar) => bar.getAttribute('data-value') !== '0')
					.map(
						(bar) =>
							`${chart.getAttribute('data-linked-chart')}:${bar.getAttribute('data-category')}=${bar.getAttribute('data-value')}`
					)
			)
		);
	}

	async function expectedCounts(search: string): Promise<string[]> {
		const selection = readParams(SELECTION_URL, new URLSearchParams(search));
		const rows = await db.run(linkedCounts(selection));
		return rows
			.filter((r) => CHARTS.includes(r.chart as LinkedChart) && r.n > 0)
			.map((r) => `${r.chart}:${r.category}=${r.n}`);
	}

	test('a brush on the years filters every other chart as the same SQL on native DuckDB', async () => {
		await db.run(linkedBaseTable(D));
		const { page, watch, state } = await visit(site, '/explore?view=linked');
		try {
			expect(state, await pageText(page)).toBe('ready');
			expect((await shownCounts(page)).sort()).toEqual((await expectedCounts('')).sort());

			const { totalMs } = await linkedBrush(page, 2);
			expect(totalMs).toBeGreaterThan(0);
			const search = new URL(page.url()).search;
			expect(search).toMatch(/years=\d{4}-\d{4}/);
			const generation = await page.locator('[data-linked]').getAttribute('data-generation');
			for (const chart of CHARTS) {
				await expect(
					page.locator(`[data-linked-chart="${chart}"]`).getAttribute('data-generation')
				).resolves.toBe(generation);
			}
			const brushed = await expectedCounts(search);
			expect((await shownCounts(page)).sort()).toEqual(brushed.sort());
			expect(brushed).not.toEqual(await expectedCounts(''));

			// Keyboard path: a region bar is a button; Enter selects it and filters the others.
			const bar = page.locator('[data-linked-chart="region"] button[data-category="Africa"]');
			await bar.focus();
			await page.keyboard.press('Enter');
			await page.waitForURL(/sel_region=Africa/);
			await page.waitForFunction(() => {
				const root = document.querySelector<HTMLElement>('[data-linked]');
				return root?.dataset.generation === root?.dataset.drawn;
			});
			const both = new URL(page.url()).search;
			expect((await shownCounts(page)).sort()).toEqual((await expectedCounts(both)).sort());
			await screenshot(page, 'explore-linked');
			await expectCleanPage(page, watch, '/explore?view=linked');
		} finally {
			await page.close();
		}
	});

	test('a sub-region, priority and resolution selection filters the other charts as native DuckDB does', async () => {
		await db.run(linkedBaseTable(D));
		const { page, watch, state } = await visit(
			site,
			'/explore?view=linked&sel_subregion=Sub-Saharan+Africa'
		);
		const settled = () =>
			page.waitForFunction(() => {
				const root = document.querySelector<HTMLElement>('[data-linked]');
				return (
					root !== null &&
					root.dataset.drawn !== '0' &&
					root.dataset.generation === root.dataset.drawn
				);
			});
		try {
			expect(state, await pageText(page)).toBe('ready');
			await settled();
			const wide = await expectedCounts('sel_subregion=Sub-Saharan+Africa');
			expect((await shownCounts(page)).sort()).toEqual(wide.sort());
			expect(wide).not.toEqual(await expectedCounts(''));
			// A sub-region made of intermediate regions: its bars show as selected, and it is named.
			await expect(
				page.locator('[data-linked-chart="subregion"] [data-selected-wider]').textContent()
			).resolves.toContain('Sub-Saharan Africa');
			await expect(
				page
					.locator('[data-linked-chart="subregion"] button[data-category="Western Africa"]')
					.getAttribute('aria-pressed')
			).resolves.toBe('true');
			await screenshot(page, 'explore-linked-subregion-wide');

			// Keyboard: an intermediate region's bar, then priority, then resolution.
			const steps: readonly [string, string, RegExp][] = [
				['subregion', 'Western Africa', /sel_subregion=Western\+Africa/],
				['priority', 'priority', /sel_priority=priority/],
				['resolution', '1373', /sel_resolution=1373/]
			];
			for (const [chart, category, inUrl] of steps) {
				const bar = page.locator(
					`[data-linked-chart="${chart}"] button[data-category="${category}"]`
				);
				await bar.focus();
				await page.keyboard.press('Enter');
				await page.waitForURL(inUrl);
				await settled();
				const search = new URL(page.url()).search;
				expect((await shownCounts(page)).sort(), search).toEqual(
					(await expectedCounts(search)).sort()
				);
			}
			const search = new URL(page.url()).search;
			const selection = readParams(SELECTION_URL, new URLSearchParams(search));
			expect(selection).toMatchObject({
				subregion: 'Western Africa',
				priority: 'priority',
				resolution: '1373'
			});
			const [all] = (await db.run(linkedCounts(selection))).filter(
				(r) => r.chart === 'total' && r.category === 'all'
			);
			await expect(
				page.locator('[data-selected-total]').getAttribute('data-selected-total')
			).resolves.toBe(String(all.n));
			await screenshot(page, 'explore-linked-subregion');
			await expectCleanPage(page, watch, '/explore?view=linked');
		} finally {
			await page.close();
		}
	});

	test('the year inputs select a range by keyboard, and the link restores it', async () => {
		const { page, state } = await visit(
			site,
			'/explore?view=linked&years=2018-2020&sel_flag=child_rights'
		);
		try {
			expect(state).toBe('ready');
			await expect(page.locator('[data-year-from]').inputValue()).resolves.toBe('2018');
			const expected = await expectedCounts('years=2018-2020&sel_flag=child_rights');
			expect((await shownCounts(page)).sort()).toEqual(expected.sort());
			await page.locator('[data-year-to]').fill('2019');
			await page.locator('[data-year-to]').press('Enter');
			await page.waitForURL(/years=2018-2019/);
			await page.waitForFunction(() => {
				const root = document.querySelector<HTMLElement>('[data-linked]');
				return root?.dataset.generation === root?.dataset.drawn;
			});
			const narrowed = await expectedCounts('years=2018-2019&sel_flag=child_rights');
			expect((await shownCounts(page)).sort()).toEqual(narrowed.sort());
		} finally {
			await page.close();
		}
	});
});
