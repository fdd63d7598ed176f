/** Generates demo datasets into temp folders and reads them back as string rows. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvObjects } from '../../../scripts/lib/csv';
import {
	DEFAULT_SEED,
	generateDemoData,
	type DemoDataSummary
} from '../../../scripts/demo-data/generate';
import { DEFAULT_REFERENCE_DIR } from '../../../scripts/demo-data/reference';
import { FACT_TABLES } from '../../../src/lib/schema';
import type { Row, Tables } from './schema-check';

export const DATA_END = '2026-10-31';

const tempRoots: string[] = [];

export function tempDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'ctc-demo-data-'));
	tempRoots.push(dir);
	return dir;
}

export function removeTempDirs(): void {
	for (const dir of tempRoots.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function generateInTemp(seed = DEFAULT_SEED, scale = 1): DemoDataSummary & { dir: string } {
	const dir = join(tempDir(), 'demo');
	return { ...generateDemoData({ seed, scale, outDir: dir }), dir };
}

/** The fact tables of a generated folder; `only` skips the big ones where a test does not need them. */
export function readTables(dir: string, only?: readonly string[]): Map<string, Row[]> {
	const names = FACT_TABLES.map((t) => t.name).filter((name) => !only || only.includes(name));
	return new Map(
		names.map((name) => [name, csvObjects(readFileSync(join(dir, `${name}.csv`), 'utf8'))])
	);
}

export function lineCount(dir: string, table: string): number {
	return readFileSync(join(dir, `${table}.csv`), 'utf8').split('\n').length;
}

export function readReference(): Tables {
	return new Map(
		['member_states', 'thematic_areas'].map((name) => [
			name,
			csvObjects(readFileSync(join(DEFAULT_REFERENCE_DIR, `${name}.csv`), 'utf8'))
		])
	);
}

export function rowsOf(tables: Tables, name: string): readonly Row[] {
	const rows = tables.get(name);
	if (!rows) throw new Error(`No table ${name} in the dataset.`);
	return rows;
}

export function share(rows: readonly Row[], test: (row: Row) => boolean): number {
	return rows.length === 0 ? NaN : rows.filter(test).length / rows.length;
}

/** A cell's confidentiality rank; empty counts as restricted (fail closed). */
export function confRankOf(level: string): number {
	return { public: 0, un_system: 1, restricted: 2 }[level] ?? 2;
}
