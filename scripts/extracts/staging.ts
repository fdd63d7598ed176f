import {
	DuckDBDataChunk,
	INTEGER,
	VARCHAR,
	type DuckDBAppender,
	type DuckDBConnection,
	type DuckDBType
} from '@duckdb/node-api';
import { CONF_ORDER, type TableDef } from '../../src/lib/schema';
import type { CellValue } from './parse-cell';
import type { TablePlan } from './table-plan';

/** Name of the extra staging column holding the rank of a row's effective level. */
export const LEVEL_COLUMN = '_level';

/** DuckDB's vector size: a full chunk per append. */
const CHUNK_ROWS = 2048;

/** The staging table of a table, inside the build schema. */
export function stagingTableName(table: TableDef): string {
	return `${table.name}__staged`;
}

/** Identifiers come from the schema; quoting still keeps any name a single identifier. */
export function ident(name: string): string {
	return `"${name.replaceAll('"', '""')}"`;
}

/** The text a staged cell holds; the typed table casts it (lists arrive `;`-joined). */
function cellText(value: CellValue): string | null {
	if (value === null) return null;
	if (typeof value === 'string') return value;
	if (typeof value === 'number') return String(value);
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	return value.join(';');
}

class StagedTable {
	private columns: (string | null)[][];
	private levels: number[] = [];

	constructor(
		private readonly appender: DuckDBAppender,
		private readonly types: readonly DuckDBType[],
		private readonly width: number
	) {
		this.columns = Array.from({ length: width }, () => []);
	}

	add(plan: TablePlan, values: readonly CellValue[], level: number): void {
		for (let i = 0; i < this.width; i++) {
			this.columns[i].push(i === plan.confColumn ? CONF_ORDER[level] : cellText(values[i]));
		}
		this.levels.push(level);
		if (this.levels.length === CHUNK_ROWS) this.flush();
	}

	flush(): void {
		const rows = this.levels.length;
		if (rows === 0) return;
		const chunk = DuckDBDataChunk.create(this.types, rows);
		chunk.setColumns([...this.columns, this.levels]);
		this.appender.appendDataChunk(chunk);
		this.columns = Array.from({ length: this.width }, () => []);
		this.levels = [];
	}

	close(): void {
		this.flush();
		this.appender.closeSync();
	}
}

/**
 * Receives validated rows and appends them, as text, to in-memory DuckDB
 * tables of the build schema, a chunk at a time. Rows never go through a file:
 * a build killed at any moment must not leave a plain-text copy of the source
 * (restricted rows included) outside the source folder. The typed tables are
 * then made from these by casts (`loadStagedTable`).
 */
export class StagingWriter {
	private readonly tables = new Map<string, StagedTable>();

	private constructor() {}

	/** Creates the staging table of every given table in `schema` (already created). */
	static async open(
		conn: DuckDBConnection,
		schema: string,
		tables: readonly TableDef[]
	): Promise<StagingWriter> {
		const writer = new StagingWriter();
		for (const table of tables) {
			const columns = table.columns.map((c) => `${ident(c.name)} VARCHAR`);
			columns.push(`${ident(LEVEL_COLUMN)} INTEGER`);
			const name = stagingTableName(table);
			await conn.run(`CREATE TABLE ${ident(schema)}.${ident(name)} (${columns.join(', ')})`);
			const appender = await conn.createAppender(name, schema);
			const types = [...table.columns.map(() => VARCHAR), INTEGER];
			writer.tables.set(table.name, new StagedTable(appender, types, table.columns.length));
		}
		return writer;
	}

	write(plan: TablePlan, values: readonly CellValue[], level: number): void {
		const staged = this.tables.get(plan.def.name);
		if (!staged) throw new Error(`No staging table for ${plan.def.name}.`);
		staged.add(plan, values, level);
	}

	closeAll(): void {
		for (const staged of this.tables.values()) staged.close();
		this.tables.clear();
	}
}
