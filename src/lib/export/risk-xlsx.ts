import type { RiskExportRow } from './risk-list';

/**
 * The proposed list as an XLSX workbook: the marking and stamp lines above
 * the header row, one row per State as on screen. exceljs is loaded only
 * when someone asks for the file, so the page does not carry it.
 */
export async function riskListXlsx(
	columns: readonly (keyof RiskExportRow)[],
	rows: readonly RiskExportRow[],
	preamble: readonly string[]
): Promise<Blob> {
	const { default: ExcelJS } = await import('exceljs');
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('Proposed list');
	for (const line of preamble) sheet.addRow([line]);
	const header = sheet.addRow([...columns]);
	header.font = { bold: true };
	for (const row of rows) sheet.addRow(columns.map((c) => row[c]));
	const buffer = await workbook.xlsx.writeBuffer();
	return new Blob([buffer], {
		type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
	});
}
