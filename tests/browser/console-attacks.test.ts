/**
 * The SQL console cannot change what the pages show (issue 18, part 1). Every
 * attack string arrives the way a shared link brings it, `/explore?sql=`, by
 * client-side navigation; after each, the console still answers with native
 * DuckDB's rows, and after each batch, in the same tab, every figure of `/`
 * and `/recommendations` equals native DuckDB's (their HTML is native DuckDB's
 * answer at build time, and `/`'s indicators are also recomputed here).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUILD_DIR } from '../../scripts/e2e/paths';
import { NodeQueryRunner } from '../../scripts/lib/duckdb-node';
import { NO_FILTERS } from '../../src/lib/queries/filters';
import { query } from '../../src/lib/sql/query';
import type { IndicatorCount } from '../../src/lib/queries/overview';
import { runInEditor, tableCells } from '../helpers/console';
import { CONSOLE_ATTACKS } from '../helpers/console-attacks';
import {
	expectedIndicators,
	figureDifferences,
	htmlIndicators,
	indicatorMismatches,
	shownIndicators,
	withValue,
	type ShownIndicator
} from '../helpers/indicators';
import { pageText, openSite, visit, type Site } from '../helpers/site';

const dataDir = join(BUILD_DIR, 'data');
const CHECKED_ROUTES = ['/', '/recommendations'] as const;
const BATCH = 12;

/**
 * What the console answers for the tables and built-ins the attacks aim at: a
 * change to any of them (rows, a shadowing macro or temporary table) shows.
 */
const PROBE = `SELECT (SELECT count(*) FROM recommendations) AS recs,
	(SELECT count(*) FROM assessments) AS assessments,
	(SELECT count(*) FROM recommendation_spans) AS spans,
	(SELECT count(*) FROM recommendation_milestones) AS milestones,
	(SELECT count(*) FROM recommendation_status) AS statuses,
	(SELECT count(DISTINCT region) FROM member_states) AS regions,
	(SELECT min(text) FROM recommendations) AS first_text,
	year(DATE '2020-06-01') AS y, coalesce(NULL, 7) AS c, date_diff('day', DATE '2020-01-01', DATE '2020-01-03') AS d`;

let site: Site;
let probeRows: string[][];
let overview: IndicatorCount[];
const baseline = new Map<string, ShownIndicator[]>();

beforeAll(async () => {
	site = await openSite(BUILD_DIR);
	const db = await NodeQueryRunner.fromExtracts(dataDir);
	probeRows = (await db.run<Record<string, unknown>>(query(PROBE))).map((r) =>
		Object.values(r).map(String)
	);
	overview = await expectedIndicators(dataDir, NO_FILTERS);
	for (const route of CHECKED_ROUTES) {
		const html = await (await fetch(site.server.url + route)).text();
		baseline.set(route, htmlIndicators(html).figures);
	}
});
afterAll(async () => site?.close());

/** Follows a link inside the app, as a reader would: SvelteKit navigates without reloading. */
async function follow(page: Page, href: string): Promise<void> {
	await page.evaluate((target) => {
		const a = document.createElement('a');
		a.href = target;
		a.textContent = 'link';
		a.dataset.testLink = '';
		document.querySelector('main')?.append(a);
	}, href);
	await page.locator('[data-test-link]').last().click();
}

/** Navigates by the nav bar, then waits until every figure shows the engine's answer. */
async function openChecked(page: Page, route: string): Promise<void> {
	const expected = baseline.get(route) ?? [];
	await page.locator(`nav a[href="${route}"]`).click();
	await page.waitForFunction(
		({ path, n }) => {
			const main = document.querySelector<HTMLElement>('main');
			return (
				location.pathname === path &&
				main?.dataset.state === 'ready' &&
				main.dataset.engine === 'live' &&
				document.querySelectorAll('[data-indicator]').length === n
			);
		},
		{ path: route, n: expected.length },
		{ timeout: 90_000 }
	);
}

/** Every figure of the checked pages, after client-side navigation, against native DuckDB. */
async function expectPagesUnchanged(page: Page, after: string): Promise<void> {
	for (const route of CHECKED_ROUTES) {
		await openChecked(page, route);
		const shown = await shownIndicators(page);
		expect(figureDifferences(baseline.get(route) ?? [], shown), `${route} after ${after}`).toEqual(
			[]
		);
		if (route === '/') expect(indicatorMismatches(shown, overview), after).toEqual([]);
	}
}

/** Opens `/explore?sql=` from the current page and waits for that run to settle. */
async function runSharedLink(page: Page, sql: string): Promise<string> {
	await follow(page, `/explore?sql=${encodeURIComponent(sql)}`);
	await page.waitForFunction(
		() => {
			const el = document.querySelector<HTMLElement>('[data-console-state]');
			return Number(el?.dataset.run) > 0 && el?.dataset.consoleState !== 'running';
		},
		undefined,
		{ timeout: 90_000 }
	);
	return (await page.locator('[data-console-state]').getAttribute('data-console-state')) ?? '';
}

describe('console attacks, as shared links in the tab whose pages are then checked', () => {
	test(
		`${CONSOLE_ATTACKS.length} attack strings change no figure of / or /recommendations, and the console keeps answering`,
		{ timeout: 900_000 },
		async () => {
			expect(withValue(baseline.get('/') ?? []).length).toBeGreaterThan(0);
			expect(withValue(baseline.get('/recommendations') ?? []).length).toBeGreaterThan(0);
			let reached = 0;
			for (let start = 0; start < CONSOLE_ATTACKS.length; start += BATCH) {
				// A tab per batch that has not yet asked its engine for the checked pages'
				// figures: the engine's answers are kept per query for the page load
				// (AnswerCache), so only a first visit shows what the engine holds now.
				const { page, state } = await visit(site, '/briefing');
				try {
					expect(state).toBe('ready');
					for (const attack of CONSOLE_ATTACKS.slice(start, start + BATCH)) {
						const label = `${attack.aim}: ${JSON.stringify(attack.sql)}`;
						const outcome = await runSharedLink(page, attack.sql);
						if (attack.reachesEngine) {
							// DuckDB ran it (or refused it itself): the guard did not stop it.
							expect(['done', 'error'], label).toContain(outcome);
							reached++;
						} else {
							expect(outcome, label).toBe('refused');
						}
						expect(await runInEditor(page, PROBE), `probe after ${label}`).toBe('done');
						expect(await tableCells(page), `console after ${label}`).toEqual(probeRows);
						// Leave /explore, so the next link mounts the console afresh and runs its query.
						await page.locator('nav a[href="/briefing"]').click();
						await page.waitForURL('**/briefing');
					}
					await expectPagesUnchanged(page, `attacks ${start + 1}-${start + BATCH}`);
				} catch (error) {
					throw new Error(`${(error as Error).message}\n\nPage text:\n${await pageText(page)}`, {
						cause: error
					});
				} finally {
					await page.close();
				}
			}
			expect(reached).toBeGreaterThanOrEqual(10);
		}
	);

	test('a query that explodes is cancelled or stops at the memory limit; the page stays usable', async () => {
		const { page, state } = await visit(site, '/briefing');
		try {
			expect(state).toBe('ready');
			// Three of the largest tables crossed: far too many rows to count in a test's time.
			await follow(
				page,
				`/explore?sql=${encodeURIComponent(
					'SELECT count(*) AS n FROM recommendation_spans a, survey_items b, recommendation_status c'
				)}`
			);
			await page.locator('[data-console-state="running"]').waitFor({ timeout: 60_000 });
			await page.locator('[data-cancel-query]').click();
			await page.locator('[data-console-state="cancelled"]').waitFor({ timeout: 30_000 });
			expect(await runInEditor(page, PROBE)).toBe('done');
			expect(await tableCells(page)).toEqual(probeRows);

			// Every pair of texts kept in memory: it must hit the console's memory limit, not the tab's.
			const outcome = await runInEditor(
				page,
				'SELECT max(length(x)) AS n FROM (SELECT list(a.text || b.text) AS x FROM recommendations a, recommendations b)'
			);
			expect(outcome).toBe('error');
			expect(await page.locator('[data-query-error]').textContent()).toMatch(
				/out of memory|memory limit/i
			);
			expect(await runInEditor(page, PROBE)).toBe('done');
			expect(await tableCells(page)).toEqual(probeRows);
			await expectPagesUnchanged(page, 'the exploding queries');
		} finally {
			await page.close();
		}
	});
});
