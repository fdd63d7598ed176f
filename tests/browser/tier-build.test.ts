import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { extractsFor, PUBLIC_BUILD_DIR } from '../../scripts/e2e/paths';
import { NodeQueryRunner } from '../../scripts/lib/duckdb-node';
import { query } from '../../src/lib/sql/query';
import { DERIVED_TABLES } from '../../src/lib/schema';
import { ManyPatternSearch } from '../helpers/byte-search';
import { readManifest } from '../helpers/indicators';
import {
	filesUnder,
	freeTexts,
	nonPublicRows,
	parquetColumns,
	textValues
} from '../helpers/parquet-files';

const PUBLIC_DATA = join(PUBLIC_BUILD_DIR, 'data');

/** A file's bytes as a browser would get them: .br and .gz siblings decompressed. */
function contentOf(path: string): Buffer {
	const raw = readFileSync(path);
	if (path.endsWith('.br')) return brotliDecompressSync(raw);
	if (path.endsWith('.gz')) return gunzipSync(raw);
	return raw;
}

/** The forms a text takes in built files: as is, inside a JS/JSON string, inside HTML. */
function encodings(text: string): string[] {
	const json = JSON.stringify(text).slice(1, -1);
	const html = text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&#39;');
	return [...new Set([text, json, html])];
}

let db: NodeQueryRunner;
let files: string[];
beforeAll(async () => {
	if (!existsSync(join(PUBLIC_DATA, 'manifest.json'))) {
		throw new Error(`No public build at ${PUBLIC_BUILD_DIR}: run "tsx scripts/e2e/prepare.ts".`);
	}
	db = await NodeQueryRunner.inMemory();
	files = filesUnder(PUBLIC_BUILD_DIR);
});

describe('public build', () => {
	test('serves the public manifest and exactly the public extract files', () => {
		const served = readManifest(PUBLIC_DATA);
		const extracts = readManifest(extractsFor('public'));
		expect(served.tier).toBe('public');
		expect(served.tables).toEqual(extracts.tables);
		// The /data page's own load data, which SvelteKit writes beside the extracts: the manifest.
		const pageData = readFileSync(join(PUBLIC_DATA, '__data.json'), 'utf8');
		expect(pageData).toContain(served.builtAt);
		const allowed = new Set([
			'manifest.json',
			'__data.json',
			...Object.values(extracts.tables).map((t) => t.file)
		]);
		const dataFiles = filesUnder(PUBLIC_DATA).map((f) => basename(f).replace(/\.(br|gz)$/, ''));
		expect(dataFiles.filter((f) => !allowed.has(f))).toEqual([]);
		for (const t of Object.values(served.tables)) {
			const sha = createHash('sha256')
				.update(readFileSync(join(PUBLIC_DATA, t.file)))
				.digest('hex');
			expect(sha, `${t.file} differs from the public extract`).toBe(t.sha256);
		}
	});

	test('every Parquet file anywhere in it holds public rows only', async () => {
		const parquet = files.filter((f) => f.endsWith('.parquet'));
		expect(parquet.length).toBeGreaterThan(0);
		let checkedRows = 0;
		for (const file of parquet) {
			const columns = await parquetColumns(db, file);
			if (!columns.some((c) => c.name === 'conf_level')) continue;
			expect(await nonPublicRows(db, file), relative(PUBLIC_BUILD_DIR, file)).toBe(0);
			checkedRows++;
		}
		// Fact tables carry conf_level; if none did, this test would prove nothing.
		expect(checkedRows).toBeGreaterThan(0);
	});

	test('every derived file holds rows of public recommendations only', async () => {
		const recommendations = join(PUBLIC_DATA, 'recommendations.parquet');
		for (const d of DERIVED_TABLES) {
			// Derived rows carry no conf_level; their rec_id ties each to a recommendation.
			expect(d.columns.map((c) => c.name)).toContain('rec_id');
			const [row] = await db.run(
				query<{ n: number; outside: number }>(
					`SELECT count(*) AS n, count(*) FILTER (WHERE rec_id NOT IN
						(SELECT rec_id FROM read_parquet($1))) AS outside
					FROM read_parquet($2)`,
					[recommendations, join(PUBLIC_DATA, `${d.name}.parquet`)]
				)
			);
			expect([d.name, row.n > 0, row.outside]).toEqual([d.name, true, 0]);
		}
	});

	test('no free text of a higher tier appears in any file, compressed or not', async () => {
		const publicTexts = await freeTexts(db, extractsFor('public'));
		const forbidden = [...(await freeTexts(db, extractsFor('restricted')))].filter(
			(t) => !publicTexts.has(t) && Buffer.byteLength(t) >= ManyPatternSearch.PREFIX
		);
		expect(
			forbidden.length,
			'the demo data has no non-public free text to look for'
		).toBeGreaterThan(0);

		const patternText = new Map<Buffer, string>();
		for (const text of forbidden) {
			for (const form of encodings(text)) patternText.set(Buffer.from(form), text);
		}
		const search = new ManyPatternSearch(patternText.keys());
		// The scanner must find a text it is given, or an empty leak list would prove nothing.
		const planted = Buffer.from(`<p>${forbidden[forbidden.length - 1]}</p>`);
		expect(search.findIn(planted).size).toBeGreaterThan(0);
		const leaks: string[] = [];
		for (const file of files) {
			const name = relative(PUBLIC_BUILD_DIR, file);
			if (file.endsWith('.parquet')) {
				// Parquet pages are compressed: compare decoded values instead of bytes.
				const values = await textValues(db, file);
				for (const text of forbidden) if (values.has(text)) leaks.push(`${name}: "${text}"`);
				continue;
			}
			for (const p of search.findIn(contentOf(file)))
				leaks.push(`${name}: "${patternText.get(p)}"`);
		}
		expect(leaks).toEqual([]);
	});
});
