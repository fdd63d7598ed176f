import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundsAt } from '../../../scripts/extracts/record-bounds';
import { at, itRefuses, previousExtracts, set, type BadCase } from './bad-source';
import { fixtureTables, writeCsvSource, writeXlsxSource, type Tables } from './fixture';
import { build, readParquet, tempDir } from './harness';

/*
 * Implausible data (issue 18, part 4): dates outside the Committee's life or
 * after the build, follow-up before the report, control, invisible and
 * direction characters, and workbook cells whose text is not what a reviewer
 * sees. The tests build on BUILT_AT, 2025-06-30.
 */
const previous = previousExtracts();

/** Opens the written workbook, lets `edit` change it, and saves it. */
function editWorkbook(edit: (wb: ExcelJS.Workbook) => void): (dir: string) => Promise<void> {
	return async (dir) => {
		const path = join(dir, 'source.xlsx');
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.readFile(path);
		edit(wb);
		await wb.xlsx.writeFile(path);
	};
}

const sheet = (wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => {
	const ws = wb.getWorksheet(name);
	if (!ws) throw new Error(`no sheet ${name}`);
	return ws;
};

const cases: BadCase[] = [
	{
		name: 'a status dated 2999-12-31 (it would become D)',
		edit: (t) => set(t, 'recommendation_status', 6, 'as_of', '2999-12-31'),
		expected: [
			at(
				'recommendation_status.csv',
				8,
				'as_of',
				'"2999-12-31" is after the day of the build (2025-06-30)'
			)
		]
	},
	{
		name: 'a date the day after the build',
		edit: (t) => set(t, 'engagements', 1, 'date', '2025-07-01'),
		expected: [
			at('engagements.csv', 3, 'date', '"2025-07-01" is after the day of the build (2025-06-30)')
		]
	},
	{
		name: 'dates before resolution 1373 in every CTED table',
		edit: (t) => {
			set(t, 'assessments', 0, 'visit_start', '2001-09-27');
			set(t, 'recommendations', 2, 'issued', '1999-01-01');
			set(t, 'technical_assistance', 0, 'start_date', '2000-01-01');
		},
		expected: [
			at(
				'assessments.csv',
				2,
				'visit_start',
				'"2001-09-27" is before 2001-09-28, the adoption of resolution 1373 (no CTED record is older)'
			),
			{
				...at(
					'recommendations.csv',
					4,
					'issued',
					'"1999-01-01" is before 2001-09-28, the adoption of resolution 1373 (no CTED record is older)'
				),
				line: 5
			},
			at(
				'technical_assistance.csv',
				2,
				'start_date',
				'"2000-01-01" is before 2001-09-28, the adoption of resolution 1373 (no CTED record is older)'
			)
		]
	},
	{
		name: 'planned assistance more than five years ahead',
		edit: (t) => set(t, 'technical_assistance', 2, 'end_date', '2030-07-01'),
		expected: [
			at(
				'technical_assistance.csv',
				4,
				'end_date',
				'"2030-07-01" is more than 5 years after the day of the build (2025-06-30)'
			)
		]
	},
	{
		name: "a visit plan after next year's list",
		edit: (t) => set(t, 'visit_plan', 2, 'plan_year', '2027'),
		expected: [
			at(
				'visit_plan.csv',
				4,
				'plan_year',
				"2027 is after next year's list (2026): the day of the build is 2025-06-30"
			)
		]
	},
	{
		name: 'followup_report_date before report_adopted',
		edit: (t) => set(t, 'assessments', 0, 'followup_report_date', '2021-06-09'),
		expected: [
			at(
				'assessments.csv',
				2,
				'followup_report_date',
				'followup_report_date is before report_adopted (report_adopted 2021-06-10, followup_report_date 2021-06-09)'
			)
		]
	},
	{
		name: 'control characters: a bell in free text, a tab inside a key, an escape in a code',
		edit: (t) => {
			set(t, 'recommendations', 0, 'text', 'Adopt\u0007 a law');
			set(t, 'survey_items', 0, 'edition', '20\t16');
			set(t, 'engagements', 0, 'kind', 'workshop\u001b');
		},
		expected: [
			at(
				'recommendations.csv',
				2,
				'text',
				'holds the control character U+0007 at character 6 (only tab and line break are allowed in free text)'
			),
			at(
				'survey_items.csv',
				2,
				'edition',
				'holds the control character U+0009 at character 3 (not allowed outside free text)'
			),
			at(
				'engagements.csv',
				2,
				'kind',
				'holds the control character U+001B at character 9 (not allowed outside free text)'
			)
		]
	},
	{
		name: 'a C1 control character (U+0085) in free text',
		edit: (t) => set(t, 'recommendations', 1, 'text', 'First\u0085line'),
		expected: [
			at(
				'recommendations.csv',
				3,
				'text',
				'holds the control character U+0085 at character 6 (only tab and line break are allowed in free text)'
			)
		]
	},
	{
		name: 'zero-width and direction characters in keys and codes',
		edit: (t) => {
			set(t, 'engagements', 0, 'engagement_id', 'E1\u200b');
			set(t, 'recommendations', 1, 'area_code', '\u202ecft');
			set(t, 'assessments', 1, 'iso3', 'KEN\u2066');
		},
		expected: [
			at(
				'assessments.csv',
				3,
				'iso3',
				'holds the invisible character U+2066 LEFT-TO-RIGHT ISOLATE at character 4: keys and codes must be plain visible text'
			),
			at(
				'recommendations.csv',
				3,
				'area_code',
				'holds the invisible character U+202E RIGHT-TO-LEFT OVERRIDE at character 1: keys and codes must be plain visible text'
			),
			at(
				'engagements.csv',
				2,
				'engagement_id',
				'holds the invisible character U+200B ZERO WIDTH SPACE at character 3: keys and codes must be plain visible text'
			)
		]
	},
	{
		name: 'two keys that differ only in Unicode normalisation are one key',
		edit: (t) => {
			set(t, 'engagements', 0, 'engagement_id', 'E\u00e9');
			set(t, 'engagements', 1, 'engagement_id', 'Ee\u0301');
		},
		expected: [at('engagements.csv', 3, 'engagement_id', 'duplicate key "E\u00e9" (also on row 2)')]
	},
	{
		name: 'workbook: a formula without a saved value, with its sheet and cell',
		xlsx: {},
		files: editWorkbook((wb) => {
			sheet(wb, 'engagements').getCell('I3').value = { formula: 'SUM(I2:I2)' } as ExcelJS.CellValue;
		}),
		expected: [
			{
				file: 'source.xlsx',
				sheet: 'engagements',
				row: 3,
				column: 'participants_total',
				reason:
					'cell I3 holds the formula =SUM(I2:I2) without a saved value: open the workbook in Excel or LibreOffice and save it, or type the value'
			}
		]
	},
	{
		name: 'workbook: a hidden sheet and a hidden row',
		xlsx: {},
		files: editWorkbook((wb) => {
			sheet(wb, 'visit_plan').state = 'hidden';
			sheet(wb, 'engagements').getRow(4).hidden = true;
		}),
		expected: [
			{
				file: 'source.xlsx',
				sheet: 'engagements',
				row: 4,
				column: null,
				reason:
					'the row is hidden in the workbook: unhide it, or delete it, so that what is built is what the workbook shows'
			},
			{
				file: 'source.xlsx',
				sheet: 'visit_plan',
				row: null,
				column: null,
				reason:
					'sheet is hidden in the workbook: unhide it, or delete it, so that what is built is what the workbook shows'
			}
		]
	}
];

describe('implausible data is refused with file, row, column and reason', () => {
	itRefuses(cases, previous);
});

async function restrictedRows(source: string, table: string, now?: Date) {
	const out = join(tempDir(), 'extracts');
	const report = await build({ source, out, ...(now ? { now: () => now } : {}) });
	expect(report.problems).toEqual([]);
	return readParquet(join(out, 'restricted', `${table}.parquet`));
}

function csvSource(edit: (t: Tables) => void): string {
	const dir = tempDir();
	const tables = fixtureTables();
	edit(tables);
	writeCsvSource(dir, tables);
	return dir;
}

describe('plausible data is kept as typed', () => {
	it('stores text in NFC and keeps tabs and line breaks (CRLF as LF) in free text', async () => {
		const source = csvSource((t) => {
			set(t, 'recommendations', 0, 'text', 'Cafe\u0301 law:\tone\r\ntwo');
			set(t, 'recommendations', 1, 'text', 'قانون مكافحة الإرهاب');
		});
		const rows = await restrictedRows(source, 'recommendations');
		expect(rows.slice(0, 2).map((r) => r.text)).toEqual([
			'Caf\u00e9 law:\tone\ntwo',
			'قانون مكافحة الإرهاب'
		]);
	});

	it('accepts a date on the day of the build, on the clock it is given', async () => {
		const source = csvSource((t) => set(t, 'engagements', 1, 'date', '2025-06-30'));
		const rows = await restrictedRows(source, 'engagements');
		expect(rows.map((r) => r.date)).toContain('2025-06-30');
		const later = csvSource((t) => set(t, 'engagements', 1, 'date', '2026-01-15'));
		const accepted = await restrictedRows(later, 'engagements', new Date(2026, 0, 15, 9));
		expect(accepted.map((r) => r.date)).toContain('2026-01-15');
	});

	it('takes the build day from the local calendar', () => {
		expect(boundsAt(new Date(2026, 11, 31, 23, 59)).buildDay).toBe('2026-12-31');
		expect(boundsAt(new Date(2024, 1, 29, 0, 1)).buildDay).toBe('2024-02-29');
	});

	it('reads rich-text and hyperlink cells of a workbook as their text', async () => {
		const dir = tempDir();
		const path = join(dir, 'source.xlsx');
		await writeXlsxSource(path, fixtureTables());
		await editWorkbook((wb) => {
			const ws = sheet(wb, 'recommendations');
			ws.getCell('L2').value = {
				richText: [{ text: 'Adopt ' }, { font: { bold: true }, text: 'a law' }]
			};
			// A link whose words are formatted: ExcelJS gives its text as rich text.
			ws.getCell('L3').value = {
				text: { richText: [{ text: 'See the ' }, { font: { italic: true }, text: 'report' }] },
				hyperlink: 'https://www.un.org/securitycouncil/ctc/'
			} as unknown as ExcelJS.CellValue;
		})(dir);
		const rows = await restrictedRows(path, 'recommendations');
		expect(rows.slice(0, 2).map((r) => r.text)).toEqual(['Adopt a law', 'See the report']);
	});
});
