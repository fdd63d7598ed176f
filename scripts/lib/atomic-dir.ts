import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** The file in a temporary folder naming the process that made it. */
const OWNER_FILE = '.owner';
/** Inside a holder folder: the previous contents of the target while the new ones are swapped in. */
const PREVIOUS = 'previous';

type TempKind = 'tmp' | 'old';

function tempPrefix(target: string, kind: TempKind): string {
	return `.${basename(resolve(target))}.${kind}-`;
}

function makeTemp(target: string, kind: TempKind): string {
	const parent = dirname(resolve(target));
	mkdirSync(parent, { recursive: true });
	const dir = mkdtempSync(join(parent, tempPrefix(target, kind)));
	writeFileSync(join(dir, OWNER_FILE), String(process.pid));
	return dir;
}

/**
 * A new folder beside `target` (same file system, so a rename can swap it in),
 * named so it is visibly temporary, `.extracts.tmp-XXXXXX` (git ignores the
 * pattern), and holding only the owner file until the caller fills it. The
 * owner file lets the next run tell a killed run's leftovers from a run still
 * going. Callers must leave `.owner` in place.
 */
export function siblingTempDir(target: string): string {
	return makeTemp(target, 'tmp');
}

/** The owner file is bookkeeping: a swapped-in folder must not carry it. */
function dropOwnerFile(dir: string): void {
	rmSync(join(dir, OWNER_FILE), { force: true });
}

/**
 * Replaces `target` by `staged` with renames: the old folder is moved into a
 * holder (`.extracts.old-XXXXXX/previous`), the new one moved in, then the
 * holder removed. If the second rename fails the old folder is put back.
 * Readers never see a half-written folder; a kill between the two renames
 * leaves the old folder in the holder, and `recoverDirectory` puts it back.
 */
export function replaceDirectory(target: string, staged: string): void {
	const absolute = resolve(target);
	dropOwnerFile(staged);
	if (!existsSync(absolute)) {
		renameSync(staged, absolute);
		return;
	}
	const holder = makeTemp(target, 'old');
	const aside = join(holder, PREVIOUS);
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

function ownerAlive(dir: string): boolean {
	let pid: number;
	try {
		pid = Number(readFileSync(join(dir, OWNER_FILE), 'utf8'));
	} catch {
		return false;
	}
	if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: the process exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

export interface Recovery {
	/** The previous folder was found in a holder (a kill between the two renames) and put back. */
	readonly restored: boolean;
	/** Leftover temporary folders of killed runs, removed. */
	readonly removed: readonly string[];
}

/**
 * Run before writing `target` anew: finishes what a killed run left. A
 * holder whose old folder never got its replacement (the run died between
 * the two renames) is renamed back, so `target` is the complete old folder;
 * then every temporary folder of a run no longer alive is removed. Folders of
 * a run still going (another process) are left alone.
 */
export function recoverDirectory(target: string): Recovery {
	const absolute = resolve(target);
	const parent = dirname(absolute);
	if (!existsSync(parent)) return { restored: false, removed: [] };
	const prefixes = [tempPrefix(target, 'tmp'), tempPrefix(target, 'old')];
	const leftovers = readdirSync(parent)
		.filter((name) => prefixes.some((p) => name.startsWith(p)))
		.map((name) => join(parent, name))
		.filter((dir) => !ownerAlive(dir));
	let restored = false;
	if (!existsSync(absolute)) {
		const holder = leftovers.find(
			(dir) => basename(dir).startsWith(prefixes[1]) && existsSync(join(dir, PREVIOUS))
		);
		if (holder) {
			renameSync(join(holder, PREVIOUS), absolute);
			restored = true;
		}
	}
	for (const dir of leftovers) rmSync(dir, { recursive: true, force: true });
	return { restored, removed: leftovers };
}
