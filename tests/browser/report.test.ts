import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { NodeQueryRunner } from '../../scripts/lib/duckdb-node';
import { BUILD_DIR, ROOT } from '../../scripts/e2e/paths';
import { crossCuttingByYear } from '../../src/lib/queries/cross-cutting';
import { NO_FILTERS } from '../../src/lib/queries/filters';
import { followupStatus } from '../../src/lib/queries/followup';
import { overviewIndicators } from '../../src/lib/queries/overview';
import { implementationRates } from '../../src/lib/queries/recommendations';
import { cumulativeVisits } from '../../src/lib/queries/visits';
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
});
