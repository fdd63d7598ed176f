import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * A new empty folder beside `target` (same file system, so a rename can swap
 * it in), named so it is visibly temporary: `.extracts.tmp-XXXXXX`.
 */
export function siblingTempDir(target: string): string {
	const parent = dirname(resolve(target));
	mkdirSync(parent, { recursive: true });
	return mkdtempSync(join(parent, `.${basename(target)}.tmp-`));
}

/**
 * Replaces `target` by `staged` with renames: the old folder is moved aside,
 * the new one moved in, then the old one removed. If the second rename fails
 * the old folder is put back. Readers never see a half-written folder.
 */
export function replaceDirectory(target: string, staged: string): void {
	const absolute = resolve(target);
	if (!existsSync(absolute)) {
		renameSync(staged, absolute);
		return;
	}
	const holder = siblingTempDir(target);
	const aside = join(holder, 'previous');
	renameSync(absolute, aside);
	try {
		renameSync(staged, absolute);
	} catch (error) {
		renameSync(aside, absolute);
		rmSync(holder, { recursive: true, force: true });
		throw error;
	}
	rmSync(holder, { recursive: true, force: true });
}
