import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { NodeQueryRunner } from '../../scripts/lib/duckdb-node';
import { BUILD_DIR } from '../../scripts/e2e/paths';
import { NO_FILTERS } from '../../src/lib/queries/filters';
import { NO_GAP_FILTERS, stateAreaScores } from '../../src/lib/queries/gaps';
import { stateIndex, type StateIndexRow } from '../../src/lib/queries/state-index';
import {
	areaBenchmarks,
	openPriorityRecommendations,
	stateExternalContext,
	stateRecommendationStatus
} from '../../src/lib/queries/state-profile';
import { readManifest } from '../helpers/indicators';
import { expectCleanPage } from '../helpers/page-checks';
import { openSite, pageText, screenshot, visit, type Site } from '../helpers/site';

const dataDir = join(BUILD_DIR, 'data');
const pdfDir = mkdtempSync(join(tmpdir(), 'ctc-states-pdf-'));

/** Prints the page as the user would (A4, 15 mm margins) and reads it back with poppler. */
async function printed(page: Page, name: string): Promise<{ pages: number; text: string[] }> {
	await page.emulateMedia({ media: 'print' });
	// The charts redraw at the print width on the next frame (ResizeObserver), not on a timer.
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);
	await screenshot(page, `${name}-print`);
	const file = join(pdfDir, `${name}.pdf`);
	writeFileSync(
		file,
		await page.pdf({
			format: 'A4',
			margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' }
		})
	);
	const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
	const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
	const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
	await page.emulateMedia({ media: 'screen' });
	return { pages, text: text.filter((t) => t.trim() !== '') };
}

describe('State profiles and the States index', () => {
	let site: Site;
	let db: NodeQueryRunner;
	let D: string;
	let index: StateIndexRow[];
	beforeAll(async () => {
		site = await openSite(BUILD_DIR);
		db = await NodeQueryRunner.fromExtracts(dataDir);
		D = readManifest(dataDir).referenceDate;
		index = await db.run(stateIndex(D));
	});
	afterAll(async () => {
		await site?.close();
		rmSync(pdfDir, { recursive: true, force: true });
	});

	test('the most-assessed State: scores, statuses, FATF and priorities equal native DuckDB; prints on <= 2 A4 pages', async () => {
		const code = [...index].sort(
			(a, b) => b.assessments - a.assessments || (a.iso3 < b.iso3 ? -1 : 1)
		)[0].iso3;
		const benchmarks = await db.run(areaBenchmarks(code, D));
		const statuses = await db.run(stateRecommendationStatus(code, D));
		const [ext] = await db.run(stateExternalContext(code));
		const priority = await db.run(openPriorityRecommendations(code, D));
		expect(
			benchmarks.some((b) => b.state_score !== null),
			`${code} has no score`
		).toBe(true);

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
			const counts = await page.$$eval('[data-figure="profile-rec-status"] td[data-count]', (tds) =>
				Object.fromEntries(
					tds.map((td) => [td.getAttribute('data-category'), Number(td.getAttribute('data-count'))])
				)
			);
			for (const s of statuses) {
				expect(counts[`${s.area_code}|${s.status}`], `${s.area_code} ${s.status}`).toBe(
					s.recommendations
				);
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

			const pdf = await printed(page, `state-${code}`);
			expect(pdf.pages, 'the profile prints on one or two A4 pages').toBeLessThanOrEqual(2);
			for (const text of pdf.text) expect(text, 'the marking on every page').toMatch(/RESTRICTED/);
			expect(pdf.text.join('\n')).toContain('Open priority recommendations');
			expect(pdf.text.join('\n')).not.toMatch(/Print profile|Find a Member State|Download/);
		} finally {
			await page.close();
		}
	});

	test('a small island State and a State never assessed both print on <= 2 pages; "not assessed" is said', async () => {
		const scored = new Set(
			(await db.run(stateAreaScores(NO_FILTERS, NO_GAP_FILTERS, D))).map((r) => r.iso3)
		);
		const unassessed = index.find((r) => r.assessments === 0 && !scored.has(r.iso3));
		expect(unassessed, 'every State is assessed: pick another check').toBeDefined();
		for (const code of ['SYC', unassessed?.iso3 ?? '']) {
			const { page, watch, state } = await visit(site, `/states/${code}`);
			try {
				expect(state, await pageText(page)).toBe('ready');
				if (code !== 'SYC') {
					expect(await page.getByText(/not assessed/i).count()).toBeGreaterThan(0);
					const values = await page.$$eval('td[data-indicator="G1"]', (tds) =>
						tds.map((td) => td.getAttribute('data-value'))
					);
					expect(values.every((v) => v === '')).toBe(true);
				}
				await screenshot(page, `state-${code}`);
				await expectCleanPage(page, watch, `/states/${code}`);
				const pdf = await printed(page, `state-${code}`);
				expect(pdf.pages, `${code} prints on one or two pages`).toBeLessThanOrEqual(2);
			} finally {
				await page.close();
			}
		}
	});

	test('the header search opens a profile from the keyboard: type, arrow down, Enter', async () => {
		const { page, state } = await visit(site, '/states/FRA');
		try {
			expect(state).toBe('ready');
			const search = page.getByRole('combobox', { name: 'Find a Member State' });
			await search.focus();
			await page.keyboard.type('keny');
			const listbox = page.getByRole('listbox', { name: 'Member States matching the text' });
			await listbox.waitFor();
			await page.keyboard.press('ArrowDown');
			expect(await search.getAttribute('aria-activedescendant')).toBe('state-search-option-0');
			expect(await listbox.getByRole('option', { selected: true }).innerText()).toContain('Kenya');
			await page.keyboard.press('Enter');
			await page.waitForURL(/\/states\/KEN$/);
			await page.locator('.profile[data-iso3="KEN"]').waitFor();
			await page.locator('main[data-state="ready"]').waitFor();
			expect(await page.locator('h1').innerText()).toBe('Kenya');

			// Accents do not matter; Escape closes the list and a second Escape clears the box.
			await search.fill('cote');
			await listbox.getByRole('option', { name: /Côte d'Ivoire/ }).waitFor();
			await search.press('Escape');
			expect(await search.getAttribute('aria-expanded')).toBe('false');
			await search.press('Escape');
			expect(await search.inputValue()).toBe('');

			// Several matches (Guinea, Guinea-Bissau...) and none chosen: say so, do not guess. (The old
			// test typed "ton", which is Tonga's ISO3 code, so the profile rightly opened instead.)
			await search.fill('guin');
			await search.press('Enter');
			await page.getByText('No single Member State matches "guin".').waitFor();
			expect(page.url()).toMatch(/\/states\/KEN$/);
		} finally {
			await page.close();
		}
	});

	test('the States index lists all 193 with figures equal to native DuckDB; search, sort and links work', async () => {
		const { page, watch, state } = await visit(site, '/states');
		try {
			expect(state, await pageText(page)).toBe('ready');
			const rows = await page.$$eval('[data-states-table] tbody tr', (trs) =>
				trs.map((tr) => {
					const r1 = tr.querySelector('[data-indicator="R1"]');
					return {
						iso3: tr.getAttribute('data-iso3'),
						lastVisit: tr.querySelector('[data-last-visit]')?.getAttribute('data-last-visit'),
						assessments: Number(
							tr.querySelector('[data-assessments]')?.getAttribute('data-assessments')
						),
						open: Number(tr.querySelector('[data-open]')?.getAttribute('data-open')),
						priority: Number(tr.querySelector('[data-open]')?.getAttribute('data-open-priority')),
						n: Number(r1?.getAttribute('data-numerator')),
						d: Number(r1?.getAttribute('data-denominator')),
						value: r1?.getAttribute('data-value')
					};
				})
			);
			expect(rows).toHaveLength(193);
			const mismatches = index.filter((e) => {
				const r = rows.find((x) => x.iso3 === e.iso3);
				return (
					!r ||
					r.lastVisit !== (e.last_visit ?? '') ||
					r.assessments !== e.assessments ||
					r.open !== e.open_recommendations ||
					r.priority !== e.open_priority ||
					r.n !== e.implemented ||
					r.d !== e.r1_denominator ||
					r.value !== (e.r1_denominator > 0 ? String(e.implemented / e.r1_denominator) : '')
				);
			});
			expect(mismatches).toEqual([]);
			await screenshot(page, 'states-index');
			await expectCleanPage(page, watch, '/states');

			// Sorting by assessments puts the most-assessed first, and lives in the URL.
			await page.getByRole('button', { name: 'Assessments' }).click();
			await page.waitForURL(/sort=assessments/);
			const most = Math.max(...index.map((e) => e.assessments));
			const first = await page
				.locator('[data-states-table] tbody tr')
				.first()
				.locator('[data-assessments]');
			expect(Number(await first.getAttribute('data-assessments'))).toBe(most);

			const search = page.getByLabel('Name or ISO3 code', { exact: true });
			await search.fill('guinea');
			await page.waitForURL(/q=guinea/);
			const names = await page.$$eval('[data-states-table] tbody th a', (as) =>
				as.map((a) => a.textContent ?? '')
			);
			expect(names.length).toBeGreaterThan(1);
			expect(names.every((n) => /guinea/i.test(n))).toBe(true);
			await screenshot(page, 'states-index-search');

			await page.locator('[data-states-table] tbody th a').first().click();
			await page.waitForURL(/\/states\/[A-Z]{3}$/);
			await page.locator('main[data-state="ready"]').waitFor();
			expect(await page.locator('h1').innerText()).toBe(names[0]);
		} finally {
			await page.close();
		}
	});
});
