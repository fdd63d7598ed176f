import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	symlinkSync
} from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from './paths';

/** Top-level entries a build never reads, or that belong to whoever else is building. */
const NOT_COPIED = new Set([
	'node_modules',
	'.git',
	'.svelte-kit',
	'build',
	'test-results',
	'bench-results',
	'tests',
	'.ci'
]);

/** Where isolated builds run: inside the repository, so the result is renamed, not copied. */
const WORK_DIR = join(ROOT, 'test-results/.build-work');

export class BuildError extends Error {}

/**
 * Builds one tier in a private copy of the project and moves its output to
 * `dest`. adapter-static always writes ./build and SvelteKit ./.svelte-kit, so
 * two builds in one checkout overwrite each other; a copy keeps this build
 * from clobbering, or being clobbered by, anyone else's `npm run build`.
 * `extracts` builds from another extracts folder than data/extracts.
 */
export function buildTierInto(tier: string, dest: string, extracts?: string): void {
	// node_modules is linked from the checkout, so Vite resolves its files there and reads the
	// checkout's tsconfig.json, which extends .svelte-kit/tsconfig.json: on a fresh clone no
	// `svelte-kit sync` has written that yet, and every transform fails.
	if (!existsSync(join(ROOT, '.svelte-kit/tsconfig.json'))) {
		const sync = spawnSync('npx', ['svelte-kit', 'sync'], { cwd: ROOT, stdio: 'inherit' });
		if (sync.status !== 0) throw new BuildError('svelte-kit sync failed in the checkout.');
	}
	const work = join(WORK_DIR, tier);
	removeWorkDir(work);
	mkdirSync(work, { recursive: true });
	try {
		for (const entry of readdirSync(ROOT)) {
			if (!NOT_COPIED.has(entry)) cpSync(join(ROOT, entry), join(work, entry), { recursive: true });
		}
		symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');
		if (extracts !== undefined) {
			const tierDir = join(work, 'data/extracts', tier);
			rmSync(tierDir, { recursive: true, force: true });
			cpSync(join(extracts, tier), tierDir, { recursive: true });
		}

		const started = Date.now();
		console.log(`[e2e prepare] build ${tier}: DASHBOARD_TIER=${tier} vite build (in ${work})`);
		const result = spawnSync('npx', ['vite', 'build'], {
			cwd: work,
			stdio: 'inherit',
			env: { ...process.env, DASHBOARD_TIER: tier }
		});
		if (result.status !== 0) {
			throw new BuildError(
				`vite build for tier ${tier} exited with ${result.status ?? result.signal}.`
			);
		}
		const out = join(work, 'build');
		const manifest = join(out, 'data/manifest.json');
		if (!existsSync(join(out, 'index.html')) || !existsSync(manifest)) {
			throw new BuildError(
				`vite build for tier ${tier} wrote no index.html or data/manifest.json.`
			);
		}
		const built = (JSON.parse(readFileSync(manifest, 'utf8')) as { tier?: string }).tier;
		if (built !== tier) {
			throw new BuildError(`the ${tier} build holds the extracts of tier "${built}".`);
		}
		rmSync(dest, { recursive: true, force: true });
		mkdirSync(dirname(dest), { recursive: true });
		renameSync(out, dest);
		console.log(
			`[e2e prepare] build ${tier}: done in ${((Date.now() - started) / 1000).toFixed(0)} s`
		);
	} finally {
		removeWorkDir(work);
	}
}

/** Best effort: a failed clean-up must not hide the build's own error. */
function removeWorkDir(work: string): void {
	try {
		rmSync(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 500 });
	} catch (error) {
		console.warn(`[e2e prepare] could not remove ${work}: ${(error as Error).message}`);
	}
}
