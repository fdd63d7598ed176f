import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tierData } from '../../../scripts/build/tier-data-plugin';
import { tierFolderProblems } from '../../../scripts/build/tier-folder-check';
import { NodeQueryRunner } from '../../../scripts/lib/duckdb-node';
import type { Tier } from '../../../src/lib/schema/confidentiality';

const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A tier folder with a manifest of `manifestTier` and one recommendations
 * extract whose rows have the given levels (null: no value).
 */
async function tierFolder(
	manifestTier: string,
	levels: (string | null)[],
	options: { withLevelColumn?: boolean } = {}
): Promise<string> {
	const dir = mkdtempSync(join(tmpdir(), 'tier-folder-'));
	made.push(dir);
	const db = await NodeQueryRunner.inMemory();
	const rows = levels
		.map((l, i) => `('R${i}', ${l === null ? 'NULL' : `'${l}'`})`)
		.join(', ');
	const select =
		options.withLevelColumn === false
			? 'SELECT recommendation_id FROM t'
			: 'SELECT * FROM t';
	await db.exec(`CREATE TABLE t AS SELECT * FROM (VALUES ${rows}) v(recommendation_id, conf_level)`);
	await db.exec(`COPY (${select}) TO '${join(dir, 'recommendations.parquet')}' (FORMAT parquet)`);
	await db.exec(`COPY (SELECT 'FRA' AS iso3) TO '${join(dir, 'member_states.parquet')}' (FORMAT parquet)`);
	db.connection.closeSync();
	const manifest = {
		tier: manifestTier,
		tables: {
			recommendations: { file: 'recommendations.parquet' },
			member_states: { file: 'member_states.parquet' }
		}
	};
	writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
	return dir;
}

describe('tierFolderProblems', () => {
	it.each<[Tier, (string | null)[]]>([
		['public', ['public', 'public']],
		['un_system', ['public', 'un_system']],
		['restricted', ['public', 'un_system', 'restricted', null, '']]
	])('accepts a %s folder whose rows are at or below it', async (tier, levels) => {
		expect(await tierFolderProblems(await tierFolder(tier, levels), tier)).toEqual([]);
	});

	it('refuses a folder whose manifest names another tier, naming the manifest', async () => {
		const dir = await tierFolder('restricted', ['public']);
		const problems = await tierFolderProblems(dir, 'public');
		expect(problems).toEqual([
			`${join(dir, 'manifest.json')} is the manifest of tier "restricted", but DASHBOARD_TIER is "public".`
		]);
	});

	it('refuses rows above the tier, empty levels counting as restricted, naming the file', async () => {
		const dir = await tierFolder('un_system', ['public', 'restricted', 'un_system', null, '', 'restricted']);
		const problems = await tierFolderProblems(dir, 'un_system');
		expect(problems).toEqual([
			`${join(dir, 'recommendations.parquet')} holds 4 row(s) above tier "un_system" ` +
				'(conf_level restricted: 4).'
		]);
	});

	it('refuses a level the schema does not know, even for the restricted tier', async () => {
		const dir = await tierFolder('restricted', ['restricted', 'secret']);
		expect(await tierFolderProblems(dir, 'restricted')).toEqual([
			`${join(dir, 'recommendations.parquet')} holds 1 row(s) above tier "restricted" (conf_level secret: 1).`
		]);
	});

	it('refuses a levelled table without its conf_level column and a file the manifest does not list', async () => {
		const dir = await tierFolder('public', ['public'], { withLevelColumn: false });
		writeFileSync(join(dir, 'stray.parquet'), 'PAR1');
		const problems = await tierFolderProblems(dir, 'public');
		expect(problems).toEqual([
			`${join(dir, 'recommendations.parquet')} (table recommendations) has no conf_level column.`,
			`${join(dir, 'stray.parquet')} is not listed in ${join(dir, 'manifest.json')}.`
		]);
	});
});

describe('the build plugin', () => {
	it('stops `vite build` with the problems, and leaves the dev server alone', async () => {
		const extractsDir = mkdtempSync(join(tmpdir(), 'extracts-'));
		made.push(extractsDir);
		const dir = await tierFolder('restricted', ['restricted']);
		renameSync(dir, join(extractsDir, 'public'));
		const plugin = tierData({ tier: 'public', extractsDir });
		const context = {
			error(message: string): never {
				throw new Error(message);
			}
		};
		type Hook = (this: unknown, ...args: unknown[]) => unknown;
		const configResolved = plugin.configResolved as Hook;
		const buildStart = plugin.buildStart as Hook;

		configResolved.call(context, { command: 'serve' });
		await expect(buildStart.call(context)).resolves.toBeUndefined();
		configResolved.call(context, { command: 'build' });
		await expect(buildStart.call(context)).rejects.toThrow(
			/Refusing to build tier "public"[\s\S]*manifest of tier "restricted"[\s\S]*1 row\(s\) above tier "public"/
		);
	});
});
