/**
 * Makes everything the browser tests read, from a fresh clone: demo data (if
 * absent), the extracts of every tier, the public build in
 * test-results/build-public and the restricted build in build/ (what
 * `npm run serve` shows). Each build runs in a private copy of the project
 * (isolated-build.ts), and is skipped locally while its inputs are unchanged.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildInputsHash, isBuildCurrent, recordBuild } from './build-cache';
import { BuildError, buildTierInto } from './isolated-build';
import { BUILD_DIR, DEMO_DIR, extractsFor, PUBLIC_BUILD_DIR, ROOT } from './paths';

function run(step: string, command: string, args: string[]): void {
	const started = Date.now();
	console.log(`[e2e prepare] ${step}: ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
	if (result.error)
		throw new BuildError(`${step}: could not start "${command}": ${result.error.message}`);
	if (result.status !== 0) {
		throw new BuildError(
			`${step} exited with ${result.status ?? result.signal}. Its output is above.`
		);
	}
	console.log(`[e2e prepare] ${step}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function hasCsv(dir: string): boolean {
	return existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.csv'));
}

/** CI always builds; locally a build is reused while its inputs are unchanged (build-cache.ts). */
const forceBuild = process.env.CI === 'true' || process.env.E2E_REBUILD === '1';

function ensureBuild(tier: string, dest: string): void {
	const inputs = buildInputsHash(tier);
	if (!forceBuild && isBuildCurrent(tier, dest, inputs)) {
		console.log(
			`[e2e prepare] build ${tier}: reusing ${relative(ROOT, dest)}/ (inputs unchanged; ` +
				'E2E_REBUILD=1 forces a build)'
		);
		return;
	}
	buildTierInto(tier, dest);
	recordBuild(dest, inputs, tier);
}

try {
	if (!hasCsv(DEMO_DIR)) run('demo data', 'npm', ['run', 'demo-data']);
	else console.log(`[e2e prepare] demo data: keeping ${relative(ROOT, DEMO_DIR)}/`);

	run('extracts', 'npm', ['run', 'extracts']);
	for (const tier of ['public', 'un_system', 'restricted']) {
		if (!existsSync(join(extractsFor(tier), 'manifest.json'))) {
			throw new BuildError(`"npm run extracts" succeeded but wrote no manifest for tier ${tier}.`);
		}
	}

	ensureBuild('public', PUBLIC_BUILD_DIR);
	ensureBuild('restricted', BUILD_DIR);
	console.log('[e2e prepare] ready: build/ (restricted) and test-results/build-public/ (public)');
} catch (error) {
	console.error(`\n[e2e prepare] FAILED: ${(error as Error).message}\n`);
	process.exitCode = 1;
}
