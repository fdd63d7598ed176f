import ExcelJS from 'exceljs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FACT_TABLES, type ColumnDef } from '../../src/lib/schema';
import { toCsv } from '../lib/csv';
import { DICTIONARY_HEADER, dictionaryRows } from './dictionary';

export const WORKBOOK_NAME = 'ctc-data-templates.xlsx';
export const DICTIONARY_SHEET = '_dictionary';

/**
 * Cells a user types into are kept as typed: text as text (so `004` or `1.10`
 * never turns into a number), dates shown as ISO days.
 */
function numFmt(col: ColumnDef): string | undefined {
	if (col.type === 'text' || col.type === 'enum' || col.type === 'list') return '@';
	if (col.type === 'date') return 'yyyy-mm-dd';
	return undefined;
}

function headerStyle(sheet: ExcelJS.Worksheet): void {
	sheet.getRow(1).font = { bold: true };
	sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

/**
 * Writes the import templates: `<table>.csv` with only the header for each
 * fact table, and one workbook with a sheet per fact table plus a
 * `_dictionary` sheet (ignored by the extract builder, like any sheet whose
 * name starts with `_`). Returns the paths written.
 */
export async function writeTemplates(outDir: string): Promise<string[]> {
	mkdirSync(outDir, { recursive: true });
	const written: string[] = [];
	for (const table of FACT_TABLES) {
		const path = join(outDir, `${table.name}.csv`);
		writeFileSync(
			path,
			toCsv(
				table.columns.map((c) => c.name),
				[]
			)
		);
		written.push(path);
	}

	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'ctc-cted-dashboard';
	for (const table of FACT_TABLES) {
		const sheet = workbook.addWorksheet(table.name);
		sheet.columns = table.columns.map((col) => {
			const format = numFmt(col);
			return {
				header: col.name,
				key: col.name,
				width: Math.max(12, col.name.length + 4),
				...(format ? { style: { numFmt: format } } : {})
			};
		});
		headerStyle(sheet);
	}
	const dictionary = workbook.addWorksheet(DICTIONARY_SHEET);
	dictionary.columns = DICTIONARY_HEADER.map((header, i) => ({
		header,
		width: [22, 28, 20, 10, 48, 70][i]
	}));
	for (const row of dictionaryRows(FACT_TABLES)) {
		dictionary.addRow([
			row.table,
			row.column,
			row.type,
			row.required,
			row.allowedValues,
			row.description
		]);
	}
	dictionary.getColumn(5).alignment = { wrapText: true, vertical: 'top' };
	dictionary.getColumn(6).alignment = { wrapText: true, vertical: 'top' };
	headerStyle(dictionary);

	const path = join(outDir, WORKBOOK_NAME);
	await workbook.xlsx.writeFile(path);
	written.push(path);
	return written;
}
