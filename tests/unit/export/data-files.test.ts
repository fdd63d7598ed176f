import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { neutraliseFormula, safeCell } from '../../../src/lib/export/cell-safety';
import { rowsToCsv } from '../../../src/lib/export/csv';
import { fillFigureWorkbook, notesRows } from '../../../src/lib/export/figure-xlsx';

const data = {
	columns: ['category', 'numerator', 'denominator', 'rate'],
	rows: [
		{ category: '=HYPERLINK("http://x","y")', numerator: 3, denominator: 4, rate: 0.75 },
		{ category: '+cmd', numerator: -2, denominator: 0, rate: null },
		{ category: '@SUM(A1)', numerator: 1, denominator: 5, rate: 0.2 },
		{ category: '\tTab', numerator: 0, denominator: 1, rate: 0 },
		{ category: 'Africa, North', numerator: 1, denominator: 1, rate: 1 }
	],
	labels: { numerator: 'Recommendations implemented', denominator: 'Recommendations due' }
};
const notes = {
	title: 'Implementation by region',
	definition: 'Share of due recommendations implemented.',
	filters: 'Filters: years 2018-2024.',
	marking: 'RESTRICTED - Synthetic demo data',
	tier: 'RESTRICTED',
	source: 'Source: CTED assessment records (synthetic demo data), extract of 29 Oct 2026.',
	version: { referenceDate: '2026-10-29', shortHash: 'abcdef12', hash: 'abcdef12'.repeat(8) }
};

describe('formula injection', () => {
	test('text starting with = + - @ tab or CR gets an apostrophe; numbers stay numbers', () => {
		expect(['=1+1', '+1', '-1', '@a', '\tx', '\rx', 'plain', ' =x'].map(neutraliseFormula)).toEqual(
			["'=1+1", "'+1", "'-1", "'@a", "'\tx", "'\rx", 'plain', ' =x']
		);
		expect([safeCell(-3), safeCell(0.5), safeCell(null), safeCell(true), safeCell(NaN)]).toEqual([
			-3,
			0.5,
			null,
			true,
			null
		]);
	});

	test('CSV: escaped text, quoted commas and quotes, negative numbers unchanged', () => {
		const csv = rowsToCsv(data.columns as never[], data.rows, ['=marking']);
		const lines = csv.split('\r\n');
		expect(lines[0]).toBe("'=marking");
		expect(lines[2]).toBe(`"'=HYPERLINK(""http://x"",""y"")",3,4,0.75`);
		expect(lines[3]).toBe("'+cmd,-2,0,");
		expect(lines[4]).toBe("'@SUM(A1),1,5,0.2");
		expect(lines[5]).toBe("'\tTab,0,1,0");
		expect(lines[6]).toBe('"Africa, North",1,1,1');
	});
});

describe('figure workbook', () => {
	test('Data sheet has the rows with numbers as numbers; Notes sheet states everything', async () => {
		const out = new ExcelJS.Workbook();
		fillFigureWorkbook(out, data, notes);
		const back = new ExcelJS.Workbook();
		await back.xlsx.load(await out.xlsx.writeBuffer());
		const sheet = back.getWorksheet('Data')!;
		expect(sheet.getRow(1).values).toEqual([undefined, ...data.columns]);
		expect(sheet.rowCount).toBe(1 + data.rows.length);
		expect(sheet.getCell('A2').value).toBe(`'=HYPERLINK("http://x","y")`);
		expect(sheet.getCell('A2').type).toBe(ExcelJS.ValueType.String);
		expect(sheet.getCell('B3').value).toBe(-2);
		expect(sheet.getCell('D3').value).toBeNull();
		expect(sheet.headerFooter.oddHeader).toContain('RESTRICTED - Synthetic demo data');
		for (let r = 2; r <= sheet.rowCount; r++) {
			for (let c = 1; c <= 4; c++)
				expect(sheet.getRow(r).getCell(c).type).not.toBe(ExcelJS.ValueType.Formula);
		}
		const notesSheet = back.getWorksheet('Notes')!;
		const pairs = new Map<string, unknown>();
		notesSheet.eachRow((row) =>
			pairs.set(String(row.getCell(1).value ?? ''), row.getCell(2).value)
		);
		expect(pairs.get('Marking')).toBe(notes.marking);
		expect(pairs.get('Title')).toBe(notes.title);
		expect(pairs.get('Definition')).toBe(notes.definition);
		expect(pairs.get('Filters and view')).toBe(notes.filters);
		expect(pairs.get('Confidentiality tier')).toBe('RESTRICTED');
		expect(pairs.get('Source')).toBe(notes.source);
		expect(pairs.get('Extract reference date')).toBe('2026-10-29');
		expect(pairs.get('Extract version (SHA-256)')).toBe(notes.version.hash);
		expect(pairs.get('Rows')).toBe(5);
		expect(pairs.get('numerator')).toBe('Recommendations implemented');
		expect(String(pairs.get('rate'))).toContain('numerator / denominator');
	});

	test('notesRows lists every column, labelled or not', () => {
		const rows = notesRows(data, { ...notes, version: null });
		expect(rows.slice(-4).map((r) => r[0])).toEqual(data.columns);
		expect(rows.find((r) => r[0] === 'Extract version (SHA-256)')?.[1]).toBe('');
	});
});
