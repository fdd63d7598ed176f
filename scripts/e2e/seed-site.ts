/**
 * A restricted site built from demo data of another seed than the default
 * one, so that a test can check prerendered figures against a second dataset
 * (tests/browser/prerendered.test.ts). Built into test-results/build-seed and
 * reused while its inputs are unchanged, like prepare.ts's builds.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildExtracts } from '../extracts';
import { DEFAULT_SEED } from '../demo-data/generate';
import { buildInputsHash, isBuildCurrent, recordBuild } from './build-cache';
import { buildTierInto } from './isolated-build';
import { ROOT } from './paths';

/** Any seed but the default one. */
export const SECOND_SEED = DEFAULT_SEED + 1;
const SOURCE_DIR = join(ROOT, 'test-results/seed-source');
const EXTRACTS_DIR = join(ROOT, 'test-results/seed-extracts');
export const SEED_BUILD_DIR = join(ROOT, 'test-results/build-seed');

/** Builds (or reuses) the restricted site of the second seed; returns its folder. */
export async function prepareSeedSite(): Promise<string> {
	rmSync(SOURCE_DIR, { recursive: true, force: true });
	const generated = spawnSync(
		'npx',
		['tsx', 'scripts/demo-data/main.ts', '--seed', String(SECOND_SEED), '--out', SOURCE_DIR],
		{ cwd: ROOT, stdio: 'inherit' }
	);
	if (generated.status !== 0) throw new Error(`demo data of seed ${SECOND_SEED} failed`);
	const report = await buildExtracts({
		source: SOURCE_DIR,
		out: EXTRACTS_DIR,
		reference: join(ROOT, 'data/reference')
	});
	if (!report.ok) {
		throw new Error(`seed ${SECOND_SEED} was refused: ${JSON.stringify(report.problems)}`);
	}
	const inputs = buildInputsHash('restricted', join(EXTRACTS_DIR, 'restricted'));
	const rebuild = process.env.CI === 'true' || process.env.E2E_REBUILD === '1';
	if (rebuild || !isBuildCurrent('restricted', SEED_BUILD_DIR, inputs, 'seed')) {
		buildTierInto('restricted', SEED_BUILD_DIR, EXTRACTS_DIR);
		recordBuild(SEED_BUILD_DIR, inputs, 'seed');
	}
	return SEED_BUILD_DIR;
}
