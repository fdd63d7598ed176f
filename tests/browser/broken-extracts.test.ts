import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/e2e/chromium';
import { BUILD_DIR } from '../../scripts/e2e/paths';
import { startServer } from '../../scripts/serve/server';
import { NodeQueryRunner } from '../../scripts/lib/duckdb-node';
import { table } from '../../src/lib/schema';
import { NO_FILTERS } from '../../src/lib/queries/filters';
import {
	expectedIndicators,
	indicatorMismatches,
	readManifest,
	shownIndicators
} from '../helpers/indicators';
import { openSite, pageText, screenshot, visit, type Site } from '../helpers/site';

/**
 * Tables the overview does not query, so its figures can still be checked.
 * One corrupt file keeps its old checksum in the manifest (caught by SHA-256);
 * the other gets a matching checksum, so only the Parquet decoder can catch it.
 */
const DELETED_TABLE = 'engagements';
const CORRUPTED_TABLE = 'survey_items';
const CORRUPTED_RESUMMED_TABLE = 'technical_assistance';

/** Flips bytes through the file and in the footer, where Parquet keeps its schema and magic. */
function corrupt(path: string): void {
	const bytes = readFileSync(path);
	for (let i = 1; i <= 16; i++) {
		const at = Math.floor((bytes.length * i) / 17);
		bytes[at] ^= 0xff;
	}
	for (let i = bytes.length - 12; i < bytes.length; i++) bytes[i] ^= 0xff;
	writeFileSync(path, bytes);
}

/** Removes a file and its precompressed siblings, which the server would otherwise still send. */
function removeWithSiblings(path: string): void {
	for (const suffix of ['', '.br', '.gz']) rmSync(path + suffix, { force: true });
}

let siteDir: string;
let site: Site;
let brokenFiles: string[];

beforeAll(async () => {
	siteDir = mkdtempSync(join(tmpdir(), 'ctc-broken-site-'));
	cpSync(BUILD_DIR, siteDir, { recursive: true });
	const dataDir = join(siteDir, 'data');
	const manifest = readManifest(dataDir);
	const names = [DELETED_TABLE, CORRUPTED_TABLE, CORRUPTED_RESUMMED_TABLE];
	for (const name of names) {
		if (!manifest.tables[name]) throw new Error(`The manifest lists no table "${name}" to break.`);
	}
	brokenFiles = names.map((name) => manifest.tables[name].file);
	const [deleted, corrupted, resummed] = brokenFiles.map((file) => join(dataDir, file));
	removeWithSiblings(deleted);
	for (const path of [corrupted, resummed]) {
		rmSync(path + '.br', { force: true });
		rmSync(path + '.gz', { force: true });
		corrupt(path);
	}
	const bytes = readFileSync(resummed);
	const tables = {
		...manifest.tables,
		[CORRUPTED_RESUMMED_TABLE]: {
			...manifest.tables[CORRUPTED_RESUMMED_TABLE],
			bytes: bytes.length,
			sha256: createHash('sha256').update(bytes).digest('hex')
		}
	};
	removeWithSiblings(join(dataDir, 'manifest.json'));
	writeFileSync(join(dataDir, 'manifest.json'), JSON.stringify({ ...manifest, tables }));
	site = await openSite(siteDir);
});

afterAll(async () => {
	await site?.close();
	if (siteDir) rmSync(siteDir, { recursive: true, force: true });
});

test('a missing and two corrupt extracts are each named on the page; the overview still settles', async () => {
	const { page, state } = await visit(site, '/');
	try {
		expect(['ready', 'error']).toContain(state);
		// The message may arrive after <main> settles if tables load on demand.
		for (const file of brokenFiles) {
			await expect.poll(() => pageText(page), { timeout: 15_000 }).toContain(file);
		}
		await screenshot(page, 'broken-extracts');
		if (state === 'ready') {
			const expected = await expectedIndicators(join(BUILD_DIR, 'data'), NO_FILTERS);
			expect(indicatorMismatches(await shownIndicators(page), expected)).toEqual([]);
		}
	} finally {
		await page.close();
	}
});

/** The default view, from the HTML, and a filtered link, which only the engine can answer. */
type View = 'default' | 'filtered';
const FILTERED = '/?region=Africa';

/**
 * Opens `/` and a filtered link on a copy of the site without one extract
 * file. The default view keeps the figures built with the site and the page
 * names the missing file; the filtered view fails the figures that read it.
 */
async function overviewWithout(
	table: string,
	check: (page: Page, view: View) => Promise<void>
): Promise<void> {
	const dir = mkdtempSync(join(tmpdir(), `ctc-no-${table}-`));
	cpSync(BUILD_DIR, dir, { recursive: true });
	const manifest = readManifest(join(dir, 'data'));
	const file = manifest.tables[table].file;
	removeWithSiblings(join(dir, 'data', file));
	const partialSite = await openSite(dir);
	try {
		for (const [view, path, settled] of [
			['default', '/', 'ready'],
			['filtered', FILTERED, 'error']
		] as const) {
			const { page } = await visit(partialSite, path);
			try {
				await expect
					.poll(() => page.locator('main').getAttribute('data-state'), { timeout: 30_000 })
					.toBe(settled);
				await expect.poll(() => pageText(page), { timeout: 30_000 }).toContain(file);
				await check(page, view);
			} finally {
				await page.close();
			}
		}
	} finally {
		await partialSite.close();
		rmSync(dir, { recursive: true, force: true });
	}
}

const r1WithValue = (page: Page) =>
	page.locator('[data-indicator="R1"][data-value]:not([data-value=""])').count();

test('without the recommendations extract the default view stands; a filtered view fails only what reads it', async () => {
	const built = await expectedIndicators(join(BUILD_DIR, 'data'), NO_FILTERS);
	await overviewWithout('recommendations', async (page, view) => {
		// V1 reads assessments only: its card has a value in both views. The page reports the
		// failed table as soon as it fails, so the figures that do not read it may still be loading.
		const v1 = page.locator('[data-indicator="V1"][data-value]').first();
		await expect.poll(() => v1.getAttribute('data-value'), { timeout: 30_000 }).toMatch(/^0\.\d+$/);
		// The visits chart reads assessments only: its bars are drawn.
		await expect
			.poll(() => page.locator('[data-figure="visits-by-year"] svg rect').count(), {
				timeout: 30_000
			})
			.toBeGreaterThan(5);
		await screenshot(page, `broken-extracts-no-recommendations-${view}`);
		if (view === 'default') {
			// Built with the site: every figure, R1 included, equals native DuckDB on the full data.
			expect(indicatorMismatches(await shownIndicators(page), built)).toEqual([]);
			expect(await page.locator('[data-figure="shares-by-year"] svg').count()).toBe(1);
			expect(await page.locator('main').getAttribute('data-engine')).toBe('prerendered');
		} else {
			expect(await r1WithValue(page)).toBe(0);
			expect(await page.locator('[data-figure="shares-by-year"] svg').count()).toBe(0);
		}
	});
});

test('without the derived spans file only the figures reading it fail, and the file is named', async () => {
	await overviewWithout('recommendation_spans', async (page, view) => {
		// R1 reads the status at D from the spans; V1 and the shares by year do not.
		expect(await r1WithValue(page)).toBe(view === 'default' ? 1 : 0);
		const v1 = page.locator('[data-indicator="V1"][data-value]').first();
		await expect.poll(() => v1.getAttribute('data-value'), { timeout: 30_000 }).toMatch(/^0\.\d+$/);
		await expect
			.poll(() => page.locator('[data-figure="shares-by-year"] svg').count(), { timeout: 30_000 })
			.toBe(1);
	});
});

test('an extract with its columns in another order and dates as text is cast to the schema; figures unchanged', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'ctc-reordered-'));
	cpSync(BUILD_DIR, dir, { recursive: true });
	const dataDir = join(dir, 'data');
	const manifest = readManifest(dataDir);
	const entry = manifest.tables.assessments;
	const path = join(dataDir, entry.file);
	// Reversed columns and dates as text, written by native DuckDB: the page cannot take this
	// file as the table as it is (year() of a VARCHAR fails), so it must cast it by name.
	const reversed = table('assessments')
		.columns.map((c) =>
			c.type === 'date' ? `CAST("${c.name}" AS VARCHAR) AS "${c.name}"` : `"${c.name}"`
		)
		.reverse()
		.join(', ');
	const db = await NodeQueryRunner.inMemory();
	const quoted = (p: string) => `'${p.replaceAll("'", "''")}'`;
	await db.exec(
		`COPY (SELECT ${reversed} FROM read_parquet(${quoted(path)})) TO ${quoted(path + '.new')} (FORMAT parquet)`
	);
	removeWithSiblings(path);
	cpSync(path + '.new', path);
	rmSync(path + '.new');
	const bytes = readFileSync(path);
	const tables = {
		...manifest.tables,
		assessments: {
			...entry,
			bytes: bytes.length,
			sha256: createHash('sha256').update(bytes).digest('hex')
		}
	};
	removeWithSiblings(join(dataDir, 'manifest.json'));
	writeFileSync(join(dataDir, 'manifest.json'), JSON.stringify({ ...manifest, tables }));
	const reorderedSite = await openSite(dir);
	try {
		const { page, state } = await visit(reorderedSite, '/');
		try {
			expect(state).toBe('ready');
			// The engine's answers, not the ones built with the site, must be the ones compared.
			await page
				.locator('main[data-state="ready"][data-engine="live"]')
				.waitFor({ state: 'attached', timeout: 60_000 });
			const expected = await expectedIndicators(join(BUILD_DIR, 'data'), NO_FILTERS);
			expect(indicatorMismatches(await shownIndicators(page), expected)).toEqual([]);
		} finally {
			await page.close();
		}
	} finally {
		await reorderedSite.close();
		rmSync(dir, { recursive: true, force: true });
	}
});

/**
 * Served over plain http under a host name other than localhost, a page is
 * not a secure context and has no crypto.subtle: the SHA-256 check must still
 * run (sha256.ts is plain JavaScript) and name the corrupt file, not skip it.
 */
test('on plain http from a non-local host name, a corrupt extract is still caught by its SHA-256', async () => {
	const host = 'ctc-dashboard.test';
	const server = await startServer({ dir: siteDir, port: 0, hosts: [host] });
	const browser = await chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${host} 127.0.0.1`]
	});
	try {
		const page = await browser.newPage();
		await page.goto(server.url.replace('127.0.0.1', host) + '/');
		await page
			.locator('main[data-state="ready"], main[data-state="error"]')
			.waitFor({ state: 'attached', timeout: 60_000 });
		expect(await page.evaluate(() => [window.isSecureContext, Boolean(crypto.subtle)])).toEqual([
			false,
			false
		]);
		const corrupted = brokenFiles[1];
		await expect
			.poll(() => pageText(page), { timeout: 30_000 })
			.toContain(`${corrupted} is corrupt: its SHA-256 does not match the manifest`);
	} finally {
		await browser.close();
		await server.close();
	}
});
