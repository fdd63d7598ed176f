import { rowsToCsv } from './csv';
import { downloadBlob } from './download';
import { tierName } from './export-context';
import type { FigureData } from './figure-data';
import type { ExportContext, FigureText } from './figure-svg';
import { figureXlsxBlob } from './figure-xlsx';
import { markingLine } from './marking';

/** Saves the rows shown as CSV: marking, title, filters, source and stamp first, then the table. */
export function saveCsv(
	data: FigureData,
	text: FigureText,
	ctx: ExportContext,
	filename: string
): void {
	const preamble = [markingLine(ctx.marking), text.title, ctx.filters, text.source, ctx.stamp];
	const body = rowsToCsv(data.columns as never[], data.rows, preamble);
	downloadBlob(new Blob([body], { type: 'text/csv;charset=utf-8' }), filename);
}

/** Saves the rows shown as XLSX with its notes sheet (filters, definitions, tier, version, sources). */
export async function saveXlsx(
	data: FigureData,
	text: FigureText,
	ctx: ExportContext,
	filename: string
): Promise<void> {
	const blob = await figureXlsxBlob(data, {
		title: text.title,
		definition: text.subtitle,
		filters: ctx.filters,
		marking: markingLine(ctx.marking),
		tier: tierName(ctx.marking.tier),
		source: text.source,
		version: ctx.version
	});
	downloadBlob(blob, filename);
}
