/**
 * The briefing deck (PPTX) and the figure workbooks (XLSX), opened in real
 * office software: LibreOffice converts them (`soffice --headless
 * --convert-to pdf`, and the workbooks also to CSV) in two runs in all, and
 * pdftotext reads the pages back. The workbooks' rows come from the SQL on
 * native DuckDB over a small fixture, with hand-computed answers.
 *
 * Looked at once (pdftoppm -r 40 of the converted PDFs, 2026-12-03): the deck is
 * 12 landscape pages, each with the red marking strip, white text, across the
 * top and bottom. Page 1: the bold title, the grey subtitle, the date line and
 * the marking. Pages 2-11: the bold title top left, the blue test image in the
 * image box, the grey source line with "Version dea950f6" under it. Page 12:
 * "Sources" and ten bullets. The workbook PDFs: the Data sheet (bold header,
 * numbers right-aligned) and the Notes sheet, each on one A4 page with the
 * marking in header and footer and "n / 2" at the foot. Before the column
 * widths and fit-to-width page setup in figure-xlsx.ts, "median_days" was cut
 * by the next column and the Notes sheet printed on three pages, its values
 * torn from their labels; the tests now check both.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import PptxGenJS from 'pptxgenjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { NodeQueryRunner } from '../../../scripts/lib/duckdb-node';
import { buildBriefingDeck, type DeckText } from '../../../src/lib/export/briefing-pptx';
import type { FigureData } from '../../../src/lib/export/figure-data';
import { figureXlsxBlob, type WorkbookNotes } from '../../../src/lib/export/figure-xlsx';
import { NO_FILTERS } from '../../../src/lib/queries/filters';
import { cumulativeVisits, reportTurnaround } from '../../../src/lib/queries/visits';
import type { BriefingSlide } from '../../../src/lib/state/briefing-basket';
import { insertRows, memberState, schemaDb } from '../../helpers/fixture-db';
import { testPng } from '../../helpers/test-png';

const SOFFICE = '/usr/bin/soffice';
const hasOffice = existsSync(SOFFICE) && existsSync('/usr/bin/pdftotext');
const MARKING = 'RESTRICTED - Synthetic demo data';
const D = '2024-06-30';

/** Four States visited, one desk review, one report not yet adopted; day counts in the comments. */
async function fixture(): Promise<NodeQueryRunner> {
	const db = await schemaDb();
	await insertRows(
		db,
		'member_states',
		['KEN', 'NGA', 'FRA', 'POL', 'IND'].map((iso3) => memberState(iso3))
	);
	const a = (
		assessment_id: string,
		iso3: string,
		assessment_type: string,
		visit_end: string | null,
		report_adopted: string | null
	) => ({
		assessment_id,
		iso3,
		assessment_type,
		visit_start: visit_end,
		visit_end,
		report_adopted
	});
	await insertRows(db, 'assessments', [
		a('v1', 'KEN', 'comprehensive', '2019-06-30', '2019-12-27'), // 180 days
		a('v2', 'KEN', 'follow_up', '2022-01-10', '2022-04-20'), // 100 days
		a('v3', 'FRA', 'focused', '2014-06-30', '2014-09-28'), // 90 days
		a('v4', 'POL', 'comprehensive', '2019-06-30', '2020-06-30'), // 366 days
		a('v5', 'NGA', 'desk_review', null, '2020-01-01'), // not a visit
		a('v6', 'IND', 'comprehensive', '2012-03-01', null) // no report yet
	]);
	return db;
}

/** Ten chart slides: with the cover and the sources slide, a 12-slide deck. */
const SLIDES: BriefingSlide[] = Array.from({ length: 10 }, (_, i) => ({
	key: `figure-${i + 1}`,
	title: `Figure title ${i + 1}: assessment visits by year`,
	definition: `Definition ${i + 1}.`,
	filters: 'Filters: from 2018.',
	source: `Source ${i + 1}: CTED assessment records, extract of 29 Oct 2026.`,
	marking: MARKING,
	tier: 'restricted',
	stamp: `Version dea950f6. ${MARKING}.`,
	page: '/',
	addedAt: '2026-12-03T08:00:00Z',
	image: `data:image/png;base64,${Buffer.from(testPng(480, 196)).toString('base64')}`
}));

const DECK_TEXT: DeckText = {
	title: 'CTC-CTED briefing',
	subtitle: 'Figures from the CTC-CTED analytics dashboard',
	dateLine: 'Prepared 3 Dec 2026. Extract of 29 Oct 2026, version dea950f6.',
	sourcesTitle: 'Sources',
	marking: MARKING,
	tier: 'restricted',
	notesLabels: { definition: 'Definition:', filters: 'Filters:' }
};

const notes = (title: string): WorkbookNotes => ({
	title,
	definition: 'Hand-checked fixture.',
	filters: 'All Member States.',
	marking: MARKING,
	tier: 'RESTRICTED',
	source: 'Source: CTED assessment records.',
	version: { referenceDate: D, shortHash: 'dea950f6', hash: 'dea950f6'.repeat(8) }
});

/** Text with runs of spaces and line breaks as one space: LibreOffice wraps long lines. */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

const run = (dir: string, format: string, files: string[]) =>
	execFileSync(
		SOFFICE,
		[
			// A profile of its own: another soffice running on the machine must not take the conversion.
			`-env:UserInstallation=file://${join(dir, 'profile')}`,
			'--headless',
			'--convert-to',
			format,
			'--outdir',
			dir,
			...files.map((f) => join(dir, f))
		],
		{ stdio: 'pipe', timeout: 170_000 }
	);

const pdfPages = (file: string) =>
	execFileSync('pdftotext', ['-layout', file, '-'])
		.toString()
		.split('\f')
		.filter((p) => p.trim() !== '');

describe.skipIf(!hasOffice)('deck and workbooks opened in LibreOffice', () => {
	let dir: string;
	let db: NodeQueryRunner;
	const tables: Record<'visits' | 'turnaround', FigureData> = {
		visits: { columns: [], rows: [] },
		turnaround: { columns: [], rows: [] }
	};

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'office-files-'));
		db = await fixture();
		const visits = await db.run(cumulativeVisits(NO_FILTERS, D));
		const turnaround = await db.run(reportTurnaround(NO_FILTERS, D));
		tables.visits = {
			columns: ['year', 'visits', 'cumulative_visits', 'cumulative_states'],
			rows: visits
		};
		tables.turnaround = {
			columns: ['year', 'reports', 'median_days', 'p90_days'],
			rows: turnaround
		};
		for (const [name, data] of Object.entries(tables)) {
			const blob = await figureXlsxBlob(data, notes(name));
			writeFileSync(join(dir, `${name}.xlsx`), new Uint8Array(await blob.arrayBuffer()));
		}
		const deck = buildBriefingDeck(PptxGenJS, SLIDES, DECK_TEXT);
		writeFileSync(
			join(dir, 'deck.pptx'),
			(await deck.write({ outputType: 'nodebuffer' })) as Buffer
		);
		// Two LibreOffice runs in all: every file to PDF, then the workbooks' first sheet (Data) to CSV.
		run(dir, 'pdf', ['deck.pptx', 'visits.xlsx', 'turnaround.xlsx']);
		run(dir, 'csv', ['visits.xlsx', 'turnaround.xlsx']);
	}, 360_000);
	afterAll(() => {
		if (process.env.KEEP_OFFICE_PDF) console.log(`Converted files kept in ${dir}`);
		else if (dir) rmSync(dir, { recursive: true, force: true });
	});

	test('the fixture answers are the hand-computed ones', () => {
		expect(tables.visits.rows).toEqual([
			{ year: 2012, visits: 1, cumulative_visits: 1, cumulative_states: 1 },
			{ year: 2014, visits: 1, cumulative_visits: 2, cumulative_states: 2 },
			{ year: 2019, visits: 2, cumulative_visits: 4, cumulative_states: 4 },
			{ year: 2022, visits: 1, cumulative_visits: 5, cumulative_states: 4 }
		]);
		// 2019: 180 and 366 days; the 90th percentile is 180 + 0.9 x 186.
		expect(tables.turnaround.rows).toEqual([
			{ year: 2014, reports: 1, median_days: 90, p90_days: 90 },
			{ year: 2019, reports: 2, median_days: 273, p90_days: expect.closeTo(347.4, 9) },
			{ year: 2022, reports: 1, median_days: 100, p90_days: 100 }
		]);
	});

	test('the deck has 12 pages, each marked top and bottom, titled, and sourced', () => {
		const pages = pdfPages(join(dir, 'deck.pdf'));
		expect(pages).toHaveLength(12);
		pages.forEach((page, i) => {
			// The marking strips: the page's first and last lines.
			const lines = page
				.split('\n')
				.map((l) => l.trim())
				.filter((l) => l !== '');
			expect([lines[0], lines.at(-1)], `slide ${i + 1} marking`).toEqual([MARKING, MARKING]);
		});
		expect(flat(pages[0])).toContain(DECK_TEXT.title);
		expect(flat(pages[0])).toContain(DECK_TEXT.dateLine);
		SLIDES.forEach((slide, i) => {
			const text = flat(pages[i + 1]);
			expect(text, `slide ${i + 2} title`).toContain(slide.title);
			expect(text, `slide ${i + 2} source`).toContain(`${slide.source} ${slide.stamp}`);
		});
		const closing = flat(pages[11]);
		expect(closing).toContain(DECK_TEXT.sourcesTitle);
		for (const slide of SLIDES) expect(closing).toContain(slide.source);
	});

	test('every cell of each workbook, read back as CSV, equals the SQL row', () => {
		for (const [name, data] of Object.entries(tables)) {
			const records: string[][] = parse(readFileSync(join(dir, `${name}.csv`), 'utf8'));
			const [header, ...body] = records;
			expect(header, name).toEqual(data.columns);
			expect(body, name).toHaveLength(data.rows.length);
			body.forEach((cells, r) => {
				const row = data.rows[r] as Record<string, number>;
				data.columns.forEach((column, c) => {
					// A spreadsheet shows and writes 15 significant digits: 347.40000000000003 is 347.4.
					expect(Number(cells[c]), `${name} row ${r + 1} ${column}`).toBe(
						Number(row[column].toPrecision(15))
					);
				});
			});
		}
	});

	test('every page of each workbook carries the marking', () => {
		for (const name of Object.keys(tables)) {
			const pages = pdfPages(join(dir, `${name}.pdf`));
			// The Data sheet, then the Notes sheet, each one page wide and here one page long.
			expect(pages.length, name).toBe(2);
			// Every column name whole, not cut by the next column.
			for (const column of tables[name as keyof typeof tables].columns)
				expect(pages[0], `${name} ${column}`).toMatch(new RegExp(`(^|\\s)${column}(\\s|$)`, 'm'));
			pages.forEach((page, i) => {
				expect(page.split(MARKING).length - 1, `${name} page ${i + 1}`).toBeGreaterThanOrEqual(2);
			});
			expect(flat(pages.join(' '))).toContain('Extract version (SHA-256)');
		}
	});
});

test.skipIf(hasOffice)('LibreOffice is not installed: the conversion checks were skipped', () => {
	expect(hasOffice).toBe(false);
});
