import { neutraliseFormula } from './cell-safety';
import { rowsToCsv, type CsvValue } from './csv';

/*
 * Console results as CSV and XLSX. A text cell that a spreadsheet would take
 * for a formula gets a leading apostrophe (neutraliseFormula): a result can
 * hold anything a record holds, and its column names come from the query,
 * which a shared link supplies (OWASP "CSV injection").
 */

/** A result value as a cell: numbers and booleans stay, lists and structs become JSON, text is escaped. */
export function cellValue(value: unknown): string | number | boolean | null {
	if (value === null || value === undefined) return null;
	if (typeof value === 'number' || typeof value === 'boolean') return value;
	if (typeof value === 'string') return neutraliseFormula(value);
	return neutraliseFormula(JSON.stringify(value));
}

export function resultCsv(
	columns: readonly string[],
	rows: readonly Record<string, unknown>[],
	preamble: readonly string[]
): string {
	const cells = rows.map((row) => {
		const out: Record<string, CsvValue> = {};
		for (const c of columns) out[c] = cellValue(row[c]);
		return out;
	});
	return rowsToCsv(columns, cells, preamble);
}

/** A workbook of one sheet: the preamble lines, the header row, the rows. exceljs loads on demand. */
export async function resultXlsx(
	columns: readonly string[],
	rows: readonly Record<string, unknown>[],
	preamble: readonly string[]
): Promise<Blob> {
	const { default: ExcelJS } = await import('exceljs');
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('Results');
	for (const line of preamble) sheet.addRow([neutraliseFormula(line)]);
	sheet.addRow(columns.map(neutraliseFormula)).font = { bold: true };
	for (const row of rows) sheet.addRow(columns.map((c) => cellValue(row[c])));
	const buffer = await workbook.xlsx.writeBuffer();
	return new Blob([buffer], {
		type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
	});
}
