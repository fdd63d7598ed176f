import {
	assessments,
	engagements,
	recommendationStatus,
	recommendations,
	surveyItems,
	technicalAssistance,
	visitPlan
} from './fact-tables.ts';
import {
	fatfRatings,
	gtiScores,
	memberStates,
	thematicAreas,
	wpsIndex
} from './reference-tables.ts';
import type { ColumnDef, TableDef } from './types.ts';

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

const TABLE_LIST = [...REFERENCE_TABLES, ...EXTERNAL_TABLES, ...FACT_TABLES] as const;

/** A source table's name, taken from the list so a new table needs no second edit. */
export type TableName = (typeof TABLE_LIST)[number]['name'];

/** Every table, parents before children, the order in which they are validated and loaded. */
export const TABLES: readonly TableDef[] = TABLE_LIST;

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
