import { spawnSync } from 'node:child_process';

/**
 * Runs this script again in a child Node process started with the given V8
 * flags, unless it already was, and exits with the child's status. Heap-size
 * flags only take effect at start-up (v8.setFlagsFromString is too late), and
 * package.json scripts cannot set NODE_OPTIONS portably across shells.
 * Returns normally only inside the relaunched process.
 */
export function relaunchWithV8Flags(flags: readonly string[]): void {
	const missing = flags.filter((f) => !process.execArgv.includes(f));
	if (missing.length === 0) return;
	const child = spawnSync(
		process.execPath,
		[...process.execArgv, ...missing, ...process.argv.slice(1)],
		{
			stdio: 'inherit'
		}
	);
	if (child.error) throw child.error;
	process.exit(child.status ?? 1);
}
