import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Problem } from '../../../scripts/extracts';
import {
	fixtureTables,
	writeCsvSource,
	writeXlsxSource,
	type FactName,
	type Tables
} from './fixture';
import { build, hashTree, referenceCopy, removeTempDirs, tempDir } from './harness';

/** A bad source and exactly the problems it must be refused with. */
export interface BadCase {
	readonly name: string;
	/** Edits the fixture tables before they are written as CSV. */
	readonly edit?: (t: Tables) => void;
	/** Edits the written source folder (raw files). */
	readonly files?: (dir: string) => void | Promise<void>;
	/** Builds from a workbook `source.xlsx` instead of CSV files. */
	readonly xlsx?: { readonly skip?: FactName[] };
	/** Uses an edited copy of the reference folder, named `reference`. */
	readonly reference?: (dir: string) => void;
	/** `file: 'SOURCE'` stands for the source folder's path. */
	readonly expected: Problem[];
}

export const set = (t: Tables, name: FactName, i: number, column: string, value: string): void => {
	t[name][i][column] = value;
};

export const at = (
	file: string,
	row: number | null,
	column: string | null,
	reason: string
): Problem => ({
	file,
	row,
	column,
	reason
});

/** Extracts built from the good fixture before the bad sources are tried against the same folder. */
export interface PreviousExtracts {
	readonly out: string;
	readonly hash: string;
}

/** Builds good extracts once per test file; every bad build must leave them byte-identical. */
export function previousExtracts(): () => PreviousExtracts {
	let previous: PreviousExtracts | undefined;
	beforeAll(async () => {
		const source = tempDir();
		writeCsvSource(source, fixtureTables());
		const out = join(tempDir(), 'extracts');
		const report = await build({ source, out });
		if (!report.ok) throw new Error(`fixture refused: ${JSON.stringify(report.problems)}`);
		previous = { out, hash: hashTree(out) };
	});
	afterAll(removeTempDirs);
	return () => {
		if (!previous) throw new Error('previous extracts not built');
		return previous;
	};
}

/** Checks that the previous extracts are exactly as they were and no temporary folder is left. */
export function expectUnchanged(previous: PreviousExtracts): void {
	expect(hashTree(previous.out)).toBe(previous.hash);
	expect(readdirSync(dirname(previous.out))).toEqual(['extracts']);
}

/** One test per case: refused, with exactly the expected problems, and nothing written. */
export function itRefuses(cases: readonly BadCase[], previous: () => PreviousExtracts): void {
	it.each(cases)('$name', async (c) => {
		const { out } = previous();
		const dir = tempDir('bad-source-');
		const tables = fixtureTables();
		c.edit?.(tables);
		let source = dir;
		if (c.xlsx) {
			source = join(dir, 'source.xlsx');
			await writeXlsxSource(source, tables, c.xlsx.skip);
		} else {
			writeCsvSource(dir, tables);
		}
		await c.files?.(dir);
		let reference: string | undefined;
		if (c.reference) {
			reference = referenceCopy();
			c.reference(reference);
		}

		const report = await build({ source, out, ...(reference ? { reference } : {}) });

		expect(report.ok).toBe(false);
		const expected = c.expected.map((p) => (p.file === 'SOURCE' ? { ...p, file: dir } : p));
		expect(report.problems).toEqual(expected);
		expect(report.problemCount).toBe(expected.length);
		expectUnchanged(previous());
	});
}
