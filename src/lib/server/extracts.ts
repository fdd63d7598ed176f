import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NodeQueryRunner } from '../../../scripts/lib/duckdb-node';
import { checkManifest } from '$lib/db/manifest';
import type { ExtractManifest } from '$lib/schema';

/**
 * The extracts of the tier being built, as the build's prerendering reads
 * them: the same folder the tier-data plugin copies into the site, so the
 * HTML's figures and the browser's engine answer from the same files.
 */
export const EXTRACTS_DIR = resolve('data/extracts', __DASHBOARD_TIER__);

let manifest: ExtractManifest | null = null;
let runner: Promise<NodeQueryRunner> | null = null;

export function buildManifest(): ExtractManifest {
	manifest ??= checkManifest(JSON.parse(readFileSync(join(EXTRACTS_DIR, 'manifest.json'), 'utf8')));
	return manifest;
}

/** Native DuckDB over this tier's extracts, opened once per build. */
export function buildRunner(): Promise<NodeQueryRunner> {
	runner ??= NodeQueryRunner.fromExtracts(EXTRACTS_DIR);
	return runner;
}
