import ExcelJS from 'exceljs';
import { SourceFormatError, type RecordHandler } from './csv-records';

/** A workbook opened for reading, sheet by sheet, as text records like a CSV file's. */
export interface WorkbookSource {
	readonly sheetNames: readonly string[];
	/** Emits row 1 (the header) first, then every non-blank row with its sheet row number. */
	readSheet(name: string, onRecord: RecordHandler): void;
}

/** Reads a whole .xlsx into memory: workbooks are for hand-kept data, large sources are CSV. */
export async function openWorkbook(path: string): Promise<WorkbookSource> {
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.readFile(path);
	} catch (error) {
		throw new SourceFormatError(
			`the file is not a readable .xlsx workbook (${error instanceof Error ? error.message : String(error)})`
		);
	}
	return {
		sheetNames: workbook.worksheets.map((ws) => ws.name),
		readSheet(name, onRecord) {
			const sheet = workbook.getWorksheet(name);
			if (sheet) readWorksheet(sheet, onRecord);
		}
	};
}

const UNHIDE = 'unhide it, or delete it, so that what is built is what the workbook shows';

function readWorksheet(sheet: ExcelJS.Worksheet, onRecord: RecordHandler): void {
	// A hidden sheet would put rows into the extracts that nobody reviewing the workbook sees.
	if (sheet.state !== 'visible') {
		throw new SourceFormatError(`sheet is hidden in the workbook: ${UNHIDE}`);
	}
	if (sheet.actualRowCount === 0) return;
	const headerRow = sheet.getRow(1);
	const header = Array.from({ length: headerRow.cellCount }, (_, i) =>
		cellText(headerRow.getCell(i + 1))
	);
	while (header.length > 0 && header[header.length - 1].text === '') header.pop();
	const names = header.map((cell) => cell.text.trim());
	const hidden = names.findIndex((_, i) => sheet.getColumn(i + 1).hidden);
	const headerIssue =
		hidden === -1
			? undefined
			: `column ${columnLetter(hidden + 1)} (${names[hidden]}) is hidden in the workbook: ${UNHIDE}`;
	onRecord({ row: 1, line: 1, cells: names, issue: headerIssue, issueColumn: undefined });

	sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
		if (rowNumber === 1) return;
		const cells: string[] = [];
		let issue: string | undefined;
		let issueColumn: string | undefined;
		if (row.hidden) issue = `the row is hidden in the workbook: ${UNHIDE}`;
		for (let c = 1; c <= Math.max(names.length, row.cellCount); c++) {
			const { text, error } = cellText(row.getCell(c));
			if (c > names.length) {
				if (text.trim() !== '') issue ??= `column ${columnLetter(c)} has a value but no header`;
				continue;
			}
			if (error !== undefined && issue === undefined) {
				issue = error;
				issueColumn = names[c - 1];
			}
			cells.push(text);
		}
		onRecord({ row: rowNumber, line: rowNumber, cells, issue, issueColumn });
	});
}

interface CellText {
	readonly text: string;
	/** Why the cell's text cannot be trusted. */
	readonly error?: string;
}

/** The text a user typed or sees in a cell, or why it has none to trust. */
function cellText(cell: ExcelJS.Cell): CellText {
	const { value } = cell;
	if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
		if ('formula' in value || 'sharedFormula' in value) {
			// ExcelJS does not compute formulas: only the value the last save stored can be read.
			if (value.result === undefined || value.result === null) {
				const formula = 'formula' in value ? value.formula : cell.formula;
				return {
					text: '',
					error: `cell ${cell.address} holds the formula =${formula} without a saved value: open the workbook in Excel or LibreOffice and save it, or type the value`
				};
			}
		}
	}
	return valueText(value);
}

/** The text of a cell value: dates as ISO days, booleans as true/false, rich text and links as their words. */
function valueText(value: ExcelJS.CellValue | undefined): CellText {
	if (value === null || value === undefined) return { text: '' };
	if (typeof value === 'string') return { text: value };
	if (typeof value === 'number') return { text: String(value) };
	if (typeof value === 'boolean') return { text: value ? 'true' : 'false' };
	if (value instanceof Date) return { text: isoDay(value) };
	if ('error' in value)
		return { text: '', error: `the cell holds the spreadsheet error ${value.error}` };
	if ('richText' in value) return { text: value.richText.map((part) => part.text).join('') };
	if ('hyperlink' in value) return valueText(value.text as ExcelJS.CellValue);
	if ('result' in value) return valueText(value.result as ExcelJS.CellValue);
	return { text: '' };
}

/** Workbooks store dates as UTC instants; a date without a time of day is a plain ISO day. */
function isoDay(date: Date): string {
	const iso = date.toISOString();
	return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

function columnLetter(index: number): string {
	let n = index;
	let letters = '';
	while (n > 0) {
		const r = (n - 1) % 26;
		letters = String.fromCharCode(65 + r) + letters;
		n = Math.floor((n - 1) / 26);
	}
	return letters;
}
