import {
	assessments,
	engagements,
	recommendationStatus,
	recommendations,
	surveyItems,
	technicalAssistance,
	visitPlan
} from './fact-tables';
import { fatfRatings, gtiScores, memberStates, thematicAreas, wpsIndex } from './reference-tables';
import type { ColumnDef, ColumnType, TableDef } from './types';
import { DERIVED_TABLES, type DerivedTable, type DerivedTableName } from './derived';

export * from './types';
export * from './enums';
export * from './confidentiality';
export * from './derived';

/**
 * Bumped whenever a table or column changes; the browser refuses extracts of
 * another version. 2: the derived tables are files of the extract.
 */
export const SCHEMA_VERSION = 2;

export const REFERENCE_TABLES = [memberStates, thematicAreas] as const;
export const FACT_TABLES = [
	assessments,
	recommendations,
	recommendationStatus,
	surveyItems,
	technicalAssistance,
	engagements,
	visitPlan
] as const;
export const EXTERNAL_TABLES = [fatfRatings, wpsIndex, gtiScores] as const;

/** Every table, parents before children, the order in which they are validated and loaded. */
export const TABLES: readonly TableDef[] = [
	...REFERENCE_TABLES,
	...EXTERNAL_TABLES,
	...FACT_TABLES
];

export type TableName =
	| 'member_states'
	| 'thematic_areas'
	| 'fatf_ratings'
	| 'wps_index'
	| 'gti_scores'
	| 'assessments'
	| 'recommendations'
	| 'recommendation_status'
	| 'survey_items'
	| 'technical_assistance'
	| 'engagements'
	| 'visit_plan';

export const TABLE_NAMES = TABLES.map((t) => t.name) as readonly TableName[];

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

export function table(name: TableName): TableDef {
	const def = TABLES.find((t) => t.name === name);
	if (!def) throw new Error(`No table "${name}" in the schema.`);
	return def;
}

export function column(tableName: TableName, columnName: string): ColumnDef {
	const def = table(tableName).columns.find((c) => c.name === columnName);
	if (!def) throw new Error(`No column "${columnName}" in table "${tableName}".`);
	return def;
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

/** Tables a user supplies in a source folder (the external and reference ones ship with the project). */
export const SOURCE_TABLES: readonly TableDef[] = FACT_TABLES;
export type * from './manifest';
