import { DataType, util, type Field, type Table, type Vector } from 'apache-arrow';

/**
 * Arrow results to plain rows, the one place where values are cast (the twin
 * of castValue in scripts/lib/duckdb-node.ts): BIGINT and HUGEINT to number,
 * DECIMAL to number, DATE to 'YYYY-MM-DD', TIMESTAMP to an ISO string, lists
 * to arrays, structs to objects. Views never see a BigInt or an Arrow vector.
 */
export function arrowTableToRows(table: Table): Record<string, unknown>[] {
	const fields = table.schema.fields;
	const columns = fields.map((f, i) => table.getChildAt(i) as Vector | null);
	const rows: Record<string, unknown>[] = new Array(table.numRows);
	for (let r = 0; r < table.numRows; r++) {
		const row: Record<string, unknown> = {};
		for (let c = 0; c < fields.length; c++) {
			row[fields[c].name] = castArrowValue(columns[c]?.get(r), fields[c].type);
		}
		rows[r] = row;
	}
	return rows;
}

export function castArrowValue(value: unknown, type: DataType): unknown {
	if (value === null || value === undefined) return null;
	if (DataType.isDate(type)) return isoDay(value as number | Date);
	if (DataType.isTimestamp(type)) return isoTimestamp(value as number | Date);
	if (DataType.isDecimal(type)) {
		return util.bigNumToNumber(value as Parameters<typeof util.bigNumToNumber>[0], type.scale);
	}
	if (typeof value === 'bigint') return Number(value);
	if (DataType.isList(type) || DataType.isFixedSizeList(type)) {
		const child = (type.children[0] as Field).type;
		return Array.from(value as Iterable<unknown>, (v) => castArrowValue(v, child));
	}
	if (DataType.isStruct(type)) {
		const out: Record<string, unknown> = {};
		const struct = value as Record<string, unknown>;
		for (const f of type.children as Field[]) out[f.name] = castArrowValue(struct[f.name], f.type);
		return out;
	}
	return value;
}

function isoDay(value: number | Date): string {
	return new Date(typeof value === 'number' ? value : value.getTime()).toISOString().slice(0, 10);
}

function isoTimestamp(value: number | Date): string {
	return new Date(typeof value === 'number' ? value : value.getTime()).toISOString();
}
