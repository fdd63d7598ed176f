/**
 * An independent check of a source folder against the schema module: types,
 * enumerations, required cells, keys, foreign keys and every table rule. It
 * reads the rules from the schema rather than restating them, so a rule added
 * to DATA-MODEL.md is checked here too.
 */
import { FACT_TABLES, isRequired, type ColumnDef, type TableDef } from '../../../src/lib/schema';

export type Row = Record<string, string>;
export type Tables = ReadonlyMap<string, readonly Row[]>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(text: string): boolean {
	if (!ISO_DATE.test(text)) return false;
	const parsed = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(text);
}

function cellProblem(col: ColumnDef, value: string): string | null {
	switch (col.type) {
		case 'date':
			return validDate(value) ? null : 'not an ISO date';
		case 'bool':
			return value === 'true' || value === 'false' ? null : 'not true/false';
		case 'int': {
			if (!/^-?\d+$/.test(value)) return 'not a whole number';
			const n = Number(value);
			if (col.min !== undefined && n < col.min) return `below ${col.min}`;
			if (col.max !== undefined && n > col.max) return `above ${col.max}`;
			return null;
		}
		case 'real':
			return Number.isFinite(Number(value)) ? null : 'not a number';
		case 'enum':
			return col.enumDef?.codes.includes(value) ? null : 'not in the enumeration';
		case 'list':
			return value.split(';').every((item) => col.enumDef?.codes.includes(item))
				? null
				: 'a list item is not in the enumeration';
		case 'text':
			return null;
	}
}

/** Values of `column` in `table`: fact tables from the dataset, reference tables from `reference`. */
function keySet(tables: Tables, reference: Tables, table: string, column: string): Set<string> {
	const rows = tables.get(table) ?? reference.get(table) ?? [];
	return new Set(rows.map((r) => r[column]));
}

function compare(col: ColumnDef | undefined, a: string, b: string): number {
	return col?.type === 'int' ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0;
}

function tableProblems(def: TableDef, tables: Tables, reference: Tables): string[] {
	const problems: string[] = [];
	const rows = tables.get(def.name) ?? [];
	const byName = new Map(def.columns.map((c) => [c.name, c]));
	const keys = new Set<string>();
	const indexes = new Map<string, Map<string, Row>>();
	const indexOf = (table: string, column: string) => {
		const id = `${table}.${column}`;
		let index = indexes.get(id);
		if (!index) {
			index = new Map((tables.get(table) ?? []).map((r) => [r[column], r]));
			indexes.set(id, index);
		}
		return index;
	};
	const foreign = new Map(
		def.columns
			.filter((c) => c.foreignKey)
			.map((c) => [
				c.name,
				keySet(tables, reference, c.foreignKey?.table ?? '', c.foreignKey?.column ?? '')
			])
	);
	rows.forEach((row, i) => {
		const at = `${def.name} row ${i + 2}`;
		for (const col of def.columns) {
			const value = row[col.name] ?? '';
			if (value === '') {
				if (isRequired(def, col)) problems.push(`${at}: ${col.name} is empty`);
				continue;
			}
			const problem = cellProblem(col, value);
			if (problem) problems.push(`${at}: ${col.name} "${value}" ${problem}`);
			if (foreign.get(col.name)?.has(value) === false)
				problems.push(`${at}: ${col.name} "${value}" not found`);
		}
		const key = def.key.map((k) => row[k]).join('\u0000');
		if (keys.has(key))
			problems.push(`${at}: duplicate key ${def.key.map((k) => row[k]).join(', ')}`);
		keys.add(key);
		for (const rule of def.rules) {
			if (rule.kind === 'order') {
				const lesser = row[rule.lesser];
				const greater = row[rule.greater];
				if (lesser && greater && compare(byName.get(rule.lesser), lesser, greater) > 0) {
					problems.push(`${at}: ${rule.reason}`);
				}
			} else if (rule.kind === 'required_when') {
				if (row[rule.when.column] === rule.when.equals && !row[rule.column])
					problems.push(`${at}: ${rule.reason}`);
			} else {
				const target = byName.get(rule.via)?.foreignKey;
				const referenced = target
					? indexOf(target.table, target.column).get(row[rule.via])
					: undefined;
				const theirs = referenced?.[rule.referencedColumn] ?? '';
				const ours = row[rule.column] ?? '';
				if (!referenced || theirs === '' || ours === '') continue;
				const broken = rule.kind === 'equal_to_referenced' ? ours !== theirs : ours < theirs;
				if (broken) problems.push(`${at}: ${rule.reason}`);
			}
		}
	});
	return problems;
}

/** Every problem the extract builder would report for these fact tables (all of them, not the first). */
export function schemaProblems(tables: Tables, reference: Tables): string[] {
	return FACT_TABLES.flatMap((def) => tableProblems(def, tables, reference));
}
