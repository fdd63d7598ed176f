import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { extractsFor, ROOT } from './paths';

/**
 * A build takes minutes (prerendering every page and precompressing the
 * DuckDB WebAssembly with brotli), so prepare.ts reuses a tier's build when
 * nothing it is made from has changed: the app's sources and configuration,
 * the lock file, and the tier's extracts.
 */

const SOURCE_PATHS = [
	'src',
	'static',
	'scripts/build',
	'svelte.config.js',
	'vite.config.ts',
	'tsconfig.json',
	'package.json',
	'package-lock.json'
];

function filesOf(path: string): string[] {
	if (!existsSync(path)) return [];
	if (statSync(path).isFile()) return [path];
	return readdirSync(path, { recursive: true, encoding: 'utf8' })
		.map((f) => join(path, f))
		.filter((f) => statSync(f).isFile())
		.sort();
}

function sha256(data: string | Buffer): string {
	return createHash('sha256').update(data).digest('hex');
}

/** Hash of everything a tier's build is made from; the manifest's build time is left out. */
export function buildInputsHash(tier: string, extracts = extractsFor(tier)): string {
	const hash = createHash('sha256').update(`tier=${tier}\n`);
	for (const file of SOURCE_PATHS.flatMap((p) => filesOf(join(ROOT, p)))) {
		hash.update(`${relative(ROOT, file)}\n`).update(readFileSync(file));
	}
	for (const file of filesOf(extracts)) {
		let content: Buffer | string = readFileSync(file);
		if (file.endsWith('manifest.json')) {
			const manifest = JSON.parse(content.toString('utf8')) as Record<string, unknown>;
			delete manifest.builtAt;
			content = JSON.stringify(manifest);
		}
		hash.update(`${relative(ROOT, file)}\n`).update(content);
	}
	return hash.digest('hex');
}

interface Stamp {
	inputs: string;
	/** What the build wrote, so a build replaced or edited since is not mistaken for ours. */
	output: string;
}

function outputHash(buildDir: string): string {
	const parts = ['index.html', '404.html', 'data/manifest.json'].map((f) => {
		const path = join(buildDir, f);
		return existsSync(path) ? sha256(readFileSync(path)) : 'missing';
	});
	return sha256(parts.join('\n'));
}

/** `name` tells apart two builds of one tier (the hostile-text site is a restricted build too). */
function stampPath(name: string): string {
	return join(ROOT, 'test-results/.build-stamps', `${name}.json`);
}

/** The tier of a built site, from its data/manifest.json; null without one. */
export function builtTier(buildDir: string): string | null {
	const path = join(buildDir, 'data/manifest.json');
	if (!existsSync(path)) return null;
	return (JSON.parse(readFileSync(path, 'utf8')) as { tier?: string }).tier ?? null;
}

/** True when `buildDir` holds the build of exactly these inputs. */
export function isBuildCurrent(
	tier: string,
	buildDir: string,
	inputs: string,
	name = tier
): boolean {
	const path = stampPath(name);
	if (!existsSync(path) || builtTier(buildDir) !== tier) return false;
	const stamp = JSON.parse(readFileSync(path, 'utf8')) as Stamp;
	return stamp.inputs === inputs && stamp.output === outputHash(buildDir);
}

export function recordBuild(buildDir: string, inputs: string, name: string): void {
	const path = stampPath(name);
	mkdirSync(dirname(path), { recursive: true });
	const stamp: Stamp = { inputs, output: outputHash(buildDir) };
	writeFileSync(path, JSON.stringify(stamp, null, '\t'));
}
