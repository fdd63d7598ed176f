import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, watch } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { BUILD_V8_FLAGS, recoverExtracts } from '../../../scripts/extracts/build';
import { checkExtractSet } from '../../../scripts/extracts/manifest';
import { TIERS } from '../../../src/lib/schema';
import { fixtureTables, writeCsvSource } from './fixture';
import { REFERENCE, tempDir } from './harness';

/*
 * The extract builder under SIGKILL. `npm run extracts` runs as a child
 * process and is killed at random moments; after each kill the three
 * promises of issue 18 are checked:
 *  1. no plain-text copy of a source row exists outside the source folder;
 *  2. the leftovers are git-ignored, and the next start removes them;
 *  3. after that start, the extracts folder is the complete old set or the
 *     complete new one, never a mix or nothing.
 * Shared by kill.test.ts and `npm run soak`.
 */

const ROOT = resolve(import.meta.dirname, '../../..');

export interface KillSummary {
	readonly kills: number;
	/** Kills after which the new set was in place (the rest left the old one). */
	readonly newSets: number;
	/** Every broken promise, with the kill it followed. */
	readonly failures: readonly string[];
}

/** Two sources differing in a restricted recommendation's free text, each with its own marker. */
function sources(): { dir: string; marker: string }[] {
	return ['alpha', 'beta'].map((name) => {
		const tables = fixtureTables();
		const marker = `kill-test marker ${name} ${Math.random().toString(36).slice(2)}`;
		const restricted = tables.recommendations.find((r) => r.conf_level === 'restricted');
		if (!restricted) throw new Error('the fixture has no restricted recommendation');
		restricted.text = marker;
		const dir = tempDir(`kill-source-${name}-`);
		writeCsvSource(dir, tables);
		return { dir, marker };
	});
}

function startBuild(source: string, out: string) {
	return spawn(
		process.execPath,
		[
			...BUILD_V8_FLAGS,
			'--import',
			'tsx',
			'scripts/extracts/main.ts',
			'--source',
			source,
			'--out',
			out,
			'--reference',
			REFERENCE
		],
		{ cwd: ROOT, stdio: 'ignore' }
	);
}

interface BuildTimes {
	readonly code: number | null;
	/** From the spawn to the temporary folder's appearance (Node's start-up, mostly). */
	readonly startMs: number;
	/** From then to the exit: the build proper. */
	readonly buildMs: number;
}

/**
 * Runs a build into `out`, calling `onSpawn` at once and `onStart` when its
 * temporary folder appears beside `out` (the build proper has begun).
 */
function watchedBuild(
	source: string,
	out: string,
	onSpawn: (child: ChildProcess) => void,
	onStart: (child: ChildProcess) => void
): Promise<BuildTimes> {
	return new Promise((done, fail) => {
		const spawnedAt = Date.now();
		let startedAt = 0;
		const watcher = watch(dirname(out), (_event, name) => {
			if (startedAt !== 0 || !name?.startsWith(`.${basename(out)}.tmp-`)) return;
			startedAt = Date.now();
			onStart(child);
		});
		const child = startBuild(source, out);
		onSpawn(child);
		child.on('error', fail);
		child.on('exit', (code) => {
			watcher.close();
			const end = Date.now();
			const start = startedAt === 0 ? end : startedAt;
			done({ code, startMs: start - spawnedAt, buildMs: end - start });
		});
	});
}

async function runBuild(source: string, out: string): Promise<BuildTimes> {
	const times = await watchedBuild(
		source,
		out,
		() => {},
		() => {}
	);
	if (times.code !== 0) throw new Error(`build exited ${times.code}`);
	return times;
}

function filesUnder(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((name) => join(dir, name))
		.filter((path) => statSync(path).isFile());
}

/** The SHA-256 of each extract file per tier, from the manifests. */
function fileHashes(out: string): string {
	return TIERS.map((tier) => {
		const manifest = JSON.parse(readFileSync(join(out, tier, 'manifest.json'), 'utf8')) as {
			tables: Record<string, { file: string; sha256: string }>;
		};
		const files = Object.values(manifest.tables).map((t) => `${t.file}:${t.sha256}`);
		return `${tier}[${files.sort().join(',')}]`;
	}).join(' ');
}

/** The leftover paths git does not ignore, as if they were beside data/extracts. */
function notIgnored(leftovers: readonly string[]): string[] {
	if (leftovers.length === 0) return [];
	const asInRepo = leftovers.map((p) => `data/${p}`);
	const result = spawnSync('git', ['check-ignore', '--no-index', ...asInRepo], {
		cwd: ROOT,
		encoding: 'utf8'
	});
	const ignored = new Set(result.stdout.split('\n').filter(Boolean));
	return asInRepo.filter((p) => !ignored.has(p));
}

/**
 * Builds the old set, then `kills` times: starts a build of the other source
 * into the same folder, kills it at a random moment (uniform over a full
 * build's duration, measured first), and checks the three promises.
 */
export async function killRuns(
	kills: number,
	random: () => number = Math.random
): Promise<KillSummary> {
	const [alpha, beta] = sources();
	const parent = tempDir('kill-out-');
	const out = join(parent, 'extracts');
	const reference = join(tempDir('kill-ref-'), 'extracts');
	await runBuild(beta.dir, reference);
	const betaHashes = fileHashes(reference);
	const full = await runBuild(alpha.dir, out);
	const alphaHashes = fileHashes(out);
	const failures: string[] = [];
	let newSets = 0;
	let current = alphaHashes;
	for (let k = 1; k <= kills; k++) {
		const next = current === alphaHashes ? beta : alpha;
		const nextHashes = current === alphaHashes ? betaHashes : alphaHashes;
		// Every fourth kill falls anywhere, start-up included; the others while the build works.
		const anywhere = k % 4 === 0;
		const span = anywhere ? full.startMs + full.buildMs : full.buildMs;
		const delay = Math.round(random() * span * 1.1);
		const kill = (child: ChildProcess): void => {
			setTimeout(() => child.kill('SIGKILL'), delay);
		};
		const none = (): void => {};
		await watchedBuild(next.dir, out, anywhere ? kill : none, anywhere ? none : kill);
		const fail = (what: string): void => {
			failures.push(`kill ${k}, ${delay} ms after the ${anywhere ? 'spawn' : 'start'}: ${what}`);
		};

		const written = filesUnder(parent);
		for (const path of written) {
			const bytes = readFileSync(path);
			// Parquet files are the output itself (zstd by default); everything else must be free of rows.
			if (path.endsWith('.parquet')) continue;
			for (const { marker } of [alpha, beta]) {
				if (bytes.includes(marker))
					fail(`${relative(parent, path)} holds a source row in plain text`);
			}
		}
		const leftovers = readdirSync(parent).filter((name) => name !== basename(out));
		for (const path of notIgnored(leftovers.map((name) => `${name}/file`))) {
			fail(`git does not ignore the leftover ${dirname(path)}`);
		}

		// The next start: what `npm run extracts` does before building.
		recoverExtracts(out);
		const after = readdirSync(parent);
		if (after.length !== 1 || after[0] !== basename(out)) {
			fail(`the next start left ${JSON.stringify(after)} beside the extracts`);
		}
		const incomplete = checkExtractSet(out);
		if (!existsSync(out)) {
			fail('no extracts folder');
			continue;
		}
		if (incomplete !== null) {
			fail(`incomplete set: ${incomplete}`);
			continue;
		}
		const hashes = fileHashes(out);
		if (hashes === nextHashes) {
			newSets++;
			current = nextHashes;
		} else if (hashes !== current) {
			fail('the extracts are neither the old set nor the new one');
			current = hashes;
		}
	}
	return { kills, newSets, failures };
}
