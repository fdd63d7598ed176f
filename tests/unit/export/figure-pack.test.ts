import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { CSV_PREAMBLE_LINES } from '../../../src/lib/export/data-download';
import { exportContext, sourceLine } from '../../../src/lib/export/export-context';
import {
	buildFigurePack,
	packFileNames,
	type PackFigure,
	type PackPin
} from '../../../src/lib/export/figure-pack';
import type { ChartImage } from '../../../src/lib/export/figure-svg';
import { extractVersion } from '../../../src/lib/hash/extract-version';
import { NO_FILTERS } from '../../../src/lib/queries/filters';
import type { ExtractManifest } from '../../../src/lib/schema';

const manifest: ExtractManifest = {
	schemaVersion: 1,
	tier: 'restricted',
	referenceDate: '2026-10-29',
	source: 'demo',
	builtAt: '2026-11-01T00:00:00Z',
	tables: { visits: { sha256: 'b'.repeat(64) } } as unknown as ExtractManifest['tables']
};
const version = extractVersion(manifest);
const ctx = exportContext({
	manifest,
	tier: 'restricted',
	filters: { ...NO_FILTERS, yearFrom: 2018 },
	toggles: [],
	filtersApply: true
});
const pin: PackPin = {
	d: manifest.referenceDate,
	hash: version.hash,
	tier: 'restricted',
	marking: 'RESTRICTED - Synthetic demo data'
};

const chart = (label: string): ChartImage => ({
	markup: `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><text x="10" y="20">${label}</text></svg>`,
	width: 400,
	height: 200,
	legend: []
});

// Text that a spreadsheet would run, a comma and a quote, an empty cell, a negative number.
const visitsRows = [
	{ year: 2023, region: 'Africa', visits: 12, share: 0.25 },
	{ year: 2024, region: '=HYPERLINK("x")', visits: -3, share: null },
	{ year: 2024, region: 'Asia, "Pacific"', visits: 0, share: 0.5 }
];
const figures: PackFigure[] = [
	{
		number: 1,
		text: {
			title: 'Visits by year',
			subtitle: 'Country visits each year.',
			source: 'Source: CTED visit records, extract of 29 Oct 2026.'
		},
		ctx,
		chart: chart('visits'),
		table: { columns: ['year', 'region', 'visits', 'share'], rows: visitsRows }
	},
	{
		number: 2,
		text: {
			title: 'FATF ratings: R.6 (targeted financial sanctions)',
			subtitle: 'Ratings of R.6.',
			source: 'Source: FATF consolidated assessment ratings (FATF/OECD).'
		},
		ctx,
		chart: chart('fatf'),
		table: { columns: ['rating', 'states'], rows: [{ rating: 'LC', states: 40 }] }
	}
];

async function pack() {
	const calls: { width: number; height: number; scale: number }[] = [];
	const bytes = await buildFigurePack(figures, pin, {
		prepared: '2026-12-03',
		// Node has no canvas: the browser test checks real PNGs; here each call is recorded.
		rasterise: async (svg, width, height, scale) => {
			calls.push({ width, height, scale });
			return new TextEncoder().encode(`PNG ${width}x${height}@${scale} ${svg.length}`);
		}
	});
	return { files: unzipSync(bytes), calls };
}

describe('figure pack', () => {
	test('holds, for each figure, SVG, PNG 2x, slide PNG, CSV and XLSX, and a README', async () => {
		const { files, calls } = await pack();
		const names = figures.flatMap((f) => Object.values(packFileNames(f)));
		expect(Object.keys(files).sort()).toEqual([...names, 'README.txt'].sort());
		expect(packFileNames(figures[1]).svg).toBe(
			'figure-02_fatf-ratings-r-6-targeted-financial-sanctions.svg'
		);

		const svg = strFromU8(files[packFileNames(figures[0]).svg]);
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(svg).toContain('Visits by year');
		expect(svg).toContain('RESTRICTED - Synthetic demo data');
		expect(svg).toContain(`Version ${version.shortHash}`);
		const width = Number(/^<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
		const height = Number(/^<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
		// Per figure: the page SVG at 2x, then the slide at 1920x1080.
		expect(calls.slice(0, 2)).toEqual([
			{ width, height, scale: 2 },
			{ width: 1920, height: 1080, scale: 1 }
		]);
		expect(calls).toHaveLength(4);
		expect(strFromU8(files[packFileNames(figures[0]).png2x])).toBe(
			`PNG ${width}x${height}@2 ${svg.length}`
		);
	});

	test('each CSV is the figure table, after the marking, title, filters, source and stamp', async () => {
		const { files } = await pack();
		const text = strFromU8(files[packFileNames(figures[0]).csv]);
		const records: string[][] = parse(text, { relaxColumnCount: true });
		expect(records.slice(0, CSV_PREAMBLE_LINES).map((r) => r[0])).toEqual([
			'RESTRICTED - Synthetic demo data',
			'Visits by year',
			ctx.filters,
			figures[0].text.source,
			ctx.stamp
		]);
		const [header, ...body] = records.slice(CSV_PREAMBLE_LINES);
		expect(header).toEqual(['year', 'region', 'visits', 'share']);
		expect(body).toEqual([
			['2023', 'Africa', '12', '0.25'],
			['2024', `'=HYPERLINK("x")`, '-3', ''],
			['2024', 'Asia, "Pacific"', '0', '0.5']
		]);
	});

	test('each XLSX holds the table rows and a notes sheet with D and the hash', async () => {
		const { files } = await pack();
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(files[packFileNames(figures[0]).xlsx].buffer as ArrayBuffer);
		const rows: unknown[][] = [];
		workbook.getWorksheet('Data')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
		expect(rows).toEqual([
			['year', 'region', 'visits', 'share'],
			[2023, 'Africa', 12, 0.25],
			[2024, `'=HYPERLINK("x")`, -3],
			[2024, 'Asia, "Pacific"', 0, 0.5]
		]);
		const notes = new Map<string, unknown>();
		workbook.getWorksheet('Notes')!.eachRow((row) => {
			notes.set(String(row.getCell(1).value ?? ''), row.getCell(2).value);
		});
		expect(notes.get('Extract reference date')).toBe('2026-10-29');
		expect(notes.get('Extract version (SHA-256)')).toBe(version.hash);
	});

	test('README.txt lists numbers, captions, sources, D, the hash and the tier', async () => {
		const { files } = await pack();
		const lines = strFromU8(files['README.txt']).split('\r\n');
		expect(lines).toContain('RESTRICTED - Synthetic demo data');
		expect(lines).toContain('Extract reference date (D): 2026-10-29');
		expect(lines).toContain(`Extract version (SHA-256): ${version.hash}`);
		expect(lines).toContain('Confidentiality tier: RESTRICTED');
		expect(lines).toContain('Figure 1. Visits by year');
		expect(lines).toContain('Figure 2. FATF ratings: R.6 (targeted financial sanctions)');
		// The CTED source names D, so the stamp after it gives the version only; FATF's gets the full stamp.
		expect(lines).toContain(
			`  Source: Source: CTED visit records, extract of 29 Oct 2026. Version ${version.shortHash}. RESTRICTED - Synthetic demo data.`
		);
		expect(lines).toContain(`  Source: ${sourceLine(figures[1].text.source, ctx)}`);
		expect(sourceLine(figures[1].text.source, ctx)).toContain('Extract of 29 Oct 2026');
		const files2 = Object.values(packFileNames(figures[1])).join(', ');
		expect(lines).toContain(`  Files: ${files2}`);
	});
});
