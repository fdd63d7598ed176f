import type { RawRecord } from './csv-records';
import { mapHeader } from './header';
import { cleanText, Invalid, UNPARSED, type CellValue, type Slot } from './parse-cell';
import { quote, type FileProblems, type RowPosition } from './problems';
import { ownLevel, resolveChainLevels, type ChainNode, type RowRef } from './confidentiality';
import { checkRefRule, checkRowRule, fkNotFound, keyParts, keyText } from './row-rules';
import type { TablePlan } from './table-plan';
import { KeyTable } from './key-table';

/** What later tables know of a validated table: its rows by key. */
export interface TableState {
	readonly plan: TablePlan;
	/** Rows by key, for tables that foreign keys point at. */
	readonly index: Map<string, RowRef>;
	/** First row of each key, for the other tables (no object per row: they can be millions). */
	readonly firstRows: KeyTable;
	/** False when the table could not be read or lacks its key: lookups into it would only add noise. */
	usable: boolean;
	rows: number;
}

/** Receives each valid row, in source order, with the rank of its effective level. */
export type RowSink = (plan: TablePlan, values: readonly CellValue[], level: number) => void;

const EMPTY: readonly Slot[] = [];

/**
 * A copy of a kept cell that does not hold on to the chunk of file text it was
 * sliced from: V8 keeps the whole (megabyte) parent alive behind a slice, so
 * keys kept for a million rows would otherwise keep the whole file in memory.
 */
function detached<T extends Slot>(value: T): T {
	return (typeof value === 'string' ? (' ' + value).slice(1) : value) as T;
}

function isBlank(cells: readonly string[]): boolean {
	return cells.every((c) => c.trim() === '');
}

/**
 * Checks one table record by record: header, cells, row rules, key, foreign
 * keys into tables already read, referenced-row rules; then computes each
 * row's effective confidentiality. A table that refers to itself is held
 * until it is complete, since a parent may come after its child.
 */
export class TableValidator {
	private positions: number[] = [];
	private headerSeen = false;
	private headerBlank = false;
	private headerCells = 0;
	private stopped = false;
	private readonly chain: (ChainNode & { values: Slot[] })[] = [];
	private readonly selfReferencing: boolean;
	/** The table each foreign key points at, looked up once (parents are read first). */
	private readonly targets: (TableState | undefined)[];
	/** Rows found through each foreign key of the current row; reused, rows are checked one at a time. */
	private readonly found: (RowRef | undefined)[];

	constructor(
		private readonly state: TableState,
		states: ReadonlyMap<string, TableState>,
		private readonly problems: FileProblems,
		private readonly container: 'file' | 'sheet',
		private readonly emit: (plan: TablePlan, values: readonly Slot[], level: number) => void
	) {
		this.selfReferencing = state.plan.fks.some((f) => f.self);
		this.targets = state.plan.fks.map((f) => (f.self ? undefined : states.get(f.target)));
		this.found = state.plan.fks.map(() => undefined);
	}

	record(rec: RawRecord): void {
		if (this.stopped) return;
		if (!this.headerSeen) return this.header(rec);
		if (isBlank(rec.cells)) return;
		if (this.headerBlank) {
			this.problems.at({ row: 1, line: 1 }, null, 'row 1 is empty: the header must be on row 1');
			this.stop();
			return;
		}
		this.dataRow(rec);
	}

	finish(): void {
		if (!this.headerSeen || (this.headerBlank && !this.stopped)) {
			this.problems.whole(`${this.container} is empty`);
			this.state.usable = false;
			return;
		}
		if (this.selfReferencing) this.finishChain();
	}

	private stop(): void {
		this.stopped = true;
		this.state.usable = false;
	}

	private header(rec: RawRecord): void {
		this.headerSeen = true;
		if (isBlank(rec.cells)) {
			this.headerBlank = true;
			return;
		}
		if (rec.issue !== undefined) {
			this.problems.at(rec, null, rec.issue);
			this.stop();
			return;
		}
		this.headerCells = rec.cells.length;
		this.positions = mapHeader(this.state.plan.def, rec.cells, this.problems);
		this.state.usable = this.state.plan.keyColumns.every((k) => this.positions[k] !== -1);
	}

	private dataRow(rec: RawRecord): void {
		const { plan } = this.state;
		const { columns } = plan.def;
		if (rec.issue !== undefined) {
			const order = columns.findIndex((c) => c.name === rec.issueColumn);
			return this.problems.at(rec, rec.issueColumn ?? null, rec.issue, order);
		}
		if (rec.cells.length !== this.headerCells) {
			const reason = `the row has ${rec.cells.length} cells but the header has ${this.headerCells}`;
			return this.problems.at(rec, null, reason);
		}
		this.state.rows++;
		const values: Slot[] = new Array<Slot>(columns.length);
		for (let i = 0; i < columns.length; i++) {
			const p = this.positions[i];
			if (p === -1) {
				values[i] = UNPARSED;
				continue;
			}
			const text = cleanText(rec.cells[p].trim(), plan.textKinds[i]);
			const value = text instanceof Invalid ? text : text === '' ? null : plan.parsers[i](text);
			if (value instanceof Invalid) {
				this.problems.at(rec, columns[i].name, value.reason, i);
				values[i] = UNPARSED;
				continue;
			}
			if (value === null && plan.required[i]) {
				this.problems.at(rec, columns[i].name, 'required cell is empty', i);
			}
			values[i] = value;
		}
		for (const rule of plan.rowRules) {
			const problem = checkRowRule(rule, values);
			if (problem)
				this.problems.at(rec, columns[problem.column].name, problem.reason, problem.column);
		}
		let level = ownLevel(plan.confColumn === -1 ? 'public' : values[plan.confColumn]);
		const found = this.found;
		for (let f = 0; f < plan.fks.length; f++) {
			const fk = plan.fks[f];
			const value = values[fk.column];
			const target = this.targets[f];
			found[f] = undefined;
			if (target === undefined || value === null || value === UNPARSED || !target.usable) continue;
			const targetRow = target.index.get(String(value));
			if (targetRow === undefined) {
				this.problems.at(rec, fk.name, fkNotFound(fk, String(value)), fk.column);
				// Rows referring to this one must not compare against a value already refused.
				values[fk.column] = UNPARSED;
				continue;
			}
			found[f] = targetRow;
			if (fk.inherits) level = Math.max(level, targetRow.level);
		}
		this.checkRefRules(rec, values, found, false);
		const ref = this.register(rec, values, level);
		if (this.selfReferencing && ref) this.chain.push({ ref, position: rec, parents: [], values });
		else this.emit(plan, values, level);
	}

	/**
	 * Adds the row to the key index (the first of duplicates wins) and reports a
	 * duplicate key. Returns the row's RowRef when its table is referenced.
	 */
	private register(rec: RowPosition, values: readonly Slot[], level: number): RowRef | null {
		const { plan, index, firstRows } = this.state;
		let ref: RowRef | null = null;
		let first = -1;
		if (plan.referenced) {
			const kept = plan.refColumns.map((i) => detached(values[i]));
			ref = { row: rec.row, level, values: kept.length === 0 ? EMPTY : kept };
			const key = keyText(plan.keyColumns, values);
			if (key === null) return ref;
			first = index.get(key)?.row ?? -1;
			if (first === -1) index.set(detached(key), ref);
		} else {
			const parts = keyParts(plan.keyColumns, values);
			if (parts === null) return ref;
			first = firstRows.firstRowOrAdd(parts, rec.row);
		}
		if (first === -1) return ref;
		const column = plan.def.key.join(', ');
		const shown = plan.keyColumns.map((k) => quote(String(values[k]))).join(', ');
		this.problems.at(
			rec,
			column,
			`duplicate key ${shown} (also on row ${first})`,
			plan.keyColumns[0]
		);
		return ref;
	}

	private checkRefRules(
		rec: RowPosition,
		values: readonly Slot[],
		found: readonly (RowRef | undefined)[],
		self: boolean
	): void {
		const { plan } = this.state;
		for (const rule of plan.refRules) {
			if (plan.fks[rule.fk].self !== self) continue;
			const target = found[rule.fk];
			if (target === undefined) continue;
			const reason = checkRefRule(rule, values[rule.column], target.values[rule.refSlot]);
			if (reason) this.problems.at(rec, plan.def.columns[rule.column].name, reason, rule.column);
		}
	}

	/** Self-references, once every row of the table is known; then levels along the chains. */
	private finishChain(): void {
		const { plan, index } = this.state;
		for (const node of this.chain) {
			const found: (RowRef | undefined)[] = [];
			plan.fks.forEach((fk, f) => {
				const value = node.values[fk.column];
				if (!fk.self || value === null || value === UNPARSED || !this.state.usable) return;
				const key = String(value);
				const parent = index.get(key);
				if (parent === undefined) {
					this.problems.at(node.position, fk.name, fkNotFound(fk, key), fk.column);
					return;
				}
				found[f] = parent;
				if (fk.inherits) node.parents.push({ ref: parent, column: fk.name, key });
			});
			this.checkRefRules(node.position, node.values, found, true);
		}
		resolveChainLevels(this.chain, (node, column, key) => {
			const i = plan.def.columns.findIndex((c) => c.name === column);
			this.problems.at(node.position, column, `${quote(key)} closes a cycle of references`, i);
		});
		for (const node of this.chain) this.emit(plan, node.values, node.ref.level);
	}
}
