import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { createHash } from 'node:crypto';
import {
	cpSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseCsv, toCsv } from '../../../scripts/lib/csv';
import { buildExtracts, type BuildOptions, type BuildReport } from '../../../scripts/extracts';

/** A small reference folder: six Member States, the 14 areas, a few external rows. */
export const REFERENCE = join(import.meta.dirname, 'fixtures', 'reference');

/** The clock of every test build, so manifests are predictable. */
export const BUILT_AT = new Date('2025-06-30T12:00:00.000Z');

const made: string[] = [];

export function tempDir(prefix = 'extracts-test-'): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	made.push(dir);
	return dir;
}

export function removeTempDirs(): void {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A copy of the fixture reference folder, named `reference`, to edit. */
export function referenceCopy(): string {
	const dir = join(tempDir('reference-'), 'reference');
	cpSync(REFERENCE, dir, { recursive: true });
	return dir;
}

/** SHA-256 over every file's relative path and bytes: equal hashes mean byte-identical trees. */
export function hashTree(dir: string): string {
	const hash = createHash('sha256');
	const walk = (d: string): void => {
		for (const name of readdirSync(d).sort()) {
			const path = join(d, name);
			if (statSync(path).isDirectory()) walk(path);
			else hash.update(relative(dir, path)).update('\0').update(readFileSync(path)).update('\0');
		}
	};
	walk(dir);
	return hash.digest('hex');
}

let shared: Promise<DuckDBConnection> | undefined;

/** One native DuckDB per test file, reused by every build and read-back. */
export function connection(): Promise<DuckDBConnection> {
	shared ??= DuckDBInstance.create(':memory:').then((db) => db.connect());
	return shared;
}

export async function build(
	options: Partial<BuildOptions> & Pick<BuildOptions, 'source' | 'out'>
): Promise<BuildReport> {
	return buildExtracts({
		reference: REFERENCE,
		connection: await connection(),
		now: () => BUILT_AT,
		...options
	});
}

export type ParquetRow = Record<string, unknown>;

export async function readParquet(path: string): Promise<ParquetRow[]> {
	const conn = await connection();
	const reader = await conn.runAndReadAll(`SELECT * FROM read_parquet($1)`, [path]);
	return reader.getRowObjectsJson() as ParquetRow[];
}

/** Column names and DuckDB types of a Parquet file, in file order. */
export async function parquetColumns(path: string): Promise<[string, string][]> {
	const conn = await connection();
	const reader = await conn.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet($1)`, [path]);
	return reader.getRowObjectsJson().map((r) => [String(r.column_name), String(r.column_type)]);
}

/** Rewrites one CSV of a source folder through its header and records. */
export function rewriteCsv(
	path: string,
	edit: (header: string[], rows: string[][]) => { header: string[]; rows: string[][] }
): void {
	const { header, records } = parseCsv(readFileSync(path, 'utf8'));
	const next = edit(header, records);
	const objects = next.rows.map((r) =>
		Object.fromEntries(next.header.map((h, i) => [`${i}`, r[i]]))
	);
	const keys = next.header.map((_, i) => `${i}`);
	const body = toCsv(keys, objects).split('\n').slice(1).join('\n');
	writeFileSync(path, `${next.header.join(',')}\n${body}`);
}
