import { NodeQueryRunner } from '../../scripts/lib/duckdb-node';
import {
	createDerivedSql,
	DERIVED_TABLES,
	duckdbType,
	table,
	TABLES,
	type TableName
} from '../../src/lib/schema';
import { query, SqlParams, type SqlParam } from '../../src/lib/sql/query';

export type FixtureRow = Record<string, SqlParam>;

/**
 * An in-memory native DuckDB with every table of the schema, empty, typed as
 * in the extracts. Tests insert a few hand-made rows and compute answers by hand.
 * Every query run on it must declare each extract table its plan scans
 * (Query.tables), so each query a SQL test runs checks what the browser loads.
 */
export async function schemaDb(): Promise<NodeQueryRunner> {
	const runner = await NodeQueryRunner.inMemory({ checkTables: true });
	for (const def of TABLES) {
		const columns = def.columns.map((c) => `"${c.name}" ${duckdbType(c.type)}`).join(', ');
		await runner.exec(`CREATE TABLE "${def.name}" (${columns})`);
	}
	await deriveTables(runner);
	return runner;
}

/** The derived tables from the fixture's rows, with the SQL the extract builder runs per tier. */
async function deriveTables(runner: NodeQueryRunner): Promise<void> {
	for (const derived of DERIVED_TABLES) await runner.exec(createDerivedSql(derived));
}

/** Inserts rows through bound parameters; unnamed columns are NULL. */
export async function insertRows(
	runner: NodeQueryRunner,
	tableName: TableName,
	rows: readonly FixtureRow[]
): Promise<void> {
	const def = table(tableName);
	for (const row of rows) {
		for (const name of Object.keys(row)) {
			if (!def.columns.some((c) => c.name === name)) {
				throw new Error(`Fixture column ${tableName}.${name} is not in the schema.`);
			}
		}
		const p = new SqlParams();
		const values = def.columns.map(
			(c) => `CAST(${p.add(row[c.name] ?? null)} AS ${duckdbType(c.type)})`
		);
		await runner.run(query(`INSERT INTO "${tableName}" VALUES (${values.join(', ')})`, p.values));
	}
	// Derived tables follow their sources, as they do in an extract.
	if (DERIVED_TABLES.some((d) => d.sources.includes(tableName))) await deriveTables(runner);
}

/**
 * A Member State row with neutral defaults (name = ISO3, sub-region = region,
 * group "<region> group"); a test names only the fields its answers depend on.
 */
export function memberState(iso3: string, fields: FixtureRow = {}): FixtureRow {
	const region = typeof fields.region === 'string' ? fields.region : 'Africa';
	return {
		iso3,
		iso2: iso3.slice(0, 2),
		m49: '000',
		name: iso3,
		region,
		sub_region: region,
		un_regional_group: `${region} group`,
		ldc: false,
		lldc: false,
		sids: false,
		admission_date: '1945-10-24',
		...fields
	};
}
