import ExcelJS from 'exceljs';
import { readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../scripts/lib/csv';
import {
	DICTIONARY_SHEET,
	WORKBOOK_NAME,
	writeTemplates
} from '../../../scripts/templates/write-templates';
import { FACT_TABLES, TIERS } from '../../../src/lib/schema';
import { FACT_NAMES, columnsOf, fixtureTables } from './fixture';
import { build, readParquet, removeTempDirs, tempDir } from './harness';

let dir: string;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
	dir = tempDir('templates-');
	await writeTemplates(dir);
	workbook = new ExcelJS.Workbook();
	await workbook.xlsx.readFile(join(dir, WORKBOOK_NAME));
});

afterAll(removeTempDirs);

const rowValues = (sheet: ExcelJS.Worksheet, n: number): unknown[] =>
	(sheet.getRow(n).values as unknown[]).slice(1);

describe('import templates', () => {
	it('writes a header-only CSV per fact table, columns in schema order', () => {
		for (const name of FACT_NAMES) {
			const { header, records } = parseCsv(readFileSync(join(dir, `${name}.csv`), 'utf8'));
			expect(header).toEqual(columnsOf(name));
			expect(records).toEqual([]);
		}
	});

	it('writes one sheet per fact table with a bold, frozen header, then the dictionary', () => {
		expect(workbook.worksheets.map((s) => s.name)).toEqual([...FACT_NAMES, DICTIONARY_SHEET]);
		for (const name of FACT_NAMES) {
			const sheet = workbook.getWorksheet(name);
			if (!sheet) throw new Error(name);
			expect(rowValues(sheet, 1)).toEqual(columnsOf(name));
			expect(sheet.actualRowCount).toBe(1);
			expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
			expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
		}
	});

	it('lists every fact column in the dictionary with type, required and allowed values', () => {
		const sheet = workbook.getWorksheet(DICTIONARY_SHEET);
		if (!sheet) throw new Error(DICTIONARY_SHEET);
		expect(rowValues(sheet, 1)).toEqual([
			'table',
			'column',
			'type',
			'required',
			'allowed values',
			'description'
		]);
		const rows = Array.from({ length: sheet.actualRowCount - 1 }, (_, i) =>
			rowValues(sheet, i + 2)
		);
		expect(rows).toHaveLength(FACT_TABLES.reduce((n, t) => n + t.columns.length, 0));
		const find = (table: string, column: string): unknown[] | undefined =>
			rows.find((r) => r[0] === table && r[1] === column);
		expect(find('assessments', 'modality')).toEqual([
			'assessments',
			'modality',
			'code',
			'no',
			'in_person, hybrid, virtual',
			'How the visit took place'
		]);
		expect(find('technical_assistance', 'gender_marker')?.slice(2, 5)).toEqual([
			'whole number',
			'no',
			'0 to 3'
		]);
		expect(find('recommendation_status', 'rec_id')?.slice(2, 5)).toEqual([
			'text',
			'yes',
			'a rec_id of recommendations; unique together with as_of'
		]);
	});

	it('is accepted by the extract builder as a blank source (zero rows)', async () => {
		const report = await build({ source: join(dir, WORKBOOK_NAME), out: join(tempDir(), 'x') });
		expect(report.problems).toEqual([]);
		expect(report.ok && FACT_NAMES.map((n) => report.manifests.restricted.tables[n].rows)).toEqual(
			FACT_NAMES.map(() => 0)
		);
	});

	it('is accepted as a blank CSV source too', async () => {
		const source = tempDir();
		await writeTemplates(source);
		// A folder holding both forms is refused as ambiguous, so keep the CSV files only.
		unlinkSync(join(source, WORKBOOK_NAME));
		const report = await build({ source, out: join(tempDir(), 'x') });
		expect(report.warnings).toEqual([]);
		expect(report.problems).toEqual([]);
	});

	it('accepts a filled-in workbook whose cells Excel typed (dates, numbers, booleans)', async () => {
		const tables = fixtureTables();
		for (const name of FACT_NAMES) {
			const sheet = workbook.getWorksheet(name);
			if (!sheet) throw new Error(name);
			const columns = FACT_TABLES.find((t) => t.name === name)?.columns ?? [];
			for (const row of tables[name]) {
				sheet.addRow(
					columns.map((c) => {
						const text = row[c.name] ?? '';
						if (text === '') return null;
						if (c.type === 'date') return new Date(`${text}T00:00:00Z`);
						if (c.type === 'int') return Number(text);
						if (c.type === 'bool') return ['true', '1', 'yes'].includes(text.toLowerCase());
						return text;
					})
				);
			}
		}
		const source = join(tempDir(), 'filled.xlsx');
		await workbook.xlsx.writeFile(source);
		const out = join(tempDir(), 'x');
		const report = await build({ source, out });
		expect(report.problems).toEqual([]);
		expect(report.ok && TIERS.map((t) => report.manifests[t].referenceDate)).toEqual([
			'2022-12-01',
			'2023-11-01',
			'2024-03-01'
		]);
		const [a1] = await readParquet(join(out, 'public', 'assessments.parquet'));
		expect(a1).toMatchObject({
			visit_start: '2021-03-01',
			gender_expert: true,
			womens_orgs_consulted: 3
		});
	});
});
