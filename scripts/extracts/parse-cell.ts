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
