import { CONF_LEVEL, isRequired, type TableDef, type TableRule } from '../../src/lib/schema';
import { withBounds, type RecordBounds } from './record-bounds';
import { cellParser, type CellParser, type TextKind } from './parse-cell';

/** A foreign key of a table, by column index. */
export interface FkPlan {
	readonly column: number;
	readonly name: string;
	readonly target: string;
	readonly targetColumn: string;
	/** The key points into its own table (assessments.parent_assessment_id). */
	readonly self: boolean;
	/** The referenced row's confidentiality flows into this row's effective level. */
	readonly inherits: boolean;
}

export type RowRulePlan =
	| {
			readonly kind: 'order';
			readonly lesser: number;
			readonly greater: number;
			readonly names: readonly [string, string];
			readonly report: number;
			readonly reason: string;
	  }
	| {
			readonly kind: 'required_when';
			readonly column: number;
			readonly when: number;
			readonly equals: string;
			readonly reason: string;
	  };

/** A rule comparing a cell with a column of the row its foreign key `fk` points to. */
export interface RefRulePlan {
	readonly kind: 'equal_to_referenced' | 'not_before_referenced';
	readonly column: number;
	readonly fk: number;
	/** Index into the referenced table's `refColumns`. */
	readonly refSlot: number;
	/** This column and the referenced one, named in messages. */
	readonly names: readonly [string, string];
	readonly reason: string;
}

/** Everything the validator needs about one table, derived once from the schema. */
export interface TablePlan {
	readonly def: TableDef;
	readonly parsers: readonly CellParser[];
	/** How each column's characters are checked (cleanText). */
	readonly textKinds: readonly TextKind[];
	readonly required: readonly boolean[];
	readonly keyColumns: readonly number[];
	/** The conf_level column, or -1 for tables that are public by nature. */
	readonly confColumn: number;
	readonly fks: readonly FkPlan[];
	readonly rowRules: readonly RowRulePlan[];
	readonly refRules: readonly RefRulePlan[];
	/** Columns other tables' rules read from this table's rows, kept in the key index. */
	readonly refColumns: readonly number[];
	/** Some foreign key points at this table, so its rows are kept by key with their level. */
	readonly referenced: boolean;
}

function indexOf(def: TableDef, name: string): number {
	const i = def.columns.findIndex((c) => c.name === name);
	if (i === -1) throw new Error(`Schema: ${def.name} has no column ${name}.`);
	return i;
}

/** The referenced columns each table must keep for other tables' rules. */
function referencedColumns(tables: readonly TableDef[]): Map<string, string[]> {
	const needed = new Map<string, string[]>(tables.map((t) => [t.name, []]));
	for (const t of tables) {
		for (const rule of t.rules) {
			if (rule.kind !== 'equal_to_referenced' && rule.kind !== 'not_before_referenced') continue;
			const fk = t.columns[indexOf(t, rule.via)].foreignKey;
			if (!fk) throw new Error(`Schema: ${t.name}.${rule.via} is not a foreign key.`);
			const list = needed.get(fk.table);
			if (list && !list.includes(rule.referencedColumn)) list.push(rule.referencedColumn);
		}
	}
	return needed;
}

function rowRule(def: TableDef, rule: TableRule): RowRulePlan | null {
	if (rule.kind === 'order') {
		const lesser = indexOf(def, rule.lesser);
		const greater = indexOf(def, rule.greater);
		// Report on the column the reason is about ("participants_women is greater than ...").
		const report = rule.reason.startsWith(`${rule.lesser} `) ? lesser : greater;
		const names = [rule.lesser, rule.greater] as const;
		return { kind: 'order', lesser, greater, names, report, reason: rule.reason };
	}
	if (rule.kind === 'required_when') {
		return {
			kind: 'required_when',
			column: indexOf(def, rule.column),
			when: indexOf(def, rule.when.column),
			equals: rule.when.equals,
			reason: rule.reason
		};
	}
	return null;
}

/**
 * Compiles the schema, with the bounds of the day of the build. Every foreign key must point at its target table's
 * single-column key: the key index doubles as the lookup for foreign keys.
 */
export function planTables(
	tables: readonly TableDef[],
	bounds: RecordBounds
): Map<string, TablePlan> {
	const needed = referencedColumns(tables);
	const plans = new Map<string, TablePlan>();
	for (const def of tables) {
		const fks: FkPlan[] = [];
		def.columns.forEach((col, column) => {
			if (!col.foreignKey) return;
			const target = tables.find((t) => t.name === col.foreignKey?.table);
			if (!target || target.key.length !== 1 || target.key[0] !== col.foreignKey.column) {
				throw new Error(`Schema: ${def.name}.${col.name} must reference a single-column key.`);
			}
			fks.push({
				column,
				name: col.name,
				target: target.name,
				targetColumn: col.foreignKey.column,
				self: target.name === def.name,
				inherits: def.inheritsConfidentialityVia.includes(col.name)
			});
		});
		const refRules: RefRulePlan[] = [];
		for (const rule of def.rules) {
			if (rule.kind !== 'equal_to_referenced' && rule.kind !== 'not_before_referenced') continue;
			const fk = fks.findIndex((f) => f.name === rule.via);
			const targetNeeds = needed.get(fks[fk].target) ?? [];
			refRules.push({
				kind: rule.kind,
				column: indexOf(def, rule.column),
				fk,
				refSlot: targetNeeds.indexOf(rule.referencedColumn),
				names: [rule.column, rule.referencedColumn],
				reason: rule.reason
			});
		}
		plans.set(def.name, {
			def,
			parsers: def.columns.map((c) => withBounds(def, c, bounds, cellParser(c))),
			textKinds: def.columns.map((c) => (c.freeText ? 'free' : 'code')),
			required: def.columns.map((c) => isRequired(def, c)),
			keyColumns: def.key.map((k) => indexOf(def, k)),
			confColumn: def.columns.findIndex((c) => c.enumDef === CONF_LEVEL),
			fks,
			rowRules: def.rules.map((r) => rowRule(def, r)).filter((r) => r !== null),
			refRules,
			refColumns: (needed.get(def.name) ?? []).map((name) => indexOf(def, name)),
			referenced: tables.some((t) => t.columns.some((c) => c.foreignKey?.table === def.name))
		});
	}
	return plans;
}
