import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	CONF_ORDER,
	confRank,
	FAIL_CLOSED_LEVEL,
	type Tier
} from '../../src/lib/schema/confidentiality.ts';
import { TABLES } from '../../src/lib/schema/index.ts';
import { query } from '../../src/lib/sql/query.ts';
import type { ExtractManifest } from '../../src/lib/schema/manifest.ts';

const CONF_COLUMN = 'conf_level';

/** Tables whose rows carry a confidentiality level; the others hold public reference data. */
const LEVELLED_TABLES = new Set(
	TABLES.filter((t) => t.columns.some((c) => c.name === CONF_COLUMN)).map((t) => t.name)
);

function sqlString(value: string): string {
	return `'${value.replaceAll("'", "''")}'`;
}

/**
 * Why the extracts in `dir` must not go into a build of `tier`: a manifest of
 * another tier, a Parquet file the manifest does not list, a levelled table
 * without its conf_level column, or rows above the tier (an empty level counts
 * as restricted, an unknown one as above every tier). Each reason names its
 * file. Empty when the folder is fit.
 */
export async function tierFolderProblems(dir: string, tier: Tier): Promise<string[]> {
	const manifestPath = join(dir, 'manifest.json');
	if (!existsSync(manifestPath)) {
		return [`${manifestPath} is missing. Run "npm run extracts" before "npm run build".`];
	}
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Partial<ExtractManifest>;
	const problems: string[] = [];
	if (manifest.tier !== tier) {
		problems.push(
			`${manifestPath} is the manifest of tier "${String(manifest.tier)}", but DASHBOARD_TIER is "${tier}".`
		);
	}
	const listed = new Map(Object.entries(manifest.tables ?? {}).map(([name, t]) => [t.file, name]));
	const allowed = CONF_ORDER.filter((level) => confRank(level) <= confRank(tier));

	// Loaded here, not at the top: vite.config.ts imports this module for every dev server and test run.
	const { NodeQueryRunner } = await import('../lib/duckdb-node.ts');
	const db = await NodeQueryRunner.inMemory();
	try {
		for (const file of readdirSync(dir).filter((f) => f.endsWith('.parquet')).sort()) {
			const path = join(dir, file);
			const table = listed.get(file);
			if (table === undefined) {
				problems.push(`${path} is not listed in ${manifestPath}.`);
				continue;
			}
			const source = `read_parquet(${sqlString(path)})`;
			const columns = await db.run(
				query<{ column_name: string }>(`SELECT column_name FROM (DESCRIBE SELECT * FROM ${source})`)
			);
			if (!columns.some((c) => c.column_name === CONF_COLUMN)) {
				if (LEVELLED_TABLES.has(table)) {
					problems.push(`${path} (table ${table}) has no ${CONF_COLUMN} column.`);
				}
				continue;
			}
			const level = `coalesce(nullif(${CONF_COLUMN}, ''), ${sqlString(FAIL_CLOSED_LEVEL)})`;
			const above = await db.run(
				query<{ level: string; n: number }>(
					`SELECT ${level} AS level, count(*) AS n FROM ${source} ` +
					`WHERE ${level} NOT IN (${allowed.map(sqlString).join(', ')}) GROUP BY ALL ORDER BY level`
				)
			);
			if (above.length) {
				const total = above.reduce((sum, r) => sum + r.n, 0);
				const levels = above.map((r) => `${r.level}: ${r.n}`).join(', ');
				problems.push(
					`${path} holds ${total} row(s) above tier "${tier}" (${CONF_COLUMN} ${levels}).`
				);
			}
		}
	} finally {
		db.connection.closeSync();
	}
	return problems;
}
