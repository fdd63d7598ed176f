import { createReadStream } from 'node:fs';

/** One CSV record (or worksheet row) as text cells, with where it is in the file. */
export interface RawRecord {
	/** Spreadsheet row: header = 1; blank lines count, as a spreadsheet shows them. */
	readonly row: number;
	/** First line of the record in the text file (differs from row after quoted line breaks). */
	readonly line: number;
	readonly cells: readonly string[];
	/** A problem that makes the cells unreliable; the row is reported and skipped. */
	readonly issue: string | undefined;
	/** The column the issue is in, when known. */
	readonly issueColumn: string | undefined;
}

export type RecordHandler = (record: RawRecord) => void;

/** A file that cannot be read as UTF-8 CSV at all. */
export class SourceFormatError extends Error {}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

const UNCLOSED = 'a quoted cell is not closed before the end of the file';
const AFTER_QUOTE = 'unexpected text after the closing quote of a cell';

interface Parsed {
	readonly cells: string[];
	readonly next: number;
	readonly newlines: number;
	readonly issue?: string;
}

/**
 * Streams an RFC 4180 CSV file (UTF-8, optional byte-order mark, LF or CRLF)
 * record by record, so files larger than a JavaScript string can be read.
 * Records without quotes take a fast path (split on commas); a quoted cell may
 * hold commas, doubled quotes and line breaks (CRLF inside a cell becomes LF).
 */
export async function readCsvRecords(
	path: string,
	onRecord: RecordHandler,
	chunkSize = 1 << 20
): Promise<void> {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	const parser = new CsvParser(onRecord);
	const decode = (chunk: Buffer | undefined): string => {
		try {
			return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
		} catch {
			const readable = chunk === undefined ? '' : new TextDecoder().decode(chunk);
			const line = parser.lineOf(readable.slice(0, Math.max(0, readable.indexOf('\uFFFD'))));
			throw new SourceFormatError(
				`line ${line} is not UTF-8 text: save the file as "CSV UTF-8" (Excel: Save As, CSV UTF-8)`
			);
		}
	};
	for await (const chunk of createReadStream(path, { highWaterMark: chunkSize })) {
		parser.feed(decode(chunk as Buffer), false);
	}
	parser.feed(decode(undefined), true);
}

/** Incremental parser: fed decoded text chunk by chunk, keeps an incomplete last record. */
class CsvParser {
	line = 1;
	private row = 1;
	private rest = '';
	private started = false;

	constructor(private readonly onRecord: RecordHandler) {}

	/** The line reached after the pending text and then `more`. */
	lineOf(more: string): number {
		return this.line + countLineBreaks(this.rest) + countLineBreaks(more);
	}

	feed(chunk: string, final: boolean): void {
		let text = this.rest + chunk;
		if (!this.started && text.length > 0) {
			this.started = true;
			if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
		}
		const len = text.length;
		let pos = 0;
		// The next quote at or after pos (len when none), searched once per stretch, not per record.
		let quote = -1;
		while (pos < len) {
			const nl = text.indexOf('\n', pos);
			if (nl === -1 && !final) break;
			const end = nl === -1 ? len : nl;
			if (quote < pos) {
				quote = text.indexOf('"', pos);
				if (quote === -1) quote = len;
			}
			if (quote >= end) {
				const stop = end > pos && text.charCodeAt(end - 1) === CR ? end - 1 : end;
				this.emit(splitCells(text, pos, stop), 0, undefined);
				pos = end + 1;
				continue;
			}
			const parsed = parseQuotedRecord(text, pos, final);
			if (parsed === null) break;
			this.emit(parsed.cells, parsed.newlines, parsed.issue);
			pos = parsed.next;
		}
		this.rest = pos >= len ? '' : text.slice(pos);
	}

	private emit(cells: string[], newlines: number, issue: string | undefined): void {
		// One object shape for every record keeps the validator's property reads monomorphic.
		this.onRecord({ row: this.row, line: this.line, cells, issue, issueColumn: undefined });
		this.row++;
		this.line += 1 + newlines;
	}
}

function countLineBreaks(text: string): number {
	let n = 0;
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
	return n;
}

/** The cells of an unquoted record in text[start, stop); faster than String.split here. */
function splitCells(text: string, start: number, stop: number): string[] {
	const cells: string[] = [];
	let p = start;
	for (let i = start; i < stop; i++) {
		if (text.charCodeAt(i) === COMMA) {
			cells.push(text.slice(p, i));
			p = i + 1;
		}
	}
	cells.push(text.slice(p, stop));
	return cells;
}

/**
 * Parses one record that contains a quote, starting at `pos`. Returns null when
 * the record may continue past the end of `text` and more input is coming.
 */
function parseQuotedRecord(text: string, pos: number, final: boolean): Parsed | null {
	const len = text.length;
	const cells: string[] = [];
	let i = pos;
	let newlines = 0;
	let issue: string | undefined;
	for (;;) {
		let value: string;
		if (i < len && text.charCodeAt(i) === QUOTE) {
			let j = i + 1;
			let segment = j;
			value = '';
			for (;;) {
				if (j >= len) {
					if (!final) return null;
					issue ??= UNCLOSED;
					value += text.slice(segment, j);
					break;
				}
				const c = text.charCodeAt(j);
				if (c === QUOTE) {
					if (j + 1 >= len && !final) return null;
					if (text.charCodeAt(j + 1) === QUOTE) {
						value += text.slice(segment, j + 1);
						j += 2;
						segment = j;
						continue;
					}
					value += text.slice(segment, j);
					j++;
					break;
				}
				if (c === LF) newlines++;
				j++;
			}
			if (value.includes('\r\n')) value = value.replaceAll('\r\n', '\n');
			i = j;
			// Anything between the closing quote and the next comma or line end is malformed.
			let k = i;
			while (k < len) {
				const c = text.charCodeAt(k);
				if (c === CR && k + 1 >= len && !final) return null;
				if (
					c === COMMA ||
					c === LF ||
					(c === CR && (k + 1 >= len || text.charCodeAt(k + 1) === LF))
				) {
					break;
				}
				k++;
			}
			if (k >= len && !final) return null;
			if (k > i) {
				issue ??= AFTER_QUOTE;
				value += text.slice(i, k);
				i = k;
			}
		} else {
			let j = i;
			while (j < len) {
				const c = text.charCodeAt(j);
				if (c === COMMA || c === LF) break;
				j++;
			}
			if (j >= len && !final) return null;
			value = text.slice(i, j);
			if (value.charCodeAt(value.length - 1) === CR && (j >= len || text.charCodeAt(j) === LF)) {
				value = value.slice(0, -1);
			}
			i = j;
		}
		cells.push(value);
		if (i >= len) return { cells, next: len, newlines, issue };
		const c = text.charCodeAt(i);
		if (c === COMMA) {
			i++;
			continue;
		}
		if (c === CR) i++;
		return { cells, next: i + 1, newlines, issue };
	}
}
