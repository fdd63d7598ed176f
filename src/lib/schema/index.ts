import type { ColumnDef, ColumnType, TableDef } from './types.ts';
import { DERIVED_TABLES, type DerivedTable, type DerivedTableName } from './derived.ts';
import { TABLES, type TableName } from './tables.ts';

export * from './types.ts';
export * from './enums.ts';
export * from './confidentiality.ts';
export * from './derived.ts';
export * from './tables.ts';

/**
 * Bumped whenever a table or column changes; the browser refuses extracts of
 * another version. 2: the derived tables are files of the extract.
 */
export const SCHEMA_VERSION = 2;

/** A file of a tier's extract: a source table or a derived one. */
export type ExtractTableName = TableName | DerivedTableName;

/** Every file of a tier's extract, in manifest order: the tables, then the derived tables. */
export const EXTRACT_TABLES: readonly (TableDef | DerivedTable)[] = [...TABLES, ...DERIVED_TABLES];

/**
 * The extract tables a SQL text reads: every whole identifier, quoted or not,
 * that names one, outside string literals and comments. It may name a table a
 * query does not read (a column or alias spelled like a table), never miss one.
 */
export function tablesReadBy(sql: string): ExtractTableName[] {
	const code = sql.replace(/'(?:[^']|'')*'|--[^\n]*|\/\*[\s\S]*?\*\//g, ' ');
	const found = new Set<string>();
	for (const m of code.matchAll(/"((?:[^"]|"")+)"|[A-Za-z_][A-Za-z0-9_$]*/g)) {
		found.add(m[1] === undefined ? m[0].toLowerCase() : m[1].replaceAll('""', '"'));
	}
	return EXTRACT_TABLES.filter((t) => found.has(t.name)).map((t) => t.name as ExtractTableName);
}

export function isKeyColumn(def: TableDef, columnName: string): boolean {
	return def.key.includes(columnName);
}

export function isRequired(def: TableDef, col: ColumnDef): boolean {
	return col.required === true || isKeyColumn(def, col.name);
}

/** The DuckDB type a column is stored as, in Parquet and in the browser. */
export function duckdbType(type: ColumnType): string {
	switch (type) {
		case 'text':
		case 'enum':
			return 'VARCHAR';
		case 'date':
			return 'DATE';
		case 'bool':
			return 'BOOLEAN';
		case 'int':
			return 'INTEGER';
		case 'real':
			return 'DOUBLE';
		case 'list':
			return 'VARCHAR[]';
	}
}

/** Day numbers of the reference date D come from these observation dates (DATA-MODEL.md). */
export const REFERENCE_DATE_COLUMNS: readonly { table: TableName; column: string }[] = [
	{ table: 'recommendation_status', column: 'as_of' },
	{ table: 'assessments', column: 'visit_end' },
	{ table: 'assessments', column: 'report_adopted' },
	{ table: 'assessments', column: 'followup_report_date' },
	{ table: 'engagements', column: 'date' }
];
export type * from './manifest.ts';
