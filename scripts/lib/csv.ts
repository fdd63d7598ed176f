import { parse } from 'csv-parse/sync';

export type CsvCell = string | number | boolean | null | undefined | readonly string[];

/** RFC 4180 quoting: a cell with a comma, quote or line break is quoted, quotes doubled. */
export function csvCell(value: CsvCell): string {
	if (value === null || value === undefined) return '';
	const text = Array.isArray(value) ? value.join(';') : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(columns: readonly string[], rows: Iterable<Record<string, CsvCell>>): string {
	const lines = [columns.map(csvCell).join(',')];
	for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(','));
	return lines.join('\n') + '\n';
}

/** Parses CSV text (BOM and CRLF accepted) into header and string records. */
export function parseCsv(text: string): { header: string[]; records: string[][] } {
	const rows: string[][] = parse(text, {
		bom: true,
		relax_column_count: true,
		skip_empty_lines: false
	});
	while (rows.length > 0 && rows[rows.length - 1].every((c) => c === '')) rows.pop();
	const [header = [], ...records] = rows;
	return { header, records };
}

export function csvObjects(text: string): Record<string, string>[] {
	const { header, records } = parseCsv(text);
	return records.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
