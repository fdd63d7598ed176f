import { UNPARSED, type Slot } from './parse-cell';
import { quote } from './problems';
import type { FkPlan, RefRulePlan, RowRulePlan } from './table-plan';

/** Messages for foreign keys whose target users know by another name. */
const TARGET_PHRASE: Readonly<Record<string, string>> = {
	member_states: 'a UN Member State iso3'
};

export function fkNotFound(fk: FkPlan, value: string): string {
	const phrase = TARGET_PHRASE[fk.target];
	if (phrase) return `${quote(value)} is not ${phrase}`;
	const article = /^[aeiou]/.test(fk.targetColumn) ? 'an' : 'a';
	return `${quote(value)} is not ${article} ${fk.targetColumn} in ${fk.target}`;
}

function known(value: Slot | undefined): value is string | number | boolean {
	return value !== null && value !== undefined && value !== UNPARSED && !Array.isArray(value);
}

function shown(value: string | number | boolean): string {
	return typeof value === 'string' ? value : String(value);
}

/** A row rule's problem, if it has one. Unknown (empty or unparsed) cells never break a rule. */
export function checkRowRule(
	rule: RowRulePlan,
	values: readonly Slot[]
): { column: number; reason: string } | null {
	if (rule.kind === 'order') {
		const lesser = values[rule.lesser];
		const greater = values[rule.greater];
		if (!known(lesser) || !known(greater) || lesser <= greater) return null;
		const [a, b] = rule.names;
		return {
			column: rule.report,
			reason: `${rule.reason} (${a} ${shown(lesser)}, ${b} ${shown(greater)})`
		};
	}
	if (values[rule.when] === rule.equals && values[rule.column] === null) {
		return { column: rule.column, reason: rule.reason };
	}
	return null;
}

/** A referenced-row rule's problem, if it has one. */
export function checkRefRule(
	rule: RefRulePlan,
	own: Slot,
	referenced: Slot | undefined
): string | null {
	if (!known(own) || !known(referenced)) return null;
	if (rule.kind === 'equal_to_referenced' && own !== referenced) {
		return `${rule.reason} (${quote(shown(own))} vs ${quote(shown(referenced))})`;
	}
	if (rule.kind === 'not_before_referenced' && own < referenced) {
		const [a, b] = rule.names;
		return `${rule.reason} (${a} ${shown(own)}, ${b} ${shown(referenced)})`;
	}
	return null;
}

/** The key cells of a row as text, or null when one is empty or unparsed. */
export function keyParts(keyColumns: readonly number[], values: readonly Slot[]): string[] | null {
	const parts: string[] = [];
	for (const k of keyColumns) {
		const value = values[k];
		if (!known(value)) return null;
		parts.push(typeof value === 'string' ? value : String(value));
	}
	return parts;
}

/** The key of a row as one string, or null when a key cell is empty or unparsed. */
export function keyText(keyColumns: readonly number[], values: readonly Slot[]): string | null {
	if (keyColumns.length === 1) {
		const value = values[keyColumns[0]];
		return known(value) ? String(value) : null;
	}
	const parts: string[] = [];
	for (const k of keyColumns) {
		const value = values[k];
		if (!known(value)) return null;
		parts.push(String(value));
	}
	return parts.join('\u0001');
}
