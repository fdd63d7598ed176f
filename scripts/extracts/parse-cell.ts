import type { ColumnDef } from '../../src/lib/schema';
import { quote } from './problems';

/**
 * A parsed cell. Dates stay ISO `YYYY-MM-DD` strings: with four-digit years
 * they compare chronologically as strings, and they are written out unchanged.
 */
export type CellValue = string | number | boolean | readonly string[] | null;

/** Marks a cell that could not be parsed (or whose column is missing): every rule skips it. */
export const UNPARSED: unique symbol = Symbol('unparsed');
export type Slot = CellValue | typeof UNPARSED;

/** A cell that could not be parsed, with the reason reported to the user. */
export class Invalid {
	constructor(readonly reason: string) {}
}

/** Parses a trimmed, non-empty cell. */
export type CellParser = (text: string) => CellValue | Invalid;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INT = /^[+-]?\d+$/;
const REAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

const TRUE_WORDS = new Set(['true', '1', 'yes']);
const FALSE_WORDS = new Set(['false', '0', 'no']);

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digit(text: string, i: number): number {
	const d = text.charCodeAt(i) - 48;
	return d >= 0 && d <= 9 ? d : NaN;
}

/** A real calendar date written YYYY-MM-DD (checked by hand: this runs for millions of cells). */
export function isIsoDate(text: string): boolean {
	if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
	const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
	const month = digit(text, 5) * 10 + digit(text, 6);
	const day = digit(text, 8) * 10 + digit(text, 9);
	if (!(year >= 1 && month >= 1 && month <= 12 && day >= 1)) return false;
	const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

function parseDate(text: string): string | Invalid {
	if (isIsoDate(text)) return text;
	return DATE.test(text)
		? new Invalid(`${quote(text)} is not a real calendar date`)
		: new Invalid(`${quote(text)} is not a date in YYYY-MM-DD form`);
}

function parseBool(text: string): boolean | Invalid {
	const word = text.toLowerCase();
	if (TRUE_WORDS.has(word)) return true;
	if (FALSE_WORDS.has(word)) return false;
	return new Invalid(`${quote(text)} is not true or false (also accepted: 1/0, yes/no)`);
}

function parseInt32(text: string): number | Invalid {
	const value = INT.test(text) ? Number(text) : NaN;
	if (Number.isNaN(value)) return new Invalid(`${quote(text)} is not a whole number`);
	if (value < INT32_MIN || value > INT32_MAX) {
		return new Invalid(`${quote(text)} is too large for a whole-number column`);
	}
	return value;
}

function parseReal(text: string): number | Invalid {
	const value = REAL.test(text) ? Number(text) : NaN;
	return Number.isFinite(value) ? value : new Invalid(`${quote(text)} is not a number`);
}

function withRange(col: ColumnDef, parse: CellParser): CellParser {
	const { min, max } = col;
	if (min === undefined && max === undefined) return parse;
	return (text) => {
		const value = parse(text);
		if (typeof value !== 'number') return value;
		if (min !== undefined && value < min)
			return new Invalid(`${value} is below the minimum of ${min}`);
		if (max !== undefined && value > max)
			return new Invalid(`${value} is above the maximum of ${max}`);
		return value;
	};
}

function codesOf(col: ColumnDef): { codes: Set<string>; listed: string } {
	if (!col.enumDef) throw new Error(`Column ${col.name} is an ${col.type} without codes.`);
	return { codes: new Set(col.enumDef.codes), listed: col.enumDef.codes.join(', ') };
}

function enumParser(col: ColumnDef): CellParser {
	const { codes, listed } = codesOf(col);
	return (text) =>
		codes.has(text) ? text : new Invalid(`${quote(text)} is not one of: ${listed}`);
}

/** Items are `;`-separated; empty items (a trailing `;`) are dropped, and no items means NULL. */
function listParser(col: ColumnDef): CellParser {
	const { codes, listed } = codesOf(col);
	return (text) => {
		const items: string[] = [];
		for (const raw of text.split(';')) {
			const item = raw.trim();
			if (item === '') continue;
			if (!codes.has(item)) return new Invalid(`list item ${quote(item)} is not one of: ${listed}`);
			items.push(item);
		}
		return items.length === 0 ? null : items;
	};
}

/** The parser of a column, built once per column from the schema. */
export function cellParser(col: ColumnDef): CellParser {
	switch (col.type) {
		case 'text':
			return (text) => text;
		case 'date':
			return parseDate;
		case 'bool':
			return parseBool;
		case 'int':
			return withRange(col, parseInt32);
		case 'real':
			return withRange(col, parseReal);
		case 'enum':
			return enumParser(col);
		case 'list':
			return listParser(col);
	}
}

/** How strict a cell's characters are checked: free text may hold tabs and line breaks. */
export type TextKind = 'free' | 'code';

/** Characters that are invisible yet make two keys differ, or reorder what is shown around them. */
const INVISIBLE: Readonly<Record<number, string>> = {
	0x061c: 'ARABIC LETTER MARK',
	0x180e: 'MONGOLIAN VOWEL SEPARATOR',
	0x200b: 'ZERO WIDTH SPACE',
	0x200c: 'ZERO WIDTH NON-JOINER',
	0x200d: 'ZERO WIDTH JOINER',
	0x200e: 'LEFT-TO-RIGHT MARK',
	0x200f: 'RIGHT-TO-LEFT MARK',
	0x202a: 'LEFT-TO-RIGHT EMBEDDING',
	0x202b: 'RIGHT-TO-LEFT EMBEDDING',
	0x202c: 'POP DIRECTIONAL FORMATTING',
	0x202d: 'LEFT-TO-RIGHT OVERRIDE',
	0x202e: 'RIGHT-TO-LEFT OVERRIDE',
	0x2060: 'WORD JOINER',
	0x2066: 'LEFT-TO-RIGHT ISOLATE',
	0x2067: 'RIGHT-TO-LEFT ISOLATE',
	0x2068: 'FIRST STRONG ISOLATE',
	0x2069: 'POP DIRECTIONAL ISOLATE',
	0xfeff: 'ZERO WIDTH NO-BREAK SPACE'
};

function codePoint(c: number): string {
	return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
}

function isControl(c: number): boolean {
	return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

/**
 * A trimmed cell's text as stored: in Unicode NFC (the same words typed on
 * two keyboards are one key and one search term), free text with CRLF line
 * breaks as LF. Refused: control characters (tab and line break are allowed
 * in free text only: elsewhere they would split a key or a CSV export), and,
 * in keys and codes, invisible characters, which make `R1` and `R1` + U+200B
 * two keys, and direction overrides, which show a key other than it is.
 */
export function cleanText(text: string, kind: TextKind): string | Invalid {
	let plain = true;
	for (let i = 0; i < text.length && plain; i++) {
		const c = text.charCodeAt(i);
		plain = c >= 0x20 && c < 0x7f;
	}
	if (plain) return text;
	const value = kind === 'free' ? text.replaceAll('\r\n', '\n') : text;
	for (let i = 0; i < value.length; i++) {
		const c = value.charCodeAt(i);
		if (isControl(c)) {
			if (kind === 'free' && (c === 0x09 || c === 0x0a)) continue;
			const allowed =
				kind === 'free'
					? 'only tab and line break are allowed in free text'
					: 'not allowed outside free text';
			return new Invalid(
				`holds the control character ${codePoint(c)} at character ${i + 1} (${allowed})`
			);
		}
		if (kind === 'code' && INVISIBLE[c] !== undefined) {
			return new Invalid(
				`holds the invisible character ${codePoint(c)} ${INVISIBLE[c]} at character ${i + 1}: keys and codes must be plain visible text`
			);
		}
	}
	return value.normalize('NFC');
}
