export type CsvValue = string | number | boolean | null | undefined;

function cell(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * RFC 4180 CSV of `rows` under `columns`. The `preamble` lines (the tier
 * marking, the source) come first, each as a one-cell row, so the marking
 * travels with the file.
 */
export function rowsToCsv<Row extends object>(
	columns: readonly (keyof Row & string)[],
	rows: readonly Row[],
	preamble: readonly string[] = []
): string {
	const lines = [
		...preamble.map((line) => cell(line)),
		columns.map(cell).join(','),
		...rows.map((row) => columns.map((c) => cell((row as Record<string, CsvValue>)[c])).join(','))
	];
	return lines.join('\r\n') + '\r\n';
}
