import { DuckDBInstance } from '@duckdb/node-api';
import { rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { at, expectUnchanged, itRefuses, previousExtracts, set, type BadCase } from './bad-source';
import { fixtureTables, writeCsvSource, writeXlsxSource } from './fixture';
import { build, rewriteCsv, tempDir } from './harness';

/** Files, headers, workbooks and syntax: refused with file, row, column and reason. */
const previous = previousExtracts();

const dropColumn = (name: string) => (h: string[], rows: string[][]) => {
	const i = h.indexOf(name);
	return {
		header: h.filter((_, j) => j !== i),
		rows: rows.map((r) => r.filter((_, j) => j !== i))
	};
};

const cases: BadCase[] = [
	{
		name: 'missing column',
		files: (d) => rewriteCsv(join(d, 'assessments.csv'), dropColumn('modality')),
		expected: [at('assessments.csv', 1, 'modality', 'missing column')]
	},
	{
		name: 'missing required column: its rules are skipped, not reported per row',
		files: (d) => rewriteCsv(join(d, 'recommendations.csv'), dropColumn('iso3')),
		expected: [at('recommendations.csv', 1, 'iso3', 'missing column')]
	},
	{
		name: 'missing key column: no foreign-key noise in the tables referring to it',
		files: (d) => rewriteCsv(join(d, 'assessments.csv'), dropColumn('assessment_id')),
		expected: [at('assessments.csv', 1, 'assessment_id', 'missing column')]
	},
	{
		name: 'extra column',
		files: (d) =>
			rewriteCsv(join(d, 'survey_items.csv'), (h, rows) => ({
				header: [...h, 'notes'],
				rows: rows.map((r) => [...r, 'x'])
			})),
		expected: [at('survey_items.csv', 1, 'notes', 'unknown column for table survey_items')]
	},
	{
		name: 'column name in the wrong case',
		files: (d) =>
			rewriteCsv(join(d, 'visit_plan.csv'), (h, rows) => ({
				header: h.map((c) => (c === 'iso3' ? 'ISO3' : c)),
				rows
			})),
		expected: [
			at('visit_plan.csv', 1, 'iso3', 'missing column'),
			at('visit_plan.csv', 1, 'ISO3', 'unknown column for table visit_plan (did you mean "iso3"?)')
		]
	},
	{
		name: 'duplicate column',
		files: (d) =>
			rewriteCsv(join(d, 'recommendation_status.csv'), (h, rows) => ({
				header: [...h, 'status'],
				rows: rows.map((r) => [...r, r[2]])
			})),
		expected: [at('recommendation_status.csv', 1, 'status', 'duplicate column (also column 3)')]
	},
	{
		name: 'empty file',
		files: (d) => writeFileSync(join(d, 'engagements.csv'), ''),
		expected: [at('engagements.csv', null, null, 'file is empty')]
	},
	{
		name: 'blank file (only a byte-order mark and line breaks)',
		files: (d) => writeFileSync(join(d, 'engagements.csv'), '\uFEFF\r\n  \r\n'),
		expected: [at('engagements.csv', null, null, 'file is empty')]
	},
	{
		name: 'missing file',
		files: (d) => unlinkSync(join(d, 'visit_plan.csv')),
		expected: [at('visit_plan.csv', null, null, 'file is missing')]
	},
	{
		name: 'quoted line breaks: a later error keeps its spreadsheet row and gives its line',
		edit: (t) => set(t, 'recommendations', 2, 'priority', 'high'),
		expected: [
			{
				file: 'recommendations.csv',
				row: 4,
				line: 5,
				column: 'priority',
				reason: '"high" is not one of: priority, standard'
			}
		]
	},
	{
		name: 'a row with too many cells',
		files: (d) =>
			writeFileSync(
				join(d, 'visit_plan.csv'),
				'plan_year,iso3,requested_by_state,consent,committee_approved,conf_level\n2024,FRA,true,granted,true,public,extra\n'
			),
		expected: [at('visit_plan.csv', 2, null, 'the row has 7 cells but the header has 6')]
	},
	{
		name: 'a quoted cell never closed',
		files: (d) =>
			writeFileSync(
				join(d, 'visit_plan.csv'),
				'plan_year,iso3,requested_by_state,consent,committee_approved,conf_level\n2024,FRA,true,granted,"true,public\n'
			),
		expected: [
			at('visit_plan.csv', 2, null, 'a quoted cell is not closed before the end of the file')
		]
	},
	{
		name: 'not UTF-8 (a Windows-1252 export)',
		files: (d) =>
			writeFileSync(
				join(d, 'visit_plan.csv'),
				Buffer.concat([
					Buffer.from(
						'plan_year,iso3,requested_by_state,consent,committee_approved,conf_level\n2024,FRA,true,granted,true,public\n'
					),
					Buffer.from([0x43, 0xf4, 0x74, 0x65, 0x0a])
				])
			),
		expected: [
			at(
				'visit_plan.csv',
				null,
				null,
				'line 3 is not UTF-8 text: save the file as "CSV UTF-8" (Excel: Save As, CSV UTF-8)'
			)
		]
	},
	{
		name: 'workbook with a missing sheet',
		xlsx: { skip: ['engagements'] },
		expected: [
			{
				file: 'source.xlsx',
				sheet: 'engagements',
				row: null,
				column: null,
				reason: 'sheet is missing'
			}
		]
	},
	{
		name: 'workbook with a bad cell',
		xlsx: {},
		edit: (t) => set(t, 'assessments', 0, 'visit_start', '2021-13-01'),
		expected: [
			{
				file: 'source.xlsx',
				sheet: 'assessments',
				row: 2,
				column: 'visit_start',
				reason: '"2021-13-01" is not a real calendar date'
			}
		]
	},
	{
		name: 'a folder with both CSV files and a workbook',
		files: (d) => writeXlsxSource(join(d, 'extra.xlsx'), fixtureTables()),
		expected: [
			at('SOURCE', null, null, 'holds both table CSV files and a workbook (extra.xlsx): keep one')
		]
	},
	{
		name: 'many problems in one run, in file, row and column order',
		edit: (t) => {
			set(t, 'visit_plan', 0, 'consent', 'yes');
			set(t, 'assessments', 4, 'iso3', 'ZZZ');
			set(t, 'assessments', 4, 'modality', 'boat');
			set(t, 'assessments', 0, 'visit_start', '2021-3-1');
			set(t, 'recommendation_status', 6, 'status', '');
		},
		files: (d) => unlinkSync(join(d, 'engagements.csv')),
		expected: [
			at('assessments.csv', 2, 'visit_start', '"2021-3-1" is not a date in YYYY-MM-DD form'),
			at('assessments.csv', 6, 'iso3', '"ZZZ" is not a UN Member State iso3'),
			at('assessments.csv', 6, 'modality', '"boat" is not one of: in_person, hybrid, virtual'),
			at('recommendation_status.csv', 8, 'status', 'required cell is empty'),
			at('engagements.csv', null, null, 'file is missing'),
			at(
				'visit_plan.csv',
				2,
				'consent',
				'"yes" is not one of: not_requested, pending, granted, declined, postponed'
			)
		]
	}
];

describe('a source with a bad file, header or workbook is refused and nothing is written', () => {
	itRefuses(cases, previous);

	it('lists the first problems up to the limit and counts the rest', async () => {
		const dir = tempDir('bad-source-');
		const tables = fixtureTables();
		for (let i = 0; i < 300; i++) {
			tables.survey_items.push({ ...tables.survey_items[0], question_id: `x${i}`, rating: 'good' });
		}
		writeCsvSource(dir, tables);
		const report = await build({ source: dir, out: previous().out, problemLimit: 200 });
		expect(report.ok).toBe(false);
		expect(report.problemCount).toBe(300);
		expect(report.problems).toHaveLength(200);
		expect(report.problems[0]).toMatchObject({ row: 6, column: 'rating' });
		expect(report.problems[199]).toMatchObject({ row: 205, column: 'rating' });
		expectUnchanged(previous());
	});

	it('leaves the previous extracts intact when writing fails half-way', async () => {
		const source = tempDir();
		writeCsvSource(source, fixtureTables());
		const db = await DuckDBInstance.create(':memory:');
		const broken = await db.connect();
		broken.closeSync();
		await expect(build({ source, out: previous().out, connection: broken })).rejects.toThrow(
			'connection disconnected'
		);
		expectUnchanged(previous());
	});

	it('reports a source folder that does not exist', async () => {
		const missing = join(tempDir(), 'nowhere');
		const report = await build({ source: missing, out: previous().out });
		expect(report.problems).toEqual([at(missing, null, null, 'no such folder or file')]);
		expectUnchanged(previous());
		rmSync(missing, { force: true });
	});
});
