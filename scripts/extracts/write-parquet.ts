import type { DuckDBConnection } from '@duckdb/node-api';
import { join } from 'node:path';
import {
	duckdbType,
	REFERENCE_DATE_COLUMNS,
	table,
	type DerivedTable,
	type TableDef
} from '../../src/lib/schema';
import { ident, LEVEL_COLUMN, stagingTableName } from './staging';

/** DuckDB schema holding one build's tables, dropped afterwards (a shared connection stays clean). */
export const BUILD_SCHEMA = 'ctc_extract_build';

export type Compression = 'zstd' | 'uncompressed';

function literal(text: string): string {
	return `'${text.replaceAll("'", "''")}'`;
}

function qualified(table: string): string {
	return `${ident(BUILD_SCHEMA)}.${ident(table)}`;
}

export async function resetBuildSchema(conn: DuckDBConnection): Promise<void> {
	await conn.run(`DROP SCHEMA IF EXISTS ${ident(BUILD_SCHEMA)} CASCADE`);
	await conn.run(`CREATE SCHEMA ${ident(BUILD_SCHEMA)}`);
}

export async function dropBuildSchema(conn: DuckDBConnection): Promise<void> {
	await conn.run(`DROP SCHEMA IF EXISTS ${ident(BUILD_SCHEMA)} CASCADE`);
}

/**
 * Makes the typed table from its staging table: every column cast to its
 * schema type (lists arrive `;`-joined and are split into VARCHAR[]), plus the
 * level rank; the staging table is dropped.
 */
export async function loadStagedTable(conn: DuckDBConnection, table: TableDef): Promise<void> {
	const select = table.columns.map((c) =>
		c.type === 'list'
			? `CAST(string_split(${ident(c.name)}, ';') AS VARCHAR[]) AS ${ident(c.name)}`
			: `CAST(${ident(c.name)} AS ${duckdbType(c.type)}) AS ${ident(c.name)}`
	);
	select.push(ident(LEVEL_COLUMN));
	const staged = qualified(stagingTableName(table));
	await conn.run(
		`CREATE TABLE ${qualified(table.name)} AS SELECT ${select.join(', ')} FROM ${staged}`
	);
	await conn.run(`DROP TABLE ${staged}`);
}

/**
 * Writes one tier's Parquet file of a table: the rows whose effective level
 * rank is at most the tier's, columns in schema order, source row order kept.
 * Returns the number of rows written.
 */
export async function writeTierTable(
	conn: DuckDBConnection,
	table: TableDef,
	tierRank: number,
	path: string,
	compression: Compression
): Promise<number> {
	const columns = table.columns.map((c) => ident(c.name)).join(', ');
	const reader = await conn.runAndReadAll(
		`COPY (SELECT ${columns} FROM ${qualified(table.name)} WHERE ${ident(LEVEL_COLUMN)} <= $1) ` +
			`TO ${literal(path)} (FORMAT parquet, COMPRESSION ${compression === 'zstd' ? 'zstd' : 'uncompressed'})`,
		[tierRank]
	);
	return Number(reader.getRows()[0]?.[0] ?? 0);
}

/**
 * Writes one tier's Parquet file of a derived table, computed from the tier's
 * own files of its sources (already written in `tierDir`), so it cannot hold
 * a row of a higher tier. Columns are cast to the declared types and rows
 * sorted, so the file has the schema the browser expects and is reproducible.
 * Returns the number of rows written.
 */
export async function writeDerivedTable(
	conn: DuckDBConnection,
	derived: DerivedTable,
	tierDir: string,
	path: string,
	compression: Compression
): Promise<number> {
	const select = derived.select(
		(source) => `read_parquet(${literal(parquetPath(tierDir, table(source)))})`
	);
	const columns = derived.columns
		.map((c) => `CAST(${ident(c.name)} AS ${duckdbType(c.type)}) AS ${ident(c.name)}`)
		.join(', ');
	const order = derived.orderBy.map(ident).join(', ');
	const reader = await conn.runAndReadAll(
		`COPY (SELECT ${columns} FROM (${select}) ORDER BY ${order}) ` +
			`TO ${literal(path)} (FORMAT parquet, COMPRESSION ${compression === 'zstd' ? 'zstd' : 'uncompressed'})`
	);
	return Number(reader.getRows()[0]?.[0] ?? 0);
}

/**
 * The latest observation date among the rows of a tier (REFERENCE_DATE_COLUMNS),
 * as YYYY-MM-DD, or null when the tier has no such date.
 */
export async function latestObservation(
	conn: DuckDBConnection,
	tierRank: number
): Promise<string | null> {
	const parts = REFERENCE_DATE_COLUMNS.map(
		({ table, column }) =>
			`SELECT max(${ident(column)}) AS d FROM ${qualified(table)} WHERE ${ident(LEVEL_COLUMN)} <= $1`
	);
	const reader = await conn.runAndReadAll(
		`SELECT strftime(max(d), '%Y-%m-%d') FROM (${parts.join(' UNION ALL ')})`,
		[tierRank]
	);
	const value = reader.getRows()[0]?.[0];
	return typeof value === 'string' ? value : null;
}

/** The file of a table (source or derived) in a tier folder. */
export function parquetName(table: { readonly name: string }): string {
	return `${table.name}.parquet`;
}

export function parquetPath(dir: string, table: { readonly name: string }): string {
	return join(dir, parquetName(table));
}
