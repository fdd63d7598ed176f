/** First characters a spreadsheet reads as the start of a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell that cannot run as a formula: a leading = + - @, tab or CR gets
 * an apostrophe in front. Numbers are never touched (they stay numbers, even
 * negative ones); only text is.
 */
export function neutraliseFormula(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

export type CellValue = string | number | boolean | null | undefined;

/** A row value as a safe cell: numbers, booleans and empty stay as they are, text is neutralised. */
export function safeCell(value: unknown): string | number | boolean | null {
	if (value === null || value === undefined) return null;
	if (typeof value === 'number') return Number.isFinite(value) ? value : null;
	if (typeof value === 'bigint') return Number(value);
	if (typeof value === 'boolean') return value;
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	return neutraliseFormula(String(value));
}
