import { isRequired, type ColumnDef, type TableDef } from '../../src/lib/schema';

/** One line of the data dictionary: what a column holds and which values it accepts. */
export interface DictionaryRow {
	readonly table: string;
	readonly column: string;
	readonly type: string;
	readonly required: 'yes' | 'no';
	readonly allowedValues: string;
	readonly description: string;
}

export const DICTIONARY_HEADER = [
	'table',
	'column',
	'type',
	'required',
	'allowed values',
	'description'
] as const;

const TYPE_LABEL: Record<ColumnDef['type'], string> = {
	text: 'text',
	date: 'date (YYYY-MM-DD)',
	bool: 'true / false',
	int: 'whole number',
	real: 'number',
	enum: 'code',
	list: 'codes separated by ;'
};

function allowedValues(table: TableDef, col: ColumnDef): string {
	const notes: string[] = [];
	if (col.enumDef) notes.push(col.enumDef.codes.join(', '));
	if (col.type === 'bool') notes.push('true, false (also 1/0, yes/no)');
	if (col.min !== undefined && col.max !== undefined) notes.push(`${col.min} to ${col.max}`);
	else if (col.min !== undefined) notes.push(`at least ${col.min}`);
	else if (col.max !== undefined) notes.push(`at most ${col.max}`);
	if (col.foreignKey) notes.push(`a ${col.foreignKey.column} of ${col.foreignKey.table}`);
	if (table.key.includes(col.name)) {
		notes.push(
			table.key.length === 1
				? 'unique'
				: `unique together with ${table.key.filter((k) => k !== col.name).join(', ')}`
		);
	}
	return notes.join('; ');
}

/** The dictionary of the given tables, straight from the schema. */
export function dictionaryRows(tables: readonly TableDef[]): DictionaryRow[] {
	return tables.flatMap((table) =>
		table.columns.map((col) => ({
			table: table.name,
			column: col.name,
			type: TYPE_LABEL[col.type],
			required: isRequired(table, col) ? 'yes' : 'no',
			allowedValues: allowedValues(table, col),
			description: col.description
		}))
	);
}
