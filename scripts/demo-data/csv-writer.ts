/**
 * Streams the rows of one table to a CSV file in chunks, so that a scale-100
 * dataset never sits in memory as one string. Columns and their order come
 * from the schema; a row with a key the schema does not know is a bug in the
 * generator and stops it, rather than producing a file the builder rejects.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import type { TableDef } from '../../src/lib/schema';
import { csvCell, type CsvCell } from '../lib/csv';

export type CsvRow = Readonly<Record<string, CsvCell>>;

const FLUSH_AT_CHARS = 1 << 20;

export class CsvTableWriter {
	readonly columns: readonly string[];
	private readonly known: ReadonlySet<string>;
	private readonly fd: number;
	private pending: string[] = [];
	private pendingChars = 0;
	private written = 0;
	private readonly latest = new Map<string, string>();

	/** `trackLatest` names date columns whose greatest value the writer remembers (ISO dates sort as text). */
	constructor(
		readonly path: string,
		readonly table: TableDef,
		private readonly trackLatest: readonly string[] = []
	) {
		this.columns = table.columns.map((c) => c.name);
		this.known = new Set(this.columns);
		this.fd = openSync(path, 'w');
		this.push(this.columns.map(csvCell).join(','));
	}

	get rowCount(): number {
		return this.written;
	}

	write(row: CsvRow): void {
		let keys = 0;
		for (const key in row) {
			if (!this.known.has(key))
				throw new Error(`${this.table.name}: no column "${key}" in the schema.`);
			keys++;
		}
		if (keys !== this.columns.length) {
			const missing = this.columns.filter((c) => !(c in row));
			throw new Error(`${this.table.name}: row without ${missing.join(', ')}.`);
		}
		let line = csvCell(row[this.columns[0]]);
		for (let i = 1; i < this.columns.length; i++) line += ',' + csvCell(row[this.columns[i]]);
		this.push(line);
		this.written++;
		for (const column of this.trackLatest) {
			const value = row[column];
			if (typeof value === 'string' && value > (this.latest.get(column) ?? '')) {
				this.latest.set(column, value);
			}
		}
	}

	/** The greatest value written to a tracked column, or null when it was always empty. */
	latestValue(column: string): string | null {
		return this.latest.get(column) ?? null;
	}

	writeAll(rows: Iterable<CsvRow>): void {
		for (const row of rows) this.write(row);
	}

	close(): number {
		this.flush();
		closeSync(this.fd);
		return this.written;
	}

	private push(line: string): void {
		this.pending.push(line);
		this.pendingChars += line.length + 1;
		if (this.pendingChars >= FLUSH_AT_CHARS) this.flush();
	}

	private flush(): void {
		if (this.pending.length === 0) return;
		const bytes = Buffer.from(this.pending.join('\n') + '\n', 'utf8');
		for (let offset = 0; offset < bytes.length;) {
			offset += writeSync(this.fd, bytes, offset, bytes.length - offset);
		}
		this.pending = [];
		this.pendingChars = 0;
	}
}
