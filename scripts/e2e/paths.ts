import { resolve } from 'node:path';

/** Where the browser tests and the benchmark find their inputs; prepare.ts makes them. */
export const ROOT = resolve(import.meta.dirname, '../..');
export const DEMO_DIR = resolve(ROOT, 'data/demo');
export const EXTRACTS_DIR = resolve(ROOT, 'data/extracts');
/** The restricted build: vite's adapter-static always writes here. */
export const BUILD_DIR = resolve(ROOT, 'build');
/** The public build, moved aside so both tiers exist at once. */
export const PUBLIC_BUILD_DIR = resolve(ROOT, 'test-results/build-public');
export const SCREENSHOT_DIR = resolve(ROOT, 'test-results/screenshots');

export function extractsFor(tier: string): string {
	return resolve(EXTRACTS_DIR, tier);
}
