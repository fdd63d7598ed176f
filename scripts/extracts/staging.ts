import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { CONF_ORDER, type TableDef } from '../../src/lib/schema';
import type { CellValue } from './parse-cell';
import type { TablePlan } from './table-plan';

/** Name of the extra staging column holding the rank of a row's effective level. */
export const LEVEL_COLUMN = '_level';

const BUFFER_SIZE = 1 << 20;
const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;
const encoder = new TextEncoder();

/**
 * A file written through a byte buffer. ASCII text is copied code unit by code
 * unit: building a string per row made more garbage-collection work than the
 * validation itself on millions of rows.
 */
class ByteFile {
	private readonly bytes = new Uint8Array(BUFFER_SIZE);
	private at = 0;

	constructor(readonly fd: number) {}

	byte(b: number): void {
		if (this.at === BUFFER_SIZE) this.flush();
		this.bytes[this.at++] = b;
	}

	/** A CSV cell: quoted (RFC 4180) when it holds a quote, comma or line break. */
	cell(text: string): void {
		let plain = text.length <= BUFFER_SIZE;
		for (let i = 0; i < text.length && plain; i++) {
			const c = text.charCodeAt(i);
			plain = c < 128 && c !== QUOTE && c !== COMMA && c !== LF && c !== CR;
		}
		if (plain) {
			if (this.at + text.length > BUFFER_SIZE) this.flush();
			for (let i = 0; i < text.length; i++) this.bytes[this.at++] = text.charCodeAt(i);
			return;
		}
		const quoted = /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
		this.raw(encoder.encode(quoted));
	}

	flush(): void {
		if (this.at > 0) writeSync(this.fd, this.bytes, 0, this.at);
		this.at = 0;
	}

	private raw(data: Uint8Array): void {
		if (data.length > BUFFER_SIZE - this.at) this.flush();
		if (data.length > BUFFER_SIZE) {
			writeSync(this.fd, data);
			return;
		}
		this.bytes.set(data, this.at);
		this.at += data.length;
	}
}

/**
 * Writes validated rows as normalised CSV (canonical numbers, true/false,
 * ISO dates, lists `;`-joined, the effective level in conf_level plus its
 * rank), which native DuckDB then loads with exact types far faster than
 * row-by-row appends from JavaScript. An empty cell is NULL: sources have no
 * empty strings either.
 */
export class StagingWriter {
	private readonly files = new Map<string, ByteFile>();

	constructor(private readonly dir: string) {}

	pathOf(table: TableDef): string {
		return join(this.dir, `${table.name}.csv`);
	}

	/** Creates the table's (possibly empty) file even when it has no rows. */
	open(table: TableDef): ByteFile {
		let file = this.files.get(table.name);
		if (!file) {
			file = new ByteFile(openSync(this.pathOf(table), 'w'));
			this.files.set(table.name, file);
		}
		return file;
	}

	write(plan: TablePlan, values: readonly CellValue[], level: number): void {
		const file = this.open(plan.def);
		for (let i = 0; i < values.length; i++) {
			const value = i === plan.confColumn ? CONF_ORDER[level] : values[i];
			if (value === null) {
				// NULL: nothing between the commas.
			} else if (typeof value === 'string') file.cell(value);
			else if (typeof value === 'number') file.cell(String(value));
			else if (typeof value === 'boolean') file.cell(value ? 'true' : 'false');
			else file.cell(value.join(';'));
			file.byte(COMMA);
		}
		file.byte(48 + level);
		file.byte(LF);
	}

	closeAll(): void {
		for (const file of this.files.values()) {
			file.flush();
			closeSync(file.fd);
		}
		this.files.clear();
	}
}
