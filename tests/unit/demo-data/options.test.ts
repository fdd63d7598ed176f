import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDemoDataOptions, generateDemoData } from '../../../scripts/demo-data/generate';
import { OptionsError, parseCliOptions } from '../../../scripts/demo-data/options';
import { replaceFolderAtomically } from '../../../scripts/demo-data/output-folder';
import { removeTempDirs, tempDir } from './dataset';

afterAll(removeTempDirs);

describe('demo-data command line', () => {
	it('defaults to seed 2395, scale 1 and data/demo', () => {
		expect(parseCliOptions([])).toEqual({ seed: 2395, scale: 1, outDir: 'data/demo', help: false });
	});

	it('reads --flag value and --flag=value', () => {
		expect(parseCliOptions(['--seed', '7', '--scale=100', '--out', '/tmp/x'])).toEqual({
			seed: 7,
			scale: 100,
			outDir: '/tmp/x',
			help: false
		});
		expect(parseCliOptions(['--help']).help).toBe(true);
	});

	it.each([
		[['--seed', 'abc'], '--seed needs a whole number'],
		[['--seed', '-1'], '--seed needs a whole number, got "-1"'],
		[['--seed', '99999999999'], '--seed must be from 0 to'],
		[['--scale', '0'], '--scale must be from 1 to'],
		[['--scale', '1.5'], '--scale needs a whole number'],
		[['--scale'], '--scale needs a value'],
		[['--out='], '--out needs a value'],
		[['--seed', '1', '--seed', '2'], 'given twice'],
		[['--sede', '1'], 'Unknown option "--sede"'],
		[['demo'], 'Unknown option "demo"']
	])('rejects %j clearly', (argv, message) => {
		expect(() => parseCliOptions(argv)).toThrow(OptionsError);
		expect(() => parseCliOptions(argv)).toThrow(message);
	});

	it('rejects bad options given to the generator directly', () => {
		expect(() => checkDemoDataOptions({ seed: 1.5, scale: 1 })).toThrow('seed');
		expect(() => checkDemoDataOptions({ seed: 1, scale: 0 })).toThrow('scale');
		expect(() => checkDemoDataOptions({ seed: 0, scale: 1000 })).not.toThrow();
	});
});

describe('demo-data output folder', () => {
	it('refuses to replace a folder it did not write, and leaves it untouched', () => {
		const outDir = join(tempDir(), 'precious');
		mkdirSync(outDir);
		writeFileSync(join(outDir, 'member_states.csv'), 'real data\n');
		expect(() => generateDemoData({ seed: 1, scale: 1, outDir })).toThrow('Refusing to replace');
		expect(readFileSync(join(outDir, 'member_states.csv'), 'utf8')).toBe('real data\n');
	});

	it('keeps the previous dataset, and no partial folder, when a run fails', () => {
		const outDir = join(tempDir(), 'demo');
		mkdirSync(outDir);
		writeFileSync(join(outDir, 'source.json'), '{"generator":"ctc-demo-data/1"}\n');
		writeFileSync(join(outDir, 'assessments.csv'), 'previous\n');
		expect(() =>
			replaceFolderAtomically(outDir, (temp) => {
				writeFileSync(join(temp, 'assessments.csv'), 'half written');
				throw new Error('crash mid-way');
			})
		).toThrow('crash mid-way');
		expect(readFileSync(join(outDir, 'assessments.csv'), 'utf8')).toBe('previous\n');
		expect(readdirSync(dirname(outDir))).toEqual(['demo']);
	});

	it('replaces a previous demo dataset as a whole', () => {
		const outDir = join(tempDir(), 'demo');
		replaceFolderAtomically(outDir, (temp) => writeFileSync(join(temp, 'old.csv'), 'x'));
		writeFileSync(join(outDir, 'source.json'), '{"generator":"ctc-demo-data/1"}\n');
		replaceFolderAtomically(outDir, (temp) => writeFileSync(join(temp, 'new.csv'), 'y'));
		expect(readdirSync(outDir)).toEqual(['new.csv']);
		expect(existsSync(join(outDir, 'old.csv'))).toBe(false);
		expect(readdirSync(dirname(outDir))).toEqual(['demo']);
	});
});
