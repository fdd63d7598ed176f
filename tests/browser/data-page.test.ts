import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BUILD_DIR } from '../../scripts/e2e/paths';
import { NodeQueryRunner } from '../../scripts/lib/duckdb-node';
import { query } from '../../src/lib/sql/query';
import { DERIVED_TABLES } from '../../src/lib/schema';
import { readManifest } from '../helpers/indicators';
import { openSite, pageText, visit, type Site } from '../helpers/site';

const DATA_DIR = join(BUILD_DIR, 'data');

let site: Site;
beforeAll(async () => {
	site = await openSite(BUILD_DIR);
});
afterAll(async () => site?.close());

test('the data page lists every extract with the row count of its manifest and of its file', async () => {
	const manifest = readManifest(DATA_DIR);
	const db = await NodeQueryRunner.fromExtracts(DATA_DIR);
	const { page, state } = await visit(site, '/data');
	try {
		expect(state, await pageText(page)).toBe('ready');
		expect(await page.locator('[data-manifest-tier]').getAttribute('data-manifest-tier')).toBe(
			manifest.tier
		);
		const shown = await page.$$eval('tr[data-table]', (rows) =>
			rows.map((r) => ({
				table: r.getAttribute('data-table') ?? '',
				// Row counts are formatted for the reader ("12,345"); keep the digits.
				rows: Number((r.querySelectorAll('td')[1]?.textContent ?? '').replace(/\D/g, ''))
			}))
		);
		expect(shown.map((s) => s.table).sort()).toEqual(Object.keys(manifest.tables).sort());
		for (const [name, entry] of Object.entries(manifest.tables)) {
			const [{ n }] = await db.run(query<{ n: number }>(`SELECT count(*) AS n FROM "${name}"`));
			expect(n, `${entry.file}: the manifest's row count is not the file's`).toBe(entry.rows);
			expect(shown.find((s) => s.table === name)?.rows, `${name} on the page`).toBe(entry.rows);
		}
		// The derived tables are named with their columns, and they exist in the loaded database.
		const derived = await page.$$eval('[data-derived-tables] li code:first-child', (codes) =>
			codes.map((c) => c.textContent)
		);
		expect(derived).toEqual(DERIVED_TABLES.map((d) => d.name));
		for (const d of DERIVED_TABLES) {
			const [{ n }] = await db.run(query<{ n: number }>(`SELECT count(*) AS n FROM "${d.name}"`));
			expect(n, d.name).toBeGreaterThan(0);
		}
	} finally {
		await page.close();
	}
});
