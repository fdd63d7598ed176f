import type { TableDef } from '../../src/lib/schema';
import type { FileProblems } from './problems';

const HEADER_ROW = { row: 1, line: 1 };

/**
 * Where each schema column is in the file: `positions[i]` is the cell index of
 * schema column i, or -1 when the column is missing. Column order is free;
 * unknown, duplicate and missing columns are reported. The first of two
 * duplicate columns is used, so rows can still be checked.
 */
export function mapHeader(
	table: TableDef,
	header: readonly string[],
	problems: FileProblems
): number[] {
	const schemaIndex = new Map(table.columns.map((c, i) => [c.name, i]));
	const byLowerCase = new Map(table.columns.map((c) => [c.name.toLowerCase(), c.name]));
	const positions = table.columns.map(() => -1);
	header.forEach((raw, cellIndex) => {
		const name = raw.trim();
		if (name === '') {
			problems.at(HEADER_ROW, `(column ${cellIndex + 1})`, 'a header cell is empty', cellIndex);
			return;
		}
		const i = schemaIndex.get(name);
		if (i === undefined) {
			const hint = byLowerCase.get(name.toLowerCase());
			const reason = `unknown column for table ${table.name}${hint ? ` (did you mean "${hint}"?)` : ''}`;
			problems.at(HEADER_ROW, name, reason, 1000 + cellIndex);
		} else if (positions[i] !== -1) {
			problems.at(HEADER_ROW, name, `duplicate column (also column ${positions[i] + 1})`, i);
		} else {
			positions[i] = cellIndex;
		}
	});
	table.columns.forEach((col, i) => {
		if (positions[i] === -1) problems.at(HEADER_ROW, col.name, 'missing column', i);
	});
	return positions;
}
