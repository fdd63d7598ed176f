import { DuckDBConnection, DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Query, QueryRunner, SqlParam } from '../../src/lib/sql/query.ts';
import { EXTRACT_TABLES, type ExtractTableName } from '../../src/lib/schema/index.ts';

/**
 * Native DuckDB with the same query API and the same value casts as the
 * browser's db layer, so an indicator's SQL is tested on the engine it runs on.
 */
export class NodeQueryRunner implements QueryRunner {
	private constructor(
		readonly connection: DuckDBConnection,
		private readonly checkTables: boolean
	) {}

	/**
	 * `checkTables` (test fixtures): before each query, its plan is read and a
	 * query whose plan scans an extract table missing from Query.tables is
	 * refused, since the browser would run it before that table is loaded.
	 */
	static async inMemory(options: { checkTables?: boolean } = {}): Promise<NodeQueryRunner> {
		const instance = await DuckDBInstance.create(':memory:');
		return new NodeQueryRunner(await instance.connect(), options.checkTables ?? false);
	}

	/** Opens a tier folder of extracts: every table of its manifest (derived ones too), as in the browser. */
	static async fromExtracts(tierDir: string): Promise<NodeQueryRunner> {
		const runner = await NodeQueryRunner.inMemory();
		const manifest = JSON.parse(readFileSync(join(tierDir, 'manifest.json'), 'utf8')) as {
			tables: Record<string, { file: string }>;
		};
		for (const [name, entry] of Object.entries(manifest.tables)) {
			const path = join(tierDir, entry.file).replaceAll("'", "''");
			await runner.exec(`CREATE TABLE "${name}" AS SELECT * FROM read_parquet('${path}')`);
		}
		return runner;
	}

	/** Runs trusted statements (fixtures, DDL); never for values from users. */
	async exec(sql: string): Promise<void> {
		await this.connection.run(sql);
	}

	async run<Row>(q: Query<Row>): Promise<Row[]> {
		if (this.checkTables) {
			const undeclared = (await this.tablesScanned(q)).filter((t) => !q.tables.includes(t));
			if (undeclared.length > 0) {
				throw new Error(
					`The query reads ${undeclared.join(', ')} but its tables are [${q.tables.join(', ')}]:\n${q.sql}`
				);
			}
		}
		const prepared = await this.connection.prepare(q.sql);
		q.params.forEach((value: SqlParam, i) => bindParam(prepared, i + 1, value));
		const reader = await prepared.runAndReadAll();
		return reader.getRowObjectsJS().map((row) => castRow(row as Record<string, unknown>)) as Row[];
	}

	/** The extract tables the query's physical plan scans, as DuckDB's EXPLAIN reports them. */
	async tablesScanned(q: Query<unknown>): Promise<ExtractTableName[]> {
		const prepared = await this.connection.prepare(`EXPLAIN (FORMAT json) ${q.sql}`);
		q.params.forEach((value: SqlParam, i) => bindParam(prepared, i + 1, value));
		const reader = await prepared.runAndReadAll();
		const scanned = new Set<string>();
		const walk = (node: PlanNode): void => {
			const name = node.extra_info?.Table;
			if (typeof name === 'string') scanned.add(name);
			node.children?.forEach(walk);
		};
		for (const [, plan] of reader.getRows()) (JSON.parse(String(plan)) as PlanNode[]).forEach(walk);
		return EXTRACT_TABLES.map((t) => t.name as ExtractTableName).filter((name) =>
			scanned.has(name)
		);
	}
}

interface PlanNode {
	readonly extra_info?: Record<string, unknown>;
	readonly children?: readonly PlanNode[];
}

type Prepared = Awaited<ReturnType<DuckDBConnection['prepare']>>;

export function bindParam(prepared: Prepared, index: number, value: SqlParam): void {
	if (value === null) prepared.bindNull(index);
	else if (typeof value === 'boolean') prepared.bindBoolean(index, value);
	else if (typeof value === 'number')
		if (Number.isInteger(value)) prepared.bindBigInt(index, BigInt(value));
		else prepared.bindDouble(index, value);
	else prepared.bindVarchar(index, value);
}

/** The Node twin of src/lib/db's cast: BIGINT to number, DATE to ISO day, lists to arrays. */
export function castValue(value: unknown): unknown {
	if (typeof value === 'bigint') return Number(value);
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (Array.isArray(value)) return value.map(castValue);
	return value;
}

function castRow(row: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(row)) out[k] = castValue(v);
	return out;
}

export type { DuckDBValue };
