import { readdirSync, readFileSync } from 'node:fs';

/**
 * Memory of a Chromium and all its child processes, from /proc (Linux only).
 * The page's JS heap leaves out the DuckDB worker and its WASM memory, which
 * is most of what the dashboard costs. PSS, not RSS: RSS counts the shared
 * Chromium libraries once per process, several times over.
 */

function readOr(path: string): string | null {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return null;
	}
}

function processes(): { pid: number; ppid: number }[] {
	const out: { pid: number; ppid: number }[] = [];
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		const stat = readOr(`/proc/${name}/stat`);
		// Field 4 is the parent; the command name before it is in parentheses and may hold spaces.
		const ppid = stat ? Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) : NaN;
		if (Number.isFinite(ppid)) out.push({ pid: Number(name), ppid });
	}
	return out;
}

/** The browser process: the one started with this profile folder. */
export function browserPid(profileDir: string): number | null {
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		const cmdline = readOr(`/proc/${name}/cmdline`)?.split('\0') ?? [];
		if (
			cmdline.includes(`--user-data-dir=${profileDir}`) &&
			!cmdline.some((a) => a.startsWith('--type='))
		) {
			return Number(name);
		}
	}
	return null;
}

/** Sum of PSS over `root` and its descendants, in bytes; null when /proc cannot tell. */
export function treePssBytes(root: number): number | null {
	const all = processes();
	const tree = new Set([root]);
	for (let grew = true; grew;) {
		grew = false;
		for (const p of all) {
			if (tree.has(p.ppid) && !tree.has(p.pid)) {
				tree.add(p.pid);
				grew = true;
			}
		}
	}
	let total = 0;
	for (const pid of tree) {
		const kb = readOr(`/proc/${pid}/smaps_rollup`)?.match(/^Pss:\s+(\d+) kB/m)?.[1];
		if (kb) total += Number(kb) * 1024;
	}
	return total > 0 ? total : null;
}
