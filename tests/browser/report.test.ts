/**
 * The annual report's book on /report/[year]: its numbers against native
 * DuckDB, its A4 print, and its Word download opened in LibreOffice.
 *
 * Looked at once (the Word download of 2023, restricted build, converted by
 * soffice and page 1 rendered by pdftoppm -r 60, 2026-12-03): nine A4 pages.
 * Page 1 has the bold "RESTRICTED - Synthetic demo data" centred at the top,
 * and at the bottom the marking on the left and "Page 1 of 9" on the right;
 * the title "Annual report 2023", the pin sentence (D = 31 Dec 2023, extract
 * hash, RESTRICTED), "1. Visits and coverage (paras 7 and 9)", Figure 1's bold
 * caption above the chart (the blue and orange step lines, labelled at their
 * ends, in Source Sans 3, sharp at print resolution), the italic source line,
 * the summary, then Table 1 as a gridded Word table with a bold header row,
 * numbers flush right and each rate with its n / N on one line. Before column
 * widths followed the content, the rate cells wrapped inside "(33 / 5 4)".
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { NodeQueryRunner } from '../../scripts/lib/duckdb-node';
import { BUILD_DIR, ROOT } from '../../scripts/e2e/paths';
import { convertWithOffice, sofficePath } from '../../scripts/report/office';
import { crossCuttingByYear } from '../../src/lib/queries/cross-cutting';
import { NO_FILTERS } from '../../src/lib/queries/filters';
import { followupStatus } from '../../src/lib/queries/followup';
import { overviewIndicators } from '../../src/lib/queries/overview';
import { implementationRates } from '../../src/lib/queries/recommendations';
import { cumulativeVisits, stateVisits } from '../../src/lib/queries/visits';
import { TIER_MARKING } from '../../src/lib/schema';
import { extractVersion } from '../../src/lib/hash/extract-version';
import { readManifest } from '../helpers/indicators';
import { expectCleanPage } from '../helpers/page-checks';
import { openSite, screenshot, visit, type Site } from '../helpers/site';

const dataDir = join(BUILD_DIR, 'data');
const PDF_DIR = join(ROOT, 'test-results', 'report');
/** A past year with data in the demo extract: its book is read at 31 Dec. */
const YEAR = 2023;
const D = `${YEAR}-12-31`;

async function attr(page: Page, selector: string, name: string): Promise<string | null> {
	return page.locator(selector).first().getAttribute(name);
}

/** Text of each PDF page, by pdftotext page by page. */
function pdfPages(pdf: string): string[] {
	const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
	const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
	return Array.from({ length: pages }, (_, i) =>
		execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], {
			encoding: 'utf8'
		})
	);
}

describe('annual report figure book, restricted build', () => {
	let site: Site;
	let db: NodeQueryRunner;
	beforeAll(async () => {
		site = await openSite(BUILD_DIR);
		db = await NodeQueryRunner.fromExtracts(dataDir);
	});
	afterAll(async () => site?.close());

	test(`/report/${YEAR}: figures equal native DuckDB at ${D}, pinned to the extract; prints to A4 with marking and numbers on every page`, async () => {
		const { page, watch, state } = await visit(site, `/report/${YEAR}`);
		try {
			expect(state).toBe('ready');
			const manifest = readManifest(dataDir);
			const hash = extractVersion(manifest).shortHash;
			await page.locator(`[data-extract-hash="${hash}"]`).waitFor({ state: 'attached' });
			expect(await attr(page, '[data-report-date]', 'data-report-date')).toBe(D);

			// Headline numbers of the summaries, against the same queries on native DuckDB.
			const [headline] = [await db.run(overviewIndicators(NO_FILTERS, D))];
			const v1 = headline.find((r) => r.indicator === 'V1');
			expect(await attr(page, '[data-summary][data-indicator="V1"]', 'data-numerator')).toBe(
				String(v1?.numerator)
			);
			expect(await attr(page, '[data-summary][data-indicator="V1"]', 'data-denominator')).toBe(
				'193'
			);
			const visits = await db.run(cumulativeVisits(NO_FILTERS, D));
			expect(await attr(page, '[data-summary][data-indicator="visits"]', 'data-value')).toBe(
				String(visits.find((r) => r.year === YEAR)?.visits ?? 0)
			);
			const [all] = await db.run(implementationRates('none', NO_FILTERS, D));
			expect(await attr(page, '[data-summary][data-indicator="R1"]', 'data-numerator')).toBe(
				String(all.implemented)
			);
			expect(await attr(page, '[data-summary][data-indicator="R1"]', 'data-denominator')).toBe(
				String(all.denominator)
			);
			const followup = await db.run(followupStatus(NO_FILTERS, D));
			const due = followup.filter((r) => r.followup_state !== 'not_due');
			expect(await attr(page, '[data-summary][data-indicator="R4"]', 'data-numerator')).toBe(
				String(due.filter((r) => r.followup_state === 'on_time').length)
			);
			expect(await attr(page, '[data-summary][data-indicator="R4"]', 'data-denominator')).toBe(
				String(due.length)
			);
			for (const id of ['W1', 'C2', 'H1'] as const) {
				const rows = await db.run(crossCuttingByYear(id, NO_FILTERS, D));
				const inYear = rows.find((r) => r.year === YEAR);
				const cell = `td[data-indicator="${id}"][data-year="${YEAR}"]`;
				expect(await attr(page, cell, 'data-numerator'), id).toBe(String(inYear?.numerator ?? 0));
				expect(await attr(page, cell, 'data-denominator'), id).toBe(
					String(inYear?.denominator ?? 0)
				);
			}

			// Every numbered item has its summary and its pin to the extract.
			const items = page.locator('[data-report-item]');
			expect(await items.count()).toBe(10);
			expect(await page.locator('[data-report-item] [data-summary]').count()).toBe(10);
			const pins = await page.locator('[data-report-item] [data-pin]').allInnerTexts();
			expect(pins).toHaveLength(10);
			for (const pin of pins) expect(pin).toContain(hash);
			expect(await page.locator('body').innerText()).not.toMatch(/NaN|undefined/);

			await expectCleanPage(page, watch, `/report/${YEAR}`);
			await screenshot(page, `report-${YEAR}`);

			mkdirSync(PDF_DIR, { recursive: true });
			const pdfPath = join(PDF_DIR, `report-${YEAR}.pdf`);
			const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
			writeFileSync(pdfPath, pdf);
			const texts = pdfPages(pdfPath);
			const marking = TIER_MARKING[manifest.tier];
			expect(texts.length).toBeGreaterThan(2);
			texts.forEach((text, i) => {
				// The marking in the header and in the footer: twice on every page.
				expect(text.split(marking).length - 1, `page ${i + 1} marking`).toBeGreaterThanOrEqual(2);
				expect(text, `page ${i + 1} number`).toMatch(
					new RegExp(`\\b${i + 1}\\s*/\\s*${texts.length}\\b`)
				);
			});
			// Page 1 lists them in the contents; each must also be printed with its figure.
			const whole = texts.slice(1).join('\n');
			for (let n = 1; n <= 4; n++) expect(whole).toContain(`Figure ${n}. `);
			for (let n = 1; n <= 6; n++) expect(whole).toContain(`Table ${n}. `);
			execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, join(PDF_DIR, `report-${YEAR}`)]);
		} finally {
			await page.close();
		}
	});

	test.skipIf(sofficePath() === null)(
		`/report/${YEAR}: "Download Word (.docx)" by keyboard saves the book; LibreOffice opens it with every figure and table, Table 1 equal to native DuckDB and the marking on every page`,
		async () => {
			const { page, watch } = await visit(site, `/report/${YEAR}`);
			try {
				await page.locator('main[data-engine="live"]').waitFor({ state: 'attached' });
				const captions = [
					...(await page.locator('[data-report-item] [data-figure] h3').allInnerTexts()),
					...(await page.locator('[data-report-item] .report-table caption').allInnerTexts())
				].map((c) => c.trim());
				expect(captions).toHaveLength(10);
				const summaries = await page.locator('[data-report-item] [data-summary]').allInnerTexts();

				const button = page.getByRole('button', { name: 'Download Word (.docx)' });
				await button.focus();
				const [download] = await Promise.all([
					page.waitForEvent('download', { timeout: 90_000 }),
					page.keyboard.press('Enter')
				]);
				expect(download.suggestedFilename()).toBe(`annual-report-${YEAR}_${D}.docx`);
				await expect
					.poll(() => page.locator('[data-download-status="docx"]').innerText())
					.toContain(`Saved annual-report-${YEAR}_${D}.docx`);
				expect(await page.locator('[data-download-error="docx"]').count()).toBe(0);

				mkdirSync(PDF_DIR, { recursive: true });
				const docx = join(PDF_DIR, `report-${YEAR}-word.docx`);
				copyFileSync(await download.path(), docx);
				const pdf = convertWithOffice(docx, PDF_DIR, 'pdf');
				const pages = pdfPages(pdf);
				const text = pages.join('\n');
				const flat = text.replace(/\s+/g, ' ');
				const marking = `${TIER_MARKING.restricted} - Synthetic demo data`;
				pages.forEach((p, i) => {
					expect(p.split(marking).length - 1, `page ${i + 1} marking`).toBe(2);
					expect(p, `page ${i + 1} number`).toContain(`Page ${i + 1} of ${pages.length}`);
				});
				// The page's own captions and summary sentences, word for word.
				for (const caption of captions) expect(flat).toContain(caption.replace(/\s+/g, ' '));
				for (const summary of summaries) expect(flat).toContain(summary.replace(/\s+/g, ' '));

				// Table 1 against the page's query on native DuckDB, counted here by region.
				const states = await db.run(stateVisits(NO_FILTERS, D));
				const regions = [...new Set(states.map((r) => r.region))];
				expect(regions.length).toBeGreaterThan(3);
				for (const region of regions) {
					const members = states.filter((r) => r.region === region);
					const visited = members.filter((r) => r.coverage_group !== 'never').length;
					const never = members.length - visited;
					expect(text).toMatch(
						new RegExp(
							`${region}\\s+${members.length}\\s+${visited}\\s+\\S+%\\s+\\(${visited}\\s/\\s${members.length}\\)\\*?\\s+${never}\\s`
						)
					);
				}
				execFileSync('pdftoppm', [
					'-png',
					'-r',
					'60',
					'-f',
					'1',
					'-l',
					'1',
					pdf,
					join(PDF_DIR, `report-${YEAR}-word`)
				]);
				await expectCleanPage(page, watch, `/report/${YEAR}`);
			} finally {
				await page.close();
			}
		}
	);

	test(`/report/${YEAR}: "Download all figures (.zip)" by keyboard saves every figure as SVG, PNG, slide PNG, CSV and XLSX, the README pins D, hash and tier, Figure 1's CSV equals native DuckDB`, async () => {
		const { page, watch } = await visit(site, `/report/${YEAR}`);
		try {
			await page.locator('main[data-engine="live"]').waitFor({ state: 'attached' });
			const button = page.getByRole('button', { name: 'Download all figures (.zip)' });
			await button.focus();
			const [download] = await Promise.all([
				page.waitForEvent('download', { timeout: 90_000 }),
				page.keyboard.press('Enter')
			]);
			expect(download.suggestedFilename()).toBe(`annual-report-${YEAR}-figures_${D}.zip`);
			await expect
				.poll(() => page.locator('[data-download-status="pack"]').innerText())
				.toContain(`Saved annual-report-${YEAR}-figures_${D}.zip`);
			expect(await page.locator('[data-download-error="pack"]').count()).toBe(0);

			const pack = await JSZip.loadAsync(readFileSync(await download.path()));
			const names = Object.keys(pack.files).sort();
			const manifest = readManifest(dataDir);
			const version = extractVersion(manifest);
			const readme = (await pack.file('README.txt')!.async('string')).split('\r\n');
			expect(readme).toContain(`Extract reference date (D): ${D}`);
			expect(readme).toContain(`Extract version (SHA-256): ${version.hash}`);
			expect(readme).toContain(`Confidentiality tier: ${TIER_MARKING.restricted}`);
			// The page's four figure captions ("Figure n. title"), each with its five files.
			const captions = (
				await page.locator('[data-report-item] [data-figure] h3').allInnerTexts()
			).map((c) => c.trim());
			expect(captions).toHaveLength(4);
			expect(names).toHaveLength(5 * captions.length + 1);
			for (const [i, caption] of captions.entries()) {
				expect(readme).toContain(caption);
				const stem = names.find((n) => n.startsWith(`figure-0${i + 1}_`))!.replace(/\.[a-z]+$/, '');
				for (const ext of ['.svg', '@2x.png', '_slide.png', '.csv', '.xlsx']) {
					expect(names).toContain(stem + ext);
				}
				const svg = await pack.file(`${stem}.svg`)!.async('string');
				expect(svg).toContain(TIER_MARKING.restricted);
				const width = Number(/^<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
				const png2 = await pack.file(`${stem}@2x.png`)!.async('nodebuffer');
				expect(png2.subarray(1, 4).toString('latin1')).toBe('PNG');
				expect(png2.readUInt32BE(16)).toBe(2 * width);
				const slide = await pack.file(`${stem}_slide.png`)!.async('nodebuffer');
				expect([slide.readUInt32BE(16), slide.readUInt32BE(20)]).toEqual([1920, 1080]);
				if (i === 0) {
					mkdirSync(PDF_DIR, { recursive: true });
					writeFileSync(join(PDF_DIR, `report-${YEAR}-pack-slide-1.png`), slide);
				}
			}
			// Figure 1's rows against the page's query on native DuckDB.
			const visitsStem = names.find((n) => n.startsWith('figure-01_'))!.replace(/\.[a-z]+$/, '');
			const csv = (await pack.file(`${visitsStem}.csv`)!.async('string')).split('\r\n');
			const [header, ...body] = csv.slice(5).filter((line) => line !== '');
			expect(header).toBe('year,visits,cumulative_visits,cumulative_states');
			const expected = await db.run(cumulativeVisits(NO_FILTERS, D));
			expect(expected.length).toBeGreaterThan(3);
			expect(body).toEqual(
				expected.map((r) =>
					[r.year, r.visits, r.cumulative_visits, r.cumulative_states].map(String).join(',')
				)
			);
			const workbook = new ExcelJS.Workbook();
			await workbook.xlsx.load(await pack.file(`${visitsStem}.xlsx`)!.async('arraybuffer'));
			expect(workbook.getWorksheet('Data')!.rowCount).toBe(expected.length + 1);
			await expectCleanPage(page, watch, `/report/${YEAR}`);
		} finally {
			await page.close();
		}
	});
});
