import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { prepareHostileSite } from '../../scripts/e2e/hostile-site';
import { FORMULA_START, HOSTILE_TEXTS } from '../../scripts/e2e/hostile-texts';
import { mostAssessedState } from '../../scripts/e2e/most-assessed';
import { readManifest } from '../helpers/indicators';
import { openSite, pageText, visit, type Site } from '../helpers/site';

/*
 * Issue 18, part 7: a restricted site whose every recommendation text is
 * hostile (scripts/e2e/hostile-texts.ts). Every page that shows free text
 * shows it as text, with its own direction; nothing in it runs; the console's
 * downloads hold it inert. The site is built once and reused while its inputs
 * are unchanged (a build takes minutes).
 */

let site: Site;
let dataDir: string;

beforeAll(async () => {
	const dir = await prepareHostileSite();
	dataDir = join(dir, 'data');
	site = await openSite(dir);
}, 1_800_000);
afterAll(async () => site?.close());

/** What would show that a hostile text ran or became markup on the page. */
async function injected(page: Page): Promise<unknown[]> {
	return page.evaluate(() => {
		const found: unknown[] = [];
		const flag = (window as unknown as { __hostile?: unknown }).__hostile;
		if (flag !== undefined) found.push(`window.__hostile = ${String(flag)}`);
		for (const el of document.querySelectorAll(
			'main img, main script, main b, main [onerror], main [onload]'
		)) {
			found.push(el.outerHTML.slice(0, 120));
		}
		return found;
	});
}

/** Opens `path`, records dialogs (an alert would be script running), and checks for injection. */
async function openClean(path: string): Promise<{ page: Page; dialogs: string[] }> {
	const { page, state } = await visit(site, path);
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	expect(state, await pageText(page)).toBe('ready');
	return { page, dialogs };
}

async function expectInert(page: Page, dialogs: string[], label: string): Promise<void> {
	// Live answers replace the prerendered ones: check after the engine has drawn them too.
	await page.locator('main[data-engine="live"]').waitFor({ timeout: 60_000 });
	expect([label, await injected(page), dialogs]).toEqual([label, [], []]);
}

/** The hostile texts a set of elements shows, each with its dir attribute. */
async function shownTexts(
	page: Page,
	selector: string
): Promise<{ text: string; dir: string | null }[]> {
	return page.$$eval(selector, (els) =>
		els.map((e) => ({ text: e.textContent ?? '', dir: e.getAttribute('dir') }))
	);
}

function expectAllHostile(shown: { text: string; dir: string | null }[]): void {
	expect(shown.length).toBeGreaterThan(3);
	for (const { text, dir } of shown) {
		expect(HOSTILE_TEXTS).toContain(text);
		expect(dir).toBe('auto');
	}
	// The Arabic or the mixed wording is among them, or the direction was never exercised.
	expect(shown.some(({ text }) => /[\u0590-\u06ff]/.test(text))).toBe(true);
}

describe('hostile free text, restricted build', () => {
	test('/recommendations: the table shows every wording as text, nothing runs', async () => {
		const { page, dialogs } = await openClean('/recommendations');
		try {
			await page.locator('[data-rec-table] td.text').first().waitFor();
			expectAllHostile(await shownTexts(page, '[data-rec-table] td.text'));
			await expectInert(page, dialogs, '/recommendations');
		} finally {
			await page.close();
		}
	});

	test("a State's profile lists its open priority wordings as text", async () => {
		const iso3 = await mostAssessedState(dataDir);
		const { page, dialogs } = await openClean(`/states/${iso3}`);
		try {
			const shown = await shownTexts(page, '[data-open-priority] .text');
			for (const { text, dir } of shown) {
				expect(HOSTILE_TEXTS).toContain(text);
				expect(dir).toBe('auto');
			}
			expect(shown.length).toBeGreaterThan(0);
			await expectInert(page, dialogs, `/states/${iso3}`);
		} finally {
			await page.close();
		}
	});

	test('the report and the overview stay inert', async () => {
		const year = Number(readManifest(dataDir).referenceDate.slice(0, 4)) - 1;
		for (const path of ['/', `/report/${year}`]) {
			const { page, dialogs } = await openClean(path);
			try {
				await expectInert(page, dialogs, path);
			} finally {
				await page.close();
			}
		}
	});

	test('the console shows the wordings as text and downloads them inert (CSV, XLSX)', async () => {
		const sql = 'SELECT rec_id, text FROM recommendations ORDER BY rec_id LIMIT 40';
		const { page, dialogs } = await openClean(`/explore?sql=${encodeURIComponent(sql)}`);
		try {
			await page.locator('[data-console-state="done"]').waitFor();
			const cells = await page.$$eval('table tbody tr', (rows) =>
				rows.map((r) => {
					const td = r.querySelectorAll('td')[1];
					return { text: td?.textContent ?? '', dir: td?.getAttribute('dir') ?? null };
				})
			);
			expectAllHostile(cells);
			expect([await injected(page), dialogs]).toEqual([[], []]);

			const download = async (format: string): Promise<Buffer> => {
				const [file] = await Promise.all([
					page.waitForEvent('download'),
					page.locator(`[data-download="${format}"]`).click()
				]);
				return readFileSync(await file.path());
			};
			const csv = parse(await download('csv'), { relax_column_count: true }) as string[][];
			const csvTexts = csv.slice(2).map((r) => r[1]);
			expect(csvTexts.length).toBe(40);
			expect(csvTexts.filter((t) => FORMULA_START.test(t))).toEqual([]);
			for (const t of csvTexts) expect(HOSTILE_TEXTS).toContain(t.replace(/^'(?=[=+\-@])/, ''));

			const xlsx = await download('xlsx');
			const workbook = new ExcelJS.Workbook();
			await workbook.xlsx.load(
				xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer
			);
			const xlsxTexts: string[] = [];
			workbook.worksheets[0].eachRow((row, n) => {
				if (n <= 2) return;
				const cell = row.getCell(2);
				expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
				xlsxTexts.push(String(cell.value));
			});
			expect(xlsxTexts).toEqual(csvTexts);
		} finally {
			await page.close();
		}
	});
});
