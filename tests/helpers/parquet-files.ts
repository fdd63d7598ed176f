import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { NodeQueryRunner } from '../../scripts/lib/duckdb-node';
import { query } from '../../src/lib/sql/query';
import { TABLES } from '../../src/lib/schema';
import { readManifest } from './indicators';

/** Every file under `dir`, recursively. */
export function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((f) => join(dir, f))
		.filter((f) => statSync(f).isFile());
}

function sqlPath(path: string): string {
	return `'${path.replaceAll("'", "''")}'`;
}

/** Column names and DuckDB types of a Parquet file, read by native DuckDB. */
export async function parquetColumns(
	db: NodeQueryRunner,
	path: string
): Promise<{ name: string; type: string }[]> {
	const rows = await db.run(
		query<{ column_name: string; column_type: string }>(
			`DESCRIBE SELECT * FROM read_parquet(${sqlPath(path)})`
		)
	);
	return rows.map((r) => ({ name: r.column_name, type: r.column_type }));
}

/** Rows of a Parquet file whose conf_level is anything but 'public' (NULL included). */
export async function nonPublicRows(db: NodeQueryRunner, path: string): Promise<number> {
	const [row] = await db.run(
		query<{ n: number }>(
			`SELECT count(*) AS n FROM read_parquet(${sqlPath(path)})
			WHERE conf_level IS DISTINCT FROM 'public'`
		)
	);
	return row.n;
}

/** Every distinct value of the VARCHAR columns of a Parquet file. */
export async function textValues(db: NodeQueryRunner, path: string): Promise<Set<string>> {
	const texts = new Set<string>();
	for (const c of await parquetColumns(db, path)) {
		if (c.type !== 'VARCHAR') continue;
		const name = c.name.replaceAll('"', '""');
		const rows = await db.run(
			query<{ v: string }>(
				`SELECT DISTINCT "${name}" AS v FROM read_parquet(${sqlPath(path)}) WHERE "${name}" IS NOT NULL`
			)
		);
		for (const r of rows) texts.add(r.v);
	}
	return texts;
}

/** The free-text values (schema `freeText` columns) of every table of a tier folder. */
export async function freeTexts(db: NodeQueryRunner, tierDir: string): Promise<Set<string>> {
	const { tables } = readManifest(tierDir);
	const texts = new Set<string>();
	for (const def of TABLES) {
		const entry = tables[def.name];
		if (!entry) continue;
		for (const col of def.columns.filter((c) => c.freeText)) {
			const rows = await db.run(
				query<{ v: string }>(
					`SELECT DISTINCT "${col.name}" AS v FROM read_parquet(${sqlPath(join(tierDir, entry.file))})
					WHERE "${col.name}" IS NOT NULL`
				)
			);
			for (const r of rows) texts.add(r.v);
		}
	}
	return texts;
}
