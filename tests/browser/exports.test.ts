import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { NodeQueryRunner } from '../../scripts/lib/duckdb-node';
import { BUILD_DIR, SCREENSHOT_DIR } from '../../scripts/e2e/paths';
import { extractVersion, type ExtractVersion } from '../../src/lib/hash/extract-version';
import { implementationRates } from '../../src/lib/queries/recommendations';
import { TIER_MARKING } from '../../src/lib/schema';
import { FILTER_URL } from '../../src/lib/state/filters-url';
import { readParams } from '../../src/lib/state/url-params';
import { readManifest } from '../helpers/indicators';
import { expectCleanPage } from '../helpers/page-checks';
import { openSite, screenshot, visit, type Site } from '../helpers/site';

const dataDir = join(BUILD_DIR, 'data');
const MARKING = TIER_MARKING.restricted;
const RATES = 'rates-by-dimension';
const REC_PATH = '/recommendations?from=2018';

/** Width and height from a PNG's IHDR chunk (bytes 16-23, big-endian). */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function saved(download: Download): Promise<Buffer> {
	return readFileSync(await download.path());
}

/** Opens the figure's download menu and clicks one format; returns the file. */
async function exportFile(page: Page, figure: string, format: string): Promise<Download> {
	const menu = page.locator(`[data-figure="${figure}"] [data-export-menu]`);
	if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) {
		await menu.locator('summary').click();
	}
	const button = menu.locator(`[data-export="${format}"]`);
	const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
	return download;
}

/** An SVG's text as a reader sees it: long lines wrap into several text elements. */
const svgWords = (svg: string) =>
	svg
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

const xmlEscape = (s: string) =>
	s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

describe('exports and briefing, restricted build', () => {
	let site: Site;
	let db: NodeQueryRunner;
	let version: ExtractVersion;
	beforeAll(async () => {
		site = await openSite(BUILD_DIR);
		db = await NodeQueryRunner.fromExtracts(dataDir);
		version = extractVersion(readManifest(dataDir));
	});
	afterAll(async () => site?.close());

	test('a chart exports as SVG and PNG 1x/2x/slide carrying title, filters, source, marking and hash', async () => {
		const { page, state } = await visit(site, REC_PATH);
		try {
			expect(state).toBe('ready');
			const figure = page.locator(`[data-figure="${RATES}"]`);
			const title = (await figure.locator('h3').innerText()).trim();
			const source = (await figure.locator('.source').innerText()).trim();

			const svg = (await saved(await exportFile(page, RATES, 'svg'))).toString('utf8');
			expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
			expect(svg).toContain(xmlEscape(title));
			expect(svgWords(svg)).toContain(
				'All recommendations, all Member States, issued 2018 onwards. View: Break R1 and R2 down by thematic area.'
			);
			expect(svg).toContain(xmlEscape(source.split(',')[0]));
			expect(svg).toContain(MARKING);
			// "Version H" after a source that names the extract's date, "Extract of D, version H" otherwise.
			expect(svg).toMatch(new RegExp(`[Vv]ersion ${version.shortHash}`));
			expect(svg).toContain("@font-face{font-family:'Source Sans 3'");
			const width = Number(/^<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
			const height = Number(/^<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
			expect(width).toBeGreaterThan(300);

			const png1 = await saved(await exportFile(page, RATES, 'png1'));
			expect(pngSize(png1)).toEqual({ width, height });
			const png2 = await saved(await exportFile(page, RATES, 'png2'));
			expect(pngSize(png2)).toEqual({ width: 2 * width, height: 2 * height });
			const slide = await saved(await exportFile(page, RATES, 'slide'));
			expect(pngSize(slide)).toEqual({ width: 1920, height: 1080 });
			mkdirSync(SCREENSHOT_DIR, { recursive: true });
			writeFileSync(join(SCREENSHOT_DIR, 'exports-figure@2x.png'), png2);
			writeFileSync(join(SCREENSHOT_DIR, 'exports-slide.png'), slide);
			await figure.screenshot({ path: join(SCREENSHOT_DIR, 'exports-menu-open.png') });
		} finally {
			await page.close();
		}
	});

	test('an external-data chart carries its attribution and its legend into the export', async () => {
		const { page, state } = await visit(site, '/gaps');
		try {
			expect(state).toBe('ready');
			const figure = page.locator('[data-figure="fatf-R6"]');
			await figure.waitFor();
			const legend = await figure
				.locator('[class$="-swatch"]')
				.evaluateAll((els) => els.map((e) => e.textContent?.trim() ?? ''));
			expect(legend.length).toBeGreaterThan(2);
			const svg = (await saved(await exportFile(page, 'fatf-R6', 'svg'))).toString('utf8');
			expect(svg).toContain('FATF consolidated assessment ratings (FATF/OECD)');
			for (const label of legend) expect(svg).toContain(xmlEscape(label));
			// The swatches keep their colours (Plot puts the fill on the swatch's own svg).
			const swatchFills = [
				...svg.matchAll(
					/<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="[\d.]+" fill="([^"]+)"\/>/g
				)
			].map((m) => m[1]);
			expect(new Set(swatchFills).size).toBeGreaterThan(2);
			expect(svg).toContain(MARKING);
			const png = await saved(await exportFile(page, 'fatf-R6', 'png2'));
			writeFileSync(join(SCREENSHOT_DIR, 'exports-fatf@2x.png'), png);
		} finally {
			await page.close();
		}
	});

	test('the gaps heatmap is drawn only to export it; its slide shows the States with the largest gaps, told so', async () => {
		const { page, state } = await visit(site, '/gaps?rows=state');
		try {
			expect(state).toBe('ready');
			const offScreen = page.locator('body > div[aria-hidden="true"][style*="-20000px"]');
			// No export drawing until someone exports, and none left behind after.
			expect(await page.locator('[data-figure="gap-heatmap"] svg').count()).toBe(0);
			expect(await offScreen.count()).toBe(0);
			const states = await page.$$eval('[data-heatmap] tbody tr', (trs) => trs.length);
			expect(states).toBeGreaterThan(6);

			const svg = (await saved(await exportFile(page, 'gap-heatmap', 'svg'))).toString('utf8');
			expect(svg).toContain('Second line: information coverage (G3).');
			const slide = await saved(await exportFile(page, 'gap-heatmap', 'slide'));
			expect(pngSize(slide)).toEqual({ width: 1920, height: 1080 });
			writeFileSync(join(SCREENSHOT_DIR, 'exports-heatmap-slide.png'), slide);
			expect(await offScreen.count()).toBe(0);

			const button = page.locator('[data-briefing-add="gap-heatmap"]');
			await button.click();
			await expect.poll(() => button.innerText(), { timeout: 15_000 }).toBe('In briefing');
			const stored = await page.evaluate(() =>
				Object.entries(localStorage)
					.filter(([k]) => k.startsWith('ctc-cted-briefing-v1'))
					.map(([, v]) => v)
					.join('')
			);
			const entry = (
				JSON.parse(stored) as {
					key: string;
					figure: {
						chart: { markup: string };
						slideChart: { markup: string };
						table: { rows: unknown[] };
					};
				}[]
			).find((s) => s.key.startsWith('gap-heatmap|'))!;
			// The document drawing holds every State; the slide's the six with the largest gaps, and says so.
			expect(entry.figure.table.rows.length).toBeGreaterThanOrEqual(states);
			expect(entry.figure.slideChart.markup).toContain(
				`The 6 of ${states} Member States with the lowest mean score across areas`
			);
			expect(entry.figure.chart.markup).not.toContain('The 6 of');
			await page.evaluate(() => {
				for (const key of Object.keys(localStorage)) {
					if (key.startsWith('ctc-cted-briefing-v1')) localStorage.removeItem(key);
				}
			});
		} finally {
			await page.close();
		}
	});

	test('the cross-cutting scorecard exports each theme as a table image and CSV, and goes into the briefing', async () => {
		const { page, watch, state } = await visit(site, '/cross-cutting');
		try {
			expect(state).toBe('ready');
			await expectCleanPage(page, watch, '/cross-cutting');
			const rows = await page.$$eval('.scorecard tbody tr', (trs) =>
				trs.map((tr) => tr.querySelector('th .id')?.textContent?.trim() ?? '')
			);
			const human = rows.filter((id) => id.startsWith('H'));
			expect(human.length).toBeGreaterThan(0);
			const svg = (await saved(await exportFile(page, 'cc-scorecard-H', 'svg'))).toString('utf8');
			expect(svg).toContain(': Human rights</title>');
			for (const id of human) expect(svg).toContain(`>${id} `);
			expect(svg).not.toContain('>W1 ');
			expect(svg).toContain(MARKING);
			const slide = await saved(await exportFile(page, 'cc-scorecard-W', 'slide'));
			expect(pngSize(slide)).toEqual({ width: 1920, height: 1080 });
			writeFileSync(join(SCREENSHOT_DIR, 'exports-scorecard-slide.png'), slide);
			const csv = (await saved(await exportFile(page, 'cc-scorecard-H', 'csv'))).toString('utf8');
			const body = csv
				.split('\r\n')
				.slice(6)
				.filter((l) => l !== '');
			expect(body.map((l) => l.split(',')[0])).toEqual(human);

			const button = page.locator('[data-briefing-add="cc-scorecard-H"]');
			await button.click();
			await expect.poll(() => button.innerText(), { timeout: 15_000 }).toBe('In briefing');
			await page.evaluate(() => {
				for (const key of Object.keys(localStorage)) {
					if (key.startsWith('ctc-cted-briefing-v1')) localStorage.removeItem(key);
				}
			});
		} finally {
			await page.close();
		}
	});

	test('a full browser storage is reported, not swallowed', async () => {
		const { page } = await visit(site, '/');
		try {
			// Fill localStorage up to the quota so the basket cannot grow.
			await page.evaluate(() => {
				let chunk = 'x'.repeat(1024 * 1024);
				for (let i = 0; chunk.length > 0;) {
					try {
						localStorage.setItem(`filler-${i++}`, chunk);
					} catch {
						chunk = chunk.slice(0, chunk.length >> 1);
					}
				}
			});
			await page.locator('[data-briefing-add="shares-by-year"]').click();
			const alert = page.locator('[data-figure="shares-by-year"] [role="alert"]');
			await alert.waitFor({ timeout: 15_000 });
			expect(await alert.innerText()).toMatch(
				/^Browser storage is full: this chart was not added\. The basket holds \d+ charts \([\d.]+ (kB|MB)\)/
			);
			await page
				.locator('[data-figure="shares-by-year"]')
				.screenshot({ path: join(SCREENSHOT_DIR, 'exports-basket-full.png') });
		} finally {
			await page.evaluate(() => {
				for (const key of Object.keys(localStorage)) {
					if (key.startsWith('filler-')) localStorage.removeItem(key);
				}
			});
			await page.close();
		}
	});

	test('the XLSX holds exactly the SQL rows, a notes sheet, and no formula cell', async () => {
		const { page } = await visit(site, REC_PATH);
		try {
			const subtitle = (
				await page.locator(`[data-figure="${RATES}"] .subtitle`).innerText()
			).trim();
			const workbook = new ExcelJS.Workbook();
			await workbook.xlsx.readFile(await (await exportFile(page, RATES, 'xlsx')).path());
			const sheet = workbook.getWorksheet('Data')!;
			const header = (sheet.getRow(1).values as unknown[]).slice(1);
			expect(header).toEqual(['category', 'implemented', 'progressed', 'denominator']);
			const shown: Record<string, unknown>[] = [];
			sheet.eachRow((row, n) => {
				if (n === 1) return;
				const values = (row.values as unknown[]).slice(1);
				shown.push(Object.fromEntries(header.map((h, i) => [h as string, values[i] ?? null])));
				for (let c = 1; c <= header.length; c++) {
					const cell = row.getCell(c);
					expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
					if (typeof cell.value === 'string') expect(cell.value).not.toMatch(/^[=+\-@\t\r]/);
				}
			});
			const filters = readParams(FILTER_URL, new URLSearchParams('from=2018'));
			const expected = await db.run(implementationRates('area', filters, version.referenceDate));
			expect(expected.length).toBeGreaterThan(3);
			expect(shown).toEqual(expected);

			const notes = new Map<string, unknown>();
			workbook.getWorksheet('Notes')!.eachRow((row) => {
				notes.set(String(row.getCell(1).value ?? ''), row.getCell(2).value);
			});
			expect(notes.get('Marking')).toBe(`${MARKING} - Synthetic demo data`);
			expect(notes.get('Confidentiality tier')).toBe(MARKING);
			expect(notes.get('Definition')).toBe(subtitle);
			expect(String(notes.get('Filters and view'))).toContain(
				'All recommendations, all Member States, issued 2018 onwards.'
			);
			expect(String(notes.get('Source'))).toContain('CTED assessment records');
			expect(notes.get('Extract reference date')).toBe(version.referenceDate);
			expect(notes.get('Extract version (SHA-256)')).toBe(version.hash);
			expect(notes.get('Rows')).toBe(expected.length);
			expect(String(notes.get('denominator'))).toContain('Denominator');
		} finally {
			await page.close();
		}
	});

	test('charts from two pages go into the basket, survive a reload, reorder and export as a PPTX', async () => {
		const added: string[] = [];
		for (const [path, figure] of [
			[REC_PATH, RATES],
			['/', 'visits-by-year']
		]) {
			const { page, watch } = await visit(site, path);
			try {
				// The new figure actions (menu, basket button) must keep a page axe-clean.
				if (path === '/') await expectCleanPage(page, watch, path);
				const button = page.locator(`[data-briefing-add="${figure}"]`);
				added.push((await page.locator(`[data-figure="${figure}"] h3`).innerText()).trim());
				await button.click();
				await expect.poll(() => button.innerText(), { timeout: 15_000 }).toBe('In briefing');
			} finally {
				await page.close();
			}
		}

		const { page, watch, state } = await visit(site, '/briefing');
		try {
			expect(state).toBe('ready');
			const titles = () =>
				page.locator('[data-briefing-slide] h2').evaluateAll((hs) => hs.map((h) => h.textContent));
			expect(await titles()).toEqual([`1. ${added[0]}`, `2. ${added[1]}`]);
			await expect(page.getByRole('link', { name: 'Briefing (2)' })).toBeDefined();

			await page.reload();
			await page.locator('main[data-state="ready"]').waitFor({ state: 'attached' });
			expect(await titles()).toEqual([`1. ${added[0]}`, `2. ${added[1]}`]);

			const up = page.getByRole('button', { name: `Move up: ${added[1]}` });
			await up.focus();
			await page.keyboard.press('Enter');
			expect(await titles()).toEqual([`1. ${added[1]}`, `2. ${added[0]}`]);
			await page.reload();
			await page.locator('main[data-state="ready"]').waitFor({ state: 'attached' });
			const order = [added[1], added[0]];
			expect(await titles()).toEqual(order.map((t, i) => `${i + 1}. ${t}`));
			await screenshot(page, 'exports-briefing');
			await expectCleanPage(page, watch, '/briefing');

			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.locator('[data-briefing-export]').click()
			]);
			const zip = await JSZip.loadAsync(await saved(download));
			const slideXml = async (n: number) => zip.file(`ppt/slides/slide${n}.xml`)!.async('string');
			const slideNames = Object.keys(zip.files).filter((f) =>
				/^ppt\/slides\/slide\d+\.xml$/.test(f)
			);
			expect(slideNames.length).toBe(2 + order.length);
			for (let n = 1; n <= slideNames.length; n++) {
				expect(await slideXml(n), `slide ${n} marking`).toContain(MARKING);
			}
			expect(await slideXml(1)).toContain('CTC-CTED briefing');
			expect(await slideXml(1)).toMatch(/Prepared \d{1,2} \w{3} \d{4}/);
			for (const [i, title] of order.entries()) {
				const xml = await slideXml(i + 2);
				expect(xml).toContain(xmlEscape(title));
				expect(xml).toContain('<p:pic>');
				expect(xml).toMatch(new RegExp(`[Vv]ersion ${version.shortHash}`));
				const rels = await zip.file(`ppt/slides/_rels/slide${i + 2}.xml.rels`)!.async('string');
				const media = /Target="\.\.\/media\/([^"]+\.png)"/.exec(rels)?.[1];
				expect(media, `slide ${i + 2} image`).toBeDefined();
				const image = await zip.file(`ppt/media/${media}`)!.async('nodebuffer');
				expect(pngSize(image)).toEqual({ width: 1920, height: 786 });
				if (i === 0) writeFileSync(join(SCREENSHOT_DIR, 'exports-pptx-image.png'), image);
				const notesRels = rels.match(/notesSlide\d+\.xml/)?.[0];
				const notes = await zip.file(`ppt/notesSlides/${notesRels}`)!.async('string');
				expect(notes).toContain('Definition:');
			}
			const notes2 = await zip
				.file(
					`ppt/notesSlides/${(await zip.file('ppt/slides/_rels/slide3.xml.rels')!.async('string')).match(/notesSlide\d+\.xml/)?.[0]}`
				)!
				.async('string');
			expect(notes2).toContain('Dark bar: R1');
			const closing = await slideXml(slideNames.length);
			expect(closing).toContain('Sources');
			expect(closing).toContain('CTED assessment records');

			// The same basket as a figure pack: five files per figure and a README.
			const [packDownload] = await Promise.all([
				page.waitForEvent('download'),
				page.locator('[data-briefing-pack]').click()
			]);
			expect(packDownload.suggestedFilename()).toBe(`figures_${version.referenceDate}.zip`);
			const pack = await JSZip.loadAsync(await saved(packDownload));
			const names = Object.keys(pack.files).sort();
			expect(names).toHaveLength(5 * order.length + 1);
			const readme = (await pack.file('README.txt')!.async('string')).split('\r\n');
			expect(readme).toContain(`Extract reference date (D): ${version.referenceDate}`);
			expect(readme).toContain(`Extract version (SHA-256): ${version.hash}`);
			expect(readme).toContain(`Confidentiality tier: ${MARKING}`);
			for (const [i, title] of order.entries()) {
				expect(readme).toContain(`Figure ${i + 1}. ${title}`);
				const stem = names.find((n) => n.startsWith(`figure-0${i + 1}_`))!.replace(/\.[a-z]+$/, '');
				expect(names).toEqual(
					expect.arrayContaining(
						['.svg', '@2x.png', '_slide.png', '.csv', '.xlsx'].map((ext) => stem + ext)
					)
				);
				const svg = await pack.file(`${stem}.svg`)!.async('string');
				expect(svg).toContain(xmlEscape(title));
				expect(svg).toContain(MARKING);
				const width = Number(/^<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
				const height = Number(/^<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
				const png2 = await pack.file(`${stem}@2x.png`)!.async('nodebuffer');
				expect(pngSize(png2)).toEqual({ width: 2 * width, height: 2 * height });
				const slidePng = await pack.file(`${stem}_slide.png`)!.async('nodebuffer');
				expect(pngSize(slidePng)).toEqual({ width: 1920, height: 1080 });
				if (i === 1) writeFileSync(join(SCREENSHOT_DIR, 'exports-pack-slide.png'), slidePng);
			}
			// The rates figure (second after the reorder): its CSV rows are the SQL's rows.
			const ratesStem = names.find((n) => n.startsWith('figure-02_'))!.replace(/\.[a-z]+$/, '');
			const csv = (await pack.file(`${ratesStem}.csv`)!.async('string')).split('\r\n');
			expect(csv[0]).toBe(`${MARKING} - Synthetic demo data`);
			const [header, ...body] = csv.slice(5).filter((line) => line !== '');
			expect(header).toBe('category,implemented,progressed,denominator');
			const filters = readParams(FILTER_URL, new URLSearchParams('from=2018'));
			const expected = await db.run(implementationRates('area', filters, version.referenceDate));
			expect(body).toEqual(
				expected.map((r) =>
					[r.category, r.implemented, r.progressed, r.denominator]
						.map((v) =>
							/[",]/.test(String(v)) ? `"${String(v).replaceAll('"', '""')}"` : String(v)
						)
						.join(',')
				)
			);
			const workbook = new ExcelJS.Workbook();
			await workbook.xlsx.load(await pack.file(`${ratesStem}.xlsx`)!.async('arraybuffer'));
			expect(workbook.getWorksheet('Data')!.rowCount).toBe(expected.length + 1);
		} finally {
			await page.close();
		}
	});
});
