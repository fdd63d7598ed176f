import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureTables, writeCsvSource } from './fixture';
import { REFERENCE, hashTree, removeTempDirs, tempDir } from './harness';

afterAll(removeTempDirs);

const ROOT = resolve(import.meta.dirname, '../../..');

function extracts(...args: string[]): { status: number | null; stdout: string; stderr: string } {
	const result = spawnSync(
		process.execPath,
		['--import', 'tsx', 'scripts/extracts/main.ts', ...args],
		{
			cwd: ROOT,
			encoding: 'utf8'
		}
	);
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run extracts', () => {
	it('builds, then refuses a bad source with one line per problem, exit 1 and nothing written', () => {
		const source = tempDir();
		const tables = fixtureTables();
		writeCsvSource(source, tables);
		const out = join(tempDir(), 'extracts');
		const ok = extracts('--source', source, '--out', out, '--reference', REFERENCE);
		expect(ok.stderr).toBe('');
		expect(ok.status).toBe(0);
		expect(ok.stdout).toContain('restricted: D 2024-03-01 (data);');
		const before = hashTree(out);

		tables.recommendations[4].iso3 = 'XYZ';
		tables.recommendations[5].priority = 'urgent';
		writeCsvSource(source, tables);
		const bad = extracts('--source', source, '--out', out, '--reference', REFERENCE);
		expect(bad.status).toBe(1);
		expect(bad.stdout).toBe(
			'recommendations.csv, row 6 (line 7), column iso3: "XYZ" is not a UN Member State iso3\n' +
				'recommendations.csv, row 7 (line 8), column priority: "urgent" is not one of: priority, standard\n'
		);
		expect(bad.stderr).toContain(
			`2 problem(s) in ${source}: nothing written, ${out} is unchanged.`
		);
		expect(hashTree(out)).toBe(before);
	});

	it('refuses a --reference-date that is not a real date with exit 2', () => {
		const result = extracts('--reference-date', '2024-02-30');
		expect(result.status).toBe(2);
		expect(result.stderr).toContain(
			'--reference-date "2024-02-30" is not a real date in YYYY-MM-DD form.'
		);
	});
});
