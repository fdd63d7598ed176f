import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BUILD_DIR } from '../../scripts/e2e/paths';
import { NodeQueryRunner } from '../../scripts/lib/duckdb-node';
import { query } from '../../src/lib/queries/query';
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
	} finally {
		await page.close();
	}
});
