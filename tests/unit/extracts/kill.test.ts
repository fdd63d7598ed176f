import { mkdtempSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recoverExtracts } from '../../../scripts/extracts/build';
import { checkExtractSet } from '../../../scripts/extracts/manifest';
import { fixtureTables, writeCsvSource } from './fixture';
import { build, hashTree, removeTempDirs, tempDir } from './harness';
import { killRuns } from './kill-run';

afterAll(removeTempDirs);

async function builtSet(): Promise<{ out: string; hash: string }> {
	const source = tempDir();
	writeCsvSource(source, fixtureTables());
	const out = join(tempDir(), 'extracts');
	const report = await build({ source, out });
	if (!report.ok) throw new Error(JSON.stringify(report.problems));
	return { out, hash: hashTree(out) };
}

describe('the extract builder killed with SIGKILL', () => {
	it('leaves no plain-text row, only git-ignored leftovers the next start removes, and the old or the new set', async () => {
		const summary = await killRuns(20);
		expect(summary.failures).toEqual([]);
		expect(summary.kills).toBe(20);
	}, 300_000);

	// A random kill almost never falls between the two renames (microseconds apart): this is that moment.
	it('puts the old set back when a kill came between the two renames', async () => {
		const { out, hash } = await builtSet();
		const parent = dirname(out);
		const holder = mkdtempSync(join(parent, '.extracts.old-'));
		writeFileSync(join(holder, '.owner'), '999999999');
		renameSync(out, join(holder, 'previous'));
		const staged = mkdtempSync(join(parent, '.extracts.tmp-'));
		writeFileSync(join(staged, 'half-written.parquet'), 'x');

		const notes = recoverExtracts(out);

		expect(readdirSync(parent)).toEqual(['extracts']);
		expect(hashTree(out)).toBe(hash);
		expect(notes).toEqual([
			`${out} was missing after an interrupted build; the previous extracts were put back`,
			`removed 2 leftover folder(s) of an interrupted build beside ${out}`
		]);
	});

	it('reports at the next start a set that does not match its manifests', async () => {
		const { out } = await builtSet();
		writeFileSync(join(out, 'un_system', 'engagements.parquet'), 'truncated');
		expect(checkExtractSet(out)).toBe('un_system/engagements.parquet does not match its manifest');
		expect(recoverExtracts(out)).toEqual([
			`${out} is not a complete set of extracts (un_system/engagements.parquet does not match its manifest); a successful build replaces it`
		]);
	});

	it('leaves alone the temporary folder of a build still running', async () => {
		const { out } = await builtSet();
		const running = mkdtempSync(join(dirname(out), '.extracts.tmp-'));
		writeFileSync(join(running, '.owner'), String(process.ppid));
		expect(recoverExtracts(out)).toEqual([]);
		expect(readdirSync(dirname(out)).sort()).toEqual([
			'.extracts.tmp-' + running.split('.extracts.tmp-')[1],
			'extracts'
		]);
	});
});
