/**
 * The report's Word document, opened in real office software: the DOCX is
 * converted by LibreOffice (`soffice --headless --convert-to pdf`) and the
 * PDF's text read back with pdftotext, page by page.
 *
 * Looked at once (pdftoppm -r 50 of the converted PDF, 2026-12-03): four A4
 * pages, each with the bold marking centred in the header and, in the footer,
 * the marking on the left and "Page n of 4" on the right. Page 1: the title,
 * the pin sentence, "1. Assessment visits", the bold caption above the image
 * (the blue bar where it was drawn, at the full text width), the italic source
 * line and the summary. Page 2: "2. Coverage" on a new page, the caption and a
 * gridded table, bold header row, numbers flush right, rows 1-54. Page 3: the
 * header row again, rows 55-60, the source and the summary; the rest blank.
 * Page 4: the annex heading and its definition.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { convertWithOffice, sofficePath } from '../../../scripts/report/office';
import { buildReportDocx, type ReportDocxContent } from '../../../src/lib/export/report-docx';
import { testPng } from '../../helpers/test-png';

const hasOffice = sofficePath() !== null && existsSync('/usr/bin/pdftotext');

const MARKING = 'RESTRICTED - Synthetic demo data';
/** 60 rows: enough for the table to run onto a second page and repeat its header there. */
const ROWS = Array.from({ length: 60 }, (_, i) => [
	`Region ${i + 1}`,
	String(1000 + i * 7),
	`${(i * 1.5).toFixed(1)}%`
]);

const content: ReportDocxContent = {
	title: 'Annual report 2025: figures and tables',
	year: 2025,
	pin: {
		d: '2025-12-31',
		hash: 'dea950f6',
		tier: 'restricted',
		text: 'All figures as at 31 Dec 2025, extract dea950f6, RESTRICTED.'
	},
	marking: MARKING,
	chapters: [
		{
			title: 'Assessment visits',
			items: [
				{
					kind: 'figure',
					number: 1,
					caption: 'Cumulative assessment visits by year',
					png: testPng(640, 320),
					width: 640,
					height: 320,
					source: 'Source: CTED assessment records.',
					summary: 'By 31 Dec 2025, 412 visits to 150 Member States.'
				}
			]
		},
		{
			title: 'Coverage',
			items: [
				{
					kind: 'table',
					number: 1,
					caption: 'Visit coverage by region',
					header: ['Region', 'States visited', 'Coverage'],
					rows: ROWS,
					numeric: [false, true, true],
					source: 'Source: CTED assessment records.',
					summary: 'Coverage rose in every region.'
				}
			]
		}
	],
	definitions: {
		title: 'Annex: definitions',
		entries: [{ term: 'V1 Coverage', text: 'Member States visited at least once by D.' }]
	},
	labels: { figure: 'Figure', table: 'Table', page: 'Page', of: 'of' }
};

describe('report as DOCX', () => {
	let docx: Uint8Array;
	beforeAll(async () => {
		docx = await buildReportDocx(content);
	});

	test('uses Word style names, a repeated header row and right-aligned numbers', async () => {
		const zip = await JSZip.loadAsync(docx);
		const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
		const body = (await zip.file('word/document.xml')?.async('string')) ?? '';
		for (const id of ['Heading1', 'Heading2', 'Caption', 'TableGrid'])
			expect(styles).toContain(`w:styleId="${id}"`);
		expect(body).toContain('<w:tblStyle w:val="TableGrid"/>');
		expect(body.match(/<w:tblHeader\/>/g)).toHaveLength(1);
		expect(body).toContain('<w:pgSz w:w="11906" w:h="16838"');
		const cell1000 = body.indexOf('>1000<');
		expect(body.lastIndexOf('<w:jc w:val="right"/>', cell1000)).toBeGreaterThan(
			body.lastIndexOf('<w:tc>', cell1000)
		);
		expect(Object.keys(zip.files).some((f) => /^word\/media\/.+\.png$/.test(f))).toBe(true);
		const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
		expect(core).toContain('<dc:subject>2025</dc:subject>');
		expect(core).toContain('D 2025-12-31, dea950f6, restricted');
	});

	describe.skipIf(!hasOffice)('opened in LibreOffice', () => {
		let dir: string;
		let pages: string[];
		beforeAll(() => {
			dir = mkdtempSync(join(tmpdir(), 'report-docx-'));
			writeFileSync(join(dir, 'report.docx'), docx);
			convertWithOffice(join(dir, 'report.docx'), dir, 'pdf');
			pages = execFileSync('pdftotext', ['-layout', join(dir, 'report.pdf'), '-'])
				.toString()
				.split('\f')
				.filter((p) => p.trim() !== '');
		}, 120_000);
		afterAll(() => {
			if (process.env.KEEP_DOCX_PDF) console.log(`PDF kept in ${dir}`);
			else rmSync(dir, { recursive: true, force: true });
		});

		test('title, caption, source, summary and annex are in the text', () => {
			const text = pages.join('\n');
			expect(text).toContain(content.title);
			expect(text).toContain(content.pin.text);
			expect(text).toContain('1. Assessment visits');
			expect(text).toContain('2. Coverage');
			expect(text).toContain('Figure 1. Cumulative assessment visits by year');
			expect(text).toContain('Table 1. Visit coverage by region');
			expect(text).toContain('By 31 Dec 2025, 412 visits to 150 Member States.');
			expect(text).toContain('Annex: definitions');
			expect(text).toContain('Member States visited at least once by D.');
		});

		test('every page carries the marking twice and its number', () => {
			// Title and figure, then the table over at least two pages, then the annex.
			expect(pages.length).toBeGreaterThanOrEqual(4);
			pages.forEach((page, i) => {
				expect(page.split(MARKING).length - 1, `page ${i + 1}`).toBe(2);
				expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
			});
		});

		test("every row's numbers are there, and the header row repeats on the table's next page", () => {
			const text = pages.join('\n');
			for (const [region, visited, coverage] of ROWS)
				expect(text).toMatch(
					new RegExp(`${region}\\s+${visited}\\s+${coverage.replace('.', '\\.')}`)
				);
			const withHeader = pages.filter((p) => /Region\s+States visited\s+Coverage/.test(p));
			expect(withHeader.length).toBeGreaterThanOrEqual(2);
		});
	});

	test.skipIf(hasOffice)('LibreOffice is not installed: the conversion checks were skipped', () => {
		console.warn('soffice not found: the DOCX was not opened in LibreOffice (CI installs it).');
		expect(hasOffice).toBe(false);
	});
});
