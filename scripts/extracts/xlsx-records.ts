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

function readWorksheet(sheet: ExcelJS.Worksheet, onRecord: RecordHandler): void {
	if (sheet.actualRowCount === 0) return;
	const headerRow = sheet.getRow(1);
	const header = Array.from({ length: headerRow.cellCount }, (_, i) =>
		cellText(headerRow.getCell(i + 1).value)
	);
	while (header.length > 0 && header[header.length - 1].text === '') header.pop();
	const names = header.map((cell) => cell.text.trim());
	onRecord({ row: 1, line: 1, cells: names, issue: undefined, issueColumn: undefined });

	sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
		if (rowNumber === 1) return;
		const cells: string[] = [];
		let issue: string | undefined;
		let issueColumn: string | undefined;
		for (let c = 1; c <= Math.max(names.length, row.cellCount); c++) {
			const { text, error } = cellText(row.getCell(c).value);
			if (c > names.length) {
				if (text.trim() !== '') issue ??= `column ${columnLetter(c)} has a value but no header`;
				continue;
			}
			if (error !== undefined && issue === undefined) {
				issue = `the cell holds the spreadsheet error ${error}`;
				issueColumn = names[c - 1];
			}
			cells.push(text);
		}
		onRecord({ row: rowNumber, line: rowNumber, cells, issue, issueColumn });
	});
}

interface CellText {
	readonly text: string;
	readonly error?: string;
}

/** The text a user typed or sees: dates as ISO days, booleans as true/false. */
function cellText(value: ExcelJS.CellValue): CellText {
	if (value === null || value === undefined) return { text: '' };
	if (typeof value === 'string') return { text: value };
	if (typeof value === 'number') return { text: String(value) };
	if (typeof value === 'boolean') return { text: value ? 'true' : 'false' };
	if (value instanceof Date) return { text: isoDay(value) };
	if ('error' in value) return { text: '', error: value.error };
	if ('richText' in value) return { text: value.richText.map((part) => part.text).join('') };
	if ('hyperlink' in value) return { text: String(value.text) };
	if ('result' in value) return cellText(value.result);
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
