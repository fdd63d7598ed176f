/**
 * `npm run report`: the annual report's book from extracts on native DuckDB,
 * without a browser. The demo dataset is generated and built into extracts in
 * a temporary folder; the command writes the DOCX, which LibreOffice converts
 * to PDF, and its text (pdftotext) is checked against the page's own queries
 * run on native DuckDB.
 *
 * Looked at once (pdftoppm -r 70 of the converted PDF, restricted tier, 2025,
 * 2026-12-03): ten A4 pages, the bold marking "RESTRICTED - Synthetic demo
 * data" centred at the top of each and, at the bottom, the marking on the left
 * and "Page n of 10" on the right. Page 1: the title, the pin sentence, "1.
 * Visits and coverage", Figure 1 (the two step lines of visits and States
 * visited in blue and orange, labelled at their ends, in Source Sans 3), its
 * italic source line and summary, then Table 1 with its gridded regions and
 * the bold total row, numbers flush right. Figure 3's bars carry their
 * percentages and n / N at the right; chapter 2 onwards each start a page; the
 * annex lists the definitions on the last two pages.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateDemoData, DEFAULT_SEED } from '../../../scripts/demo-data/generate';
import { DEFAULT_REFERENCE_DIR } from '../../../scripts/demo-data/reference';
import { buildExtracts } from '../../../scripts/extracts';
import { NodeQueryRunner } from '../../../scripts/lib/duckdb-node';
import { ArgsError, parseReportArgs } from '../../../scripts/report/args';
import { runBook, type BookRun } from '../../../scripts/report/book';
import { convertWithOffice, sofficePath } from '../../../scripts/report/office';
import { REPORT_FIGURE_WIDTH } from '../../../src/lib/export/report-book';
import { extractVersion } from '../../../src/lib/hash/extract-version';
import { REPORT_PNG_SCALE } from '../../../src/lib/export/report-docx-content';
import { NO_FILTERS } from '../../../src/lib/queries/filters';
import { followupStatus } from '../../../src/lib/queries/followup';
import { cumulativeVisits, stateVisits } from '../../../src/lib/queries/visits';
import { appData } from '../../../src/lib/state/app-data.svelte';
import { collectQueries, queryKey } from '../../../src/lib/state/prerendered.svelte';
import { ReportState } from '../../../src/lib/state/report.svelte';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const YEAR = 2025;
const MARKING = 'RESTRICTED - Synthetic demo data';
const hasOffice = sofficePath() !== null;

/** Runs `npm run report` (its script, as npm would) and returns its exit code and output. */
function report(args: readonly string[]) {
	const r = spawnSync('npx', ['tsx', 'scripts/report/main.ts', ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		timeout: 110_000
	});
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run report: arguments', () => {
	test('reads year, tier, format and output, with defaults', () => {
		expect(parseReportArgs(['--year', '2025'])).toEqual({
			year: 2025,
			tier: 'public',
			format: 'docx',
			out: 'annual-report-2025-public.docx',
			extracts: 'data/extracts'
		});
		expect(
			parseReportArgs(['--year=2024', '--tier', 'restricted', '--format', 'pdf', '--out', 'x.pdf'])
		).toMatchObject({ year: 2024, tier: 'restricted', format: 'pdf', out: 'x.pdf' });
	});

	test.each([
		[[], /--year is required/],
		[['--year', '25'], /not a reporting year/],
		[['--year', '2025', '--tier', 'secret'], /--tier "secret" is not a tier/],
		[['--year', '2025', '--format', 'odt'], /--format "odt" is not one of docx, pdf, zip/],
		[['--year'], /--year needs a value/],
		[['--year', '2025', '--year', '2024'], /given twice/],
		[['2025'], /Unknown argument "2025"/]
	])('refuses %j', (argv, message) => {
		expect(() => parseReportArgs(argv)).toThrow(ArgsError);
		expect(() => parseReportArgs(argv)).toThrow(message);
	});

	test('a bad command line exits with code 2, the reason and the usage', () => {
		const r = report(['--year', '2025', '--tier', 'secret']);
		expect(r.code).toBe(2);
		expect(r.stderr).toContain('--tier "secret" is not a tier');
		expect(r.stderr).toContain('Usage: npm run report');
	});

	test('missing extracts exit with code 1 and say what to do, for every format', () => {
		const empty = mkdtempSync(join(tmpdir(), 'report-none-'));
		try {
			const missing = report(['--year', '2025', '--extracts', empty]);
			expect(missing.code).toBe(1);
			expect(missing.stderr).toMatch(/manifest\.json does not exist: build the extracts first/);
			const zip = report(['--year', '2025', '--format', 'zip', '--extracts', empty]);
			expect(zip.code).toBe(1);
			expect(zip.stderr).toMatch(/manifest\.json does not exist: build the extracts first/);
		} finally {
			rmSync(empty, { recursive: true, force: true });
		}
	});
});

describe('npm run report: the book from the demo extracts', () => {
	let dir: string;
	let extracts: string;
	let run: BookRun;
	let db: NodeQueryRunner;
	let docx: Buffer;

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'report-cli-'));
		generateDemoData({ seed: DEFAULT_SEED, scale: 1, outDir: join(dir, 'demo') });
		extracts = join(dir, 'extracts');
		const built = await buildExtracts({
			source: join(dir, 'demo'),
			reference: DEFAULT_REFERENCE_DIR,
			out: extracts,
			now: () => new Date('2026-11-15T12:00:00.000Z')
		});
		if (!built.ok) throw new Error('The demo extracts did not build.');
		run = await runBook(extracts, 'restricted', YEAR);
		db = await NodeQueryRunner.fromExtracts(join(extracts, 'restricted'));
		const out = join(dir, 'book.docx');
		const r = report([
			'--year',
			String(YEAR),
			'--tier',
			'restricted',
			'--extracts',
			extracts,
			'--out',
			out
		]);
		if (r.code !== 0) throw new Error(`npm run report failed (${r.code}): ${r.stderr}`);
		docx = readFileSync(out);
	}, 180_000);
	afterAll(() => {
		db?.connection.closeSync();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	test("runs exactly the queries the report page's state runs for the year (same SQL, same values)", () => {
		appData.useManifest(run.manifest);
		const page = collectQueries(new Map(), () => new ReportState(() => YEAR));
		const cli = new Set(run.queries.map((q) => queryKey(q)));
		expect(cli.size).toBe(run.queries.length);
		expect([...cli].sort()).toEqual([...page.keys()].sort());
		expect(run.book.d).toBe(`${YEAR}-12-31`);
	});

	test('the DOCX holds four figures as PNG at print resolution', async () => {
		const zip = await JSZip.loadAsync(docx);
		const media = Object.keys(zip.files).filter((f) => /^word\/media\/.+\.png$/.test(f));
		expect(media).toHaveLength(4);
		for (const file of media) {
			const png = await zip.file(file)!.async('nodebuffer');
			expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
			// IHDR width: the figure's CSS width times the print scale.
			expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(REPORT_FIGURE_WIDTH * REPORT_PNG_SCALE);
		}
		const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
		expect(core).toContain(`D ${YEAR}-12-31`);
	});

	test("--format zip writes the figure pack: five files per figure, the README's pin, Figure 1's CSV equal to native DuckDB", async () => {
		const out = join(dir, 'figures.zip');
		const r = report([
			'--year',
			String(YEAR),
			'--tier',
			'restricted',
			'--extracts',
			extracts,
			'--format',
			'zip',
			'--out',
			out
		]);
		expect(r.code, r.stderr).toBe(0);
		const pack = await JSZip.loadAsync(readFileSync(out));
		const names = Object.keys(pack.files).sort();
		const figures = run.book.chapters.flatMap((c) => c.items).filter((i) => i.kind === 'figure');
		expect(figures).toHaveLength(4);
		expect(names).toHaveLength(5 * figures.length + 1);
		const readme = (await pack.file('README.txt')!.async('string')).split('\r\n');
		expect(readme).toContain(`Extract reference date (D): ${YEAR}-12-31`);
		expect(readme).toContain(`Extract version (SHA-256): ${extractVersion(run.manifest).hash}`);
		expect(readme).toContain('Confidentiality tier: RESTRICTED');
		for (const figure of figures) {
			expect(readme).toContain(`Figure ${figure.number}. ${figure.title}`);
			const stem = names
				.find((n) => n.startsWith(`figure-0${figure.number}_`))!
				.replace(/\.[a-z]+$/, '');
			for (const ext of ['.svg', '@2x.png', '_slide.png', '.csv', '.xlsx'])
				expect(names).toContain(stem + ext);
			const slide = await pack.file(`${stem}_slide.png`)!.async('nodebuffer');
			expect([slide.readUInt32BE(16), slide.readUInt32BE(20)]).toEqual([1920, 1080]);
		}
		const stem = names.find((n) => n.startsWith('figure-01_'))!.replace(/\.[a-z]+$/, '');
		const csv = (await pack.file(`${stem}.csv`)!.async('string')).split('\r\n');
		const [header, ...body] = csv.slice(5).filter((line) => line !== '');
		expect(header).toBe('year,visits,cumulative_visits,cumulative_states');
		const expected = await db.run(cumulativeVisits(NO_FILTERS, run.book.d));
		expect(expected.length).toBeGreaterThan(3);
		expect(body).toEqual(
			expected.map((v) =>
				[v.year, v.visits, v.cumulative_visits, v.cumulative_states].map(String).join(',')
			)
		);
	}, 120_000);

	describe.skipIf(!hasOffice)('opened in LibreOffice', () => {
		let pages: string[];
		let text: string;
		beforeAll(() => {
			const file = join(dir, 'converted.docx');
			execFileSync('cp', [join(dir, 'book.docx'), file]);
			const pdf = convertWithOffice(file, dir, 'pdf');
			pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
				.split('\f')
				.filter((p) => p.trim() !== '');
			text = pages.join('\n');
		}, 180_000);

		test('every page carries the marking in its header and footer, and its number', () => {
			expect(pages.length).toBeGreaterThanOrEqual(6);
			pages.forEach((page, i) => {
				expect(page.split(MARKING).length - 1, `page ${i + 1}`).toBe(2);
				expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
			});
		});

		test('every figure and table is there with its number, caption and summary', () => {
			const flat = text.replace(/\s+/g, ' ');
			for (const chapter of run.book.chapters) {
				for (const item of chapter.items) {
					const label = item.kind === 'figure' ? 'Figure' : 'Table';
					expect(flat).toContain(`${label} ${item.number}. ${item.title}`);
					expect(flat).toContain(item.summary.replace(/\s+/g, ' '));
				}
			}
			expect(flat).toContain('Annex: definitions of the indicators');
		});

		test("Table 1's numbers equal the page's query on native DuckDB, counted here by region", async () => {
			const states = await db.run(stateVisits(NO_FILTERS, run.book.d));
			const regions = [...new Set(states.map((s) => s.region))].sort();
			expect(regions.length).toBeGreaterThan(3);
			for (const region of regions) {
				const members = states.filter((s) => s.region === region);
				const visited = members.filter((s) => s.coverage_group !== 'never').length;
				const pct = `${((100 * visited) / members.length).toFixed(1).replace(/\.0$/, '')}%`;
				expect(text).toMatch(
					new RegExp(`${region}\\s+${members.length}\\s+${visited}\\s+${pct.replace('.', '\\.')}`)
				);
			}
		});

		test("Table 2's counts by year of adoption equal the page's query", async () => {
			const rows = await db.run(followupStatus(NO_FILTERS, run.book.d));
			const years = [...new Set(rows.map((r) => Number(r.report_adopted.slice(0, 4))))].sort();
			expect(years.length).toBeGreaterThan(3);
			for (const year of years) {
				const of = (state: string) =>
					rows.filter(
						(r) => r.followup_state === state && r.report_adopted.startsWith(String(year))
					).length;
				expect(text).toMatch(
					new RegExp(
						`\\n\\s*${year}\\s+${of('on_time')}\\s+${of('late')}\\s+${of('overdue')}\\s+${of('not_due')}\\s`
					)
				);
			}
		});
	});

	test.skipIf(hasOffice)('LibreOffice is not installed: the conversion checks were skipped', () => {
		console.warn('soffice not found: the DOCX was not opened in LibreOffice (CI installs it).');
		expect(hasOffice).toBe(false);
	});
});
