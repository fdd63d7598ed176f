import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { NodeQueryRunner } from '../../scripts/lib/duckdb-node';
import { BUILD_DIR, extractsFor } from '../../scripts/e2e/paths';
import { BASELINE_YEAR, scorecardEntry } from '../../src/lib/indicators/scorecard';
import { wpsContext } from '../../src/lib/queries/cross-cutting-context';
import { assessmentsMissing } from '../../src/lib/queries/cross-cutting-lists';
import {
	crossCuttingByYear,
	humanRightsImplementation,
	participationByKind,
	type Breakdown,
	type CrossCuttingId
} from '../../src/lib/queries/cross-cutting';
import { NO_FILTERS, type GlobalFilters } from '../../src/lib/queries/filters';
import { FILTER_URL } from '../../src/lib/state/filters-url';
import { readParams } from '../../src/lib/state/url-params';
import { readManifest } from '../helpers/indicators';
import { expectCleanPage } from '../helpers/page-checks';
import { openSite, pageText, screenshot, visit, type Site } from '../helpers/site';

const IDS: readonly CrossCuttingId[] = [
	'W1',
	'W2',
	'W2S',
	'W3',
	'W4',
	'W5',
	'W6',
	'W7',
	'C1',
	'C2',
	'C3',
	'C4',
	'C5',
	'H1',
	'H3'
];
const TOLERANCE = 1e-9;

type Attrs = Record<string, string | null>;

async function attributes(page: Page, selector: string): Promise<Attrs[]> {
	return page.$$eval(selector, (elements) =>
		elements.map((e) =>
			Object.fromEntries([...e.attributes].map((a) => [a.name, a.value] as [string, string]))
		)
	);
}

/** data-value must be n/N (or empty for no data), with exact counts. */
function rateProblems(tag: string, got: Attrs | undefined, n: number, d: number): string[] {
	if (!got) return [`${tag}: not on the page`];
	const problems: string[] = [];
	if (got['data-numerator'] !== String(n))
		problems.push(`${tag}: numerator ${got['data-numerator']} != ${n}`);
	if (got['data-denominator'] !== String(d))
		problems.push(`${tag}: denominator ${got['data-denominator']} != ${d}`);
	const value = got['data-value'];
	if (d === 0 ? value !== '' : !(Math.abs(Number(value) - n / d) <= TOLERANCE) || value === '')
		problems.push(`${tag}: value ${value} is not ${n}/${d}`);
	return problems;
}

describe('cross-cutting page, restricted build', () => {
	const dataDir = extractsFor('restricted');
	let site: Site;
	let db: NodeQueryRunner;
	let D: string;
	beforeAll(async () => {
		site = await openSite(BUILD_DIR);
		db = await NodeQueryRunner.fromExtracts(dataDir);
		D = readManifest(dataDir).referenceDate;
		// The build must serve the extracts this test reads.
		expect(readManifest(join(BUILD_DIR, 'data')).referenceDate).toBe(D);
	});
	afterAll(async () => site?.close());

	async function byYearProblems(
		page: Page,
		id: CrossCuttingId,
		breakdown: Breakdown,
		filters: GlobalFilters
	): Promise<string[]> {
		const want = await db.run(crossCuttingByYear(id, filters, D, breakdown));
		expect(want.length, `${id} by ${breakdown} has no rows in the demo data`).toBeGreaterThan(0);
		const cells = await attributes(page, `td[data-indicator="${id}"][data-year]`);
		return want.flatMap((w) =>
			rateProblems(
				`${id} ${w.year} ${w.category}`,
				cells.find(
					(c) => c['data-year'] === String(w.year) && c['data-category'] === (w.category ?? '')
				),
				w.numerator,
				w.denominator
			)
		);
	}

	test('scorecard, by-year cells, H2, W7 and lists equal native DuckDB; clean and accessible', async () => {
		const { page, watch, state } = await visit(site, '/cross-cutting');
		try {
			expect(state, await pageText(page)).toBe('ready');
			const year = Number(D.slice(0, 4)) - 1;
			const rows = await attributes(page, 'tr[data-indicator][data-baseline-value]');
			const problems: string[] = [];
			for (const id of IDS) {
				const series = await db.run(crossCuttingByYear(id, NO_FILTERS, D));
				const entry = scorecardEntry(series, year);
				const row = rows.find((r) => r['data-indicator'] === id);
				expect(row?.['data-year'], `${id} scorecard year`).toBe(String(year));
				problems.push(
					...rateProblems(`${id} current`, row, entry.current.numerator, entry.current.denominator)
				);
				const at = (y: number) => series.find((s) => s.year === y);
				const base = at(BASELINE_YEAR);
				problems.push(
					...rateProblems(
						`${id} 2017`,
						row && {
							'data-value': row['data-baseline-value'],
							'data-numerator': row['data-baseline-numerator'],
							'data-denominator': row['data-baseline-denominator']
						},
						base?.numerator ?? 0,
						base?.denominator ?? 0
					)
				);
				// The change against 2017, from the SQL rows directly (not from scorecardEntry).
				const now = at(year);
				const change =
					now && base ? now.numerator / now.denominator - base.numerator / base.denominator : null;
				const shown = row?.['data-change-baseline'];
				if (change === null ? shown !== '' : !(Math.abs(Number(shown) - change) <= TOLERANCE))
					problems.push(`${id}: change vs 2017 shown ${shown}, SQL ${change}`);
			}
			expect(rows.length).toBe(IDS.length);
			expect(problems).toEqual([]);
			// Visible text follows the attributes: W1's change against 2017 in points.
			const w1 = rows.find((r) => r['data-indicator'] === 'W1');
			const pts = (Math.abs(Number(w1?.['data-change-baseline'])) * 100).toFixed(1);
			await expect(page.locator('tr[data-indicator="W1"]').innerText()).resolves.toContain(
				`${pts} pts`
			);

			expect(await byYearProblems(page, 'W1', 'none', NO_FILTERS)).toEqual([]);

			const h2 = await db.run(humanRightsImplementation(NO_FILTERS, D));
			const h2Shown = await attributes(page, '[data-indicator="H2"]');
			for (const hr of [true, false]) {
				const want = h2.find((r) => r.human_rights === hr);
				expect(
					rateProblems(
						`H2 ${hr}`,
						h2Shown.find((s) => s['data-category'] === (hr ? 'human_rights' : 'others')),
						want?.numerator ?? 0,
						want?.denominator ?? 0
					)
				).toEqual([]);
			}

			const engagements = await db.run(participationByKind(NO_FILTERS, D));
			const kinds = await attributes(page, 'tr[data-indicator="W7"][data-category]');
			expect(kinds.length).toBeGreaterThan(0);
			for (const k of kinds) {
				const of = engagements.filter((e) => e.kind === k['data-category']);
				const sum = (f: (e: (typeof of)[number]) => number) => of.reduce((s, e) => s + f(e), 0);
				expect(
					rateProblems(
						`W7 ${k['data-category']}`,
						k,
						sum((e) => e.women),
						sum((e) => e.total)
					)
				).toEqual([]);
				expect(k['data-without-counts']).toBe(String(sum((e) => e.without_counts)));
			}

			for (const [list, kind] of [
				['missing-gender', 'gender'],
				['missing-children', 'children_ftf']
			] as const) {
				const want = await db.run(assessmentsMissing(kind, NO_FILTERS, D));
				await expect(page.locator(`[data-list="${list}"]`).getAttribute('data-rows')).resolves.toBe(
					String(want.length)
				);
			}
			const wps = await db.run(wpsContext(NO_FILTERS, D));
			expect(wps.length).toBeGreaterThan(0);
			await expect(
				page
					.getByText('GIWPS and PRIO, Women, Peace and Security Index 2025/26')
					.first()
					.isVisible()
			).resolves.toBe(true);

			await screenshot(page, 'cross-cutting');
			await expectCleanPage(page, watch, '/cross-cutting');
		} finally {
			await page.close();
		}
	});

	test('a shared link restores indicator, breakdown and filters', async () => {
		const search = 'region=Africa&ind=H1&by=area';
		const { page, watch, state } = await visit(site, `/cross-cutting?${search}`);
		try {
			expect(state, await pageText(page)).toBe('ready');
			// The indicator and breakdown selects of the by-year section, in that order.
			const byYearSelects = page.locator('section[aria-labelledby="by-year-title"] select');
			await expect(byYearSelects.nth(0).inputValue()).resolves.toBe('H1');
			await expect(byYearSelects.nth(1).inputValue()).resolves.toBe('area');
			const filters = readParams(FILTER_URL, new URLSearchParams(search));
			expect(await byYearProblems(page, 'H1', 'area', filters)).toEqual([]);
			await screenshot(page, 'cross-cutting-h1-area-africa');
			await expectCleanPage(page, watch, `/cross-cutting?${search}`);
		} finally {
			await page.close();
		}
	});
});
