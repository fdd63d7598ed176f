import type { Workbook } from 'exceljs';
import { t } from '../i18n';
import { neutraliseFormula, safeCell } from './cell-safety';
import type { ExtractVersion } from '../hash/extract-version';
import type { FigureData } from './figure-data';

/** What the notes sheet of a figure's workbook states. */
export interface WorkbookNotes {
	readonly title: string;
	readonly definition: string;
	readonly filters: string;
	/** The marking line, e.g. "RESTRICTED - Synthetic demo data". */
	readonly marking: string;
	readonly tier: string;
	readonly source: string;
	readonly version: ExtractVersion | null;
}

/** The notes sheet as [label, value] rows, then one row per column with its meaning. */
export function notesRows(data: FigureData, notes: WorkbookNotes): [string, string | number][] {
	return [
		[t('exports.notes.marking'), notes.marking],
		[t('exports.notes.title'), notes.title],
		[t('exports.notes.definition'), notes.definition],
		[t('exports.notes.filters'), notes.filters],
		[t('exports.notes.tier'), notes.tier],
		[t('exports.notes.source'), notes.source],
		[t('exports.notes.referenceDate'), notes.version?.referenceDate ?? ''],
		[t('exports.notes.version'), notes.version?.hash ?? ''],
		[t('exports.notes.rows'), data.rows.length],
		['', t('exports.notes.escaping')],
		['', ''],
		[t('exports.notes.column'), t('exports.notes.meaning')],
		...data.columns.map((c): [string, string] => [c, data.labels?.[c] ?? defaultLabel(c)])
	];
}

/** Meanings of the column names many figures share, where the figure gives none. */
function defaultLabel(column: string): string {
	switch (column) {
		case 'numerator':
			return t('exports.col.numerator');
		case 'denominator':
			return t('exports.col.denominator');
		case 'rate':
		case 'share':
			return t('exports.col.rate');
		case 'year':
			return t('exports.col.year');
		default:
			return '';
	}
}

/**
 * Fills `workbook` with a Data sheet (header row, then exactly the rows shown)
 * and a Notes sheet. Both print with the marking in header and footer.
 */
export function fillFigureWorkbook(
	workbook: Workbook,
	data: FigureData,
	notes: WorkbookNotes
): void {
	const marking = notes.marking.replaceAll('&', '&&');
	const headerFooter = { oddHeader: `&C&B${marking}`, oddFooter: `&C&B${marking}&R&P / &N` };
	// Printed, each sheet is as wide as one page: a Notes sheet split by columns loses its labels.
	const pageSetup = { paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
	const sheet = workbook.addWorksheet(t('exports.notes.data'), { headerFooter, pageSetup });
	const header = sheet.addRow(data.columns.map((c) => neutraliseFormula(c)));
	header.font = { bold: true };
	const cells = data.rows.map((row) =>
		data.columns.map((c) => safeCell((row as Record<string, unknown>)[c]))
	);
	for (const row of cells) sheet.addRow(row);
	// Wide enough for the header and the longest value, so no column name is cut off.
	data.columns.forEach((column, i) => {
		const longest = Math.max(column.length, ...cells.map((r) => String(r[i] ?? '').length));
		sheet.getColumn(i + 1).width = Math.min(Math.max(longest + 2, 8), 60);
	});
	sheet.views = [{ state: 'frozen', ySplit: 1 }];
	const notesSheet = workbook.addWorksheet(t('exports.notes.sheet'), { headerFooter, pageSetup });
	for (const [label, value] of notesRows(data, notes)) {
		notesSheet.addRow([
			neutraliseFormula(label),
			typeof value === 'number' ? value : neutraliseFormula(value)
		]);
	}
	notesSheet.getColumn(1).width = 28;
	notesSheet.getColumn(2).width = 90;
	notesSheet.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
	notesSheet.getColumn(1).font = { bold: true };
}

/** The workbook as a file; exceljs is loaded only when someone asks for it. */
export async function figureXlsxBlob(data: FigureData, notes: WorkbookNotes): Promise<Blob> {
	const { default: ExcelJS } = await import('exceljs');
	const workbook = new ExcelJS.Workbook();
	workbook.title = notes.title;
	workbook.subject = notes.marking;
	fillFigureWorkbook(workbook, data, notes);
	const buffer = await workbook.xlsx.writeBuffer();
	return new Blob([buffer], {
		type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
	});
}
