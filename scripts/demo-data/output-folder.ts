/**
 * Writes a dataset into a sibling temp folder and swaps it in at the end, so
 * that a crash or an interrupted run never leaves half a dataset where the
 * extract builder will read it.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { recoverDirectory, replaceDirectory, siblingTempDir } from '../lib/atomic-dir';

export const GENERATOR = 'ctc-demo-data/1';
export const SOURCE_FILE = 'source.json';

/** The output folder holds something this generator must not overwrite. */
export class RefusedOutputError extends Error {}

/** Only an empty folder or one this generator wrote may be replaced: `--out data/reference` must not wipe real data. */
function isReplaceable(dir: string): boolean {
	if (readdirSync(dir).length === 0) return true;
	try {
		const source: unknown = JSON.parse(readFileSync(join(dir, SOURCE_FILE), 'utf8'));
		const generator = (source as { generator?: unknown }).generator;
		return typeof generator === 'string' && generator.startsWith('ctc-demo-data/');
	} catch {
		return false;
	}
}

export function replaceFolderAtomically<T>(outDir: string, fill: (tempDir: string) => T): T {
	const target = resolve(outDir);
	recoverDirectory(target);
	if (existsSync(target) && !isReplaceable(target)) {
		throw new RefusedOutputError(
			`Refusing to replace ${target}: it is not empty and has no ${SOURCE_FILE} written by ${GENERATOR}. ` +
				'Choose another --out folder or remove it first.'
		);
	}
	const temp = siblingTempDir(target);
	let result: T;
	try {
		result = fill(temp);
	} catch (error) {
		rmSync(temp, { recursive: true, force: true });
		throw error;
	}
	replaceDirectory(target, temp);
	return result;
}
