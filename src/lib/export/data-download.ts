import { rowsToCsv } from './csv';
import { downloadBlob } from './download';
import { tierName } from './export-context';
import type { FigureData } from './figure-data';
import type { ExportContext, FigureText } from './figure-svg';
import { figureXlsxBlob, type WorkbookNotes } from './figure-xlsx';
import { markingLine } from './marking';

/** The number of lines the figure CSV puts before its header row (figureCsv). */
export const CSV_PREAMBLE_LINES = 5;

/** The rows shown as CSV: marking, title, filters, source and stamp first, then the table. */
export function figureCsv(data: FigureData, text: FigureText, ctx: ExportContext): string {
	const preamble = [markingLine(ctx.marking), text.title, ctx.filters, text.source, ctx.stamp];
	return rowsToCsv(data.columns as never[], data.rows, preamble);
}

/** What the XLSX notes sheet of a figure states. */
export function workbookNotes(text: FigureText, ctx: ExportContext): WorkbookNotes {
	return {
		title: text.title,
		definition: text.subtitle,
		filters: ctx.filters,
		marking: markingLine(ctx.marking),
		tier: tierName(ctx.marking.tier),
		source: text.source,
		version: ctx.version
	};
}

/** Saves the rows shown as CSV (figureCsv). */
export function saveCsv(
	data: FigureData,
	text: FigureText,
	ctx: ExportContext,
	filename: string
): void {
	const body = figureCsv(data, text, ctx);
	downloadBlob(new Blob([body], { type: 'text/csv;charset=utf-8' }), filename);
}

/** Saves the rows shown as XLSX with its notes sheet (filters, definitions, tier, version, sources). */
export async function saveXlsx(
	data: FigureData,
	text: FigureText,
	ctx: ExportContext,
	filename: string
): Promise<void> {
	const blob = await figureXlsxBlob(data, workbookNotes(text, ctx));
	downloadBlob(blob, filename);
}
