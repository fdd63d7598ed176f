import { safeCell } from './cell-safety';

export type CsvValue = string | number | boolean | null | undefined;

function cell(value: unknown): string {
	const safe = safeCell(value);
	if (safe === null) return '';
	const text = String(safe);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * RFC 4180 CSV of `rows` under `columns`. The `preamble` lines (the tier
 * marking, the source) come first, each as a one-cell row, so the marking
 * travels with the file. Text cells are neutralised against formula
 * injection; numbers are written as numbers.
 */
export function rowsToCsv<Row extends object>(
	columns: readonly (keyof Row & string)[],
	rows: readonly Row[],
	preamble: readonly string[] = []
): string {
	const lines = [
		...preamble.map((line) => cell(line)),
		columns.map(cell).join(','),
		...rows.map((row) => columns.map((c) => cell((row as Record<string, unknown>)[c])).join(','))
	];
	return lines.join('\r\n') + '\r\n';
}
