/**
 * A restricted site whose every recommendation text is hostile: markup that
 * would run script if it were ever parsed as HTML or SVG, text a spreadsheet
 * would run as a formula, and right-to-left script. Built from the demo data
 * (so every page has its figures) into test-results/build-hostile, and
 * reused while its inputs are unchanged, like prepare.ts's builds.
 * tests/browser/hostile-text.test.ts opens it.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildExtracts } from '../extracts';
import { parseCsv, toCsv } from '../lib/csv';
import { buildInputsHash, isBuildCurrent, recordBuild } from './build-cache';
import { HOSTILE_TEXTS } from './hostile-texts';
import { buildTierInto } from './isolated-build';
import { DEMO_DIR, ROOT } from './paths';

export const HOSTILE_SOURCE_DIR = join(ROOT, 'test-results/hostile-source');
export const HOSTILE_EXTRACTS_DIR = join(ROOT, 'test-results/hostile-extracts');
export const HOSTILE_BUILD_DIR = join(ROOT, 'test-results/build-hostile');

/** The demo data with every recommendation's text replaced, in turn, by the hostile texts. */
function writeHostileSource(): void {
	if (!existsSync(join(DEMO_DIR, 'recommendations.csv'))) {
		throw new Error(`${DEMO_DIR} has no demo data: run npm run demo-data first.`);
	}
	rmSync(HOSTILE_SOURCE_DIR, { recursive: true, force: true });
	mkdirSync(HOSTILE_SOURCE_DIR, { recursive: true });
	cpSync(DEMO_DIR, HOSTILE_SOURCE_DIR, { recursive: true });
	const path = join(HOSTILE_SOURCE_DIR, 'recommendations.csv');
	const { header, records } = parseCsv(readFileSync(path, 'utf8'));
	if (!header.includes('text')) throw new Error('recommendations.csv has no text column');
	const rows = records.map((r, i) => {
		const row = Object.fromEntries(header.map((h, j) => [h, r[j]]));
		row.text = HOSTILE_TEXTS[i % HOSTILE_TEXTS.length];
		return row;
	});
	writeFileSync(path, toCsv(header, rows));
}

/** Builds (or reuses) the hostile restricted site; returns its folder. */
export async function prepareHostileSite(): Promise<string> {
	writeHostileSource();
	const report = await buildExtracts({
		source: HOSTILE_SOURCE_DIR,
		out: HOSTILE_EXTRACTS_DIR,
		reference: join(ROOT, 'data/reference')
	});
	if (!report.ok) {
		throw new Error(`the hostile source was refused: ${JSON.stringify(report.problems)}`);
	}
	const inputs = buildInputsHash('restricted', join(HOSTILE_EXTRACTS_DIR, 'restricted'));
	const rebuild = process.env.CI === 'true' || process.env.E2E_REBUILD === '1';
	if (rebuild || !isBuildCurrent('restricted', HOSTILE_BUILD_DIR, inputs, 'hostile')) {
		buildTierInto('restricted', HOSTILE_BUILD_DIR, HOSTILE_EXTRACTS_DIR);
		recordBuild(HOSTILE_BUILD_DIR, inputs, 'hostile');
	}
	return HOSTILE_BUILD_DIR;
}

if (process.argv[1] === import.meta.filename) {
	prepareHostileSite().then(
		(dir) => console.log(`[hostile site] ready: ${dir}`),
		(error: unknown) => {
			console.error(error);
			process.exitCode = 1;
		}
	);
}
