import { confRank, FAIL_CLOSED_LEVEL, isConfLevel } from '../../src/lib/schema';
import type { RowPosition } from './problems';
import type { Slot } from './parse-cell';

/** What other rows need to know about a row: where it is, its effective level, the columns their rules read. */
export interface RowRef {
	readonly row: number;
	/** Rank in CONF_ORDER of the effective level. */
	level: number;
	readonly values: readonly Slot[];
}

/** A row's own level: an empty or unknown conf_level counts as restricted (fail closed). */
export function ownLevel(value: Slot | undefined): number {
	return confRank(typeof value === 'string' && isConfLevel(value) ? value : FAIL_CLOSED_LEVEL);
}

/** A row of a table that refers to its own rows, waiting for the whole table to be read. */
export interface ChainNode {
	readonly ref: RowRef;
	readonly position: RowPosition;
	readonly parents: { readonly ref: RowRef; readonly column: string; readonly key: string }[];
}

/**
 * Raises each row's level to the most restricted of its ancestors through
 * self-references (assessment -> parent assessment -> ...), however long the
 * chain. Iterative, so a chain of thousands cannot overflow the stack; a cycle
 * is reported through `onCycle` and does not loop.
 */
export function resolveChainLevels(
	nodes: readonly ChainNode[],
	onCycle: (node: ChainNode, column: string, key: string) => void
): void {
	const byRef = new Map(nodes.map((n) => [n.ref, n]));
	const final = new Map<RowRef, number>();
	const onPath = new Set<RowRef>();
	for (const start of nodes) {
		if (final.has(start.ref)) continue;
		const stack: { node: ChainNode; next: number }[] = [{ node: start, next: 0 }];
		onPath.add(start.ref);
		while (stack.length > 0) {
			const top = stack[stack.length - 1];
			const parent = top.node.parents[top.next];
			if (parent !== undefined) {
				top.next++;
				const parentNode = byRef.get(parent.ref);
				if (final.has(parent.ref) || parentNode === undefined) continue;
				if (onPath.has(parent.ref)) {
					onCycle(top.node, parent.column, parent.key);
					continue;
				}
				onPath.add(parent.ref);
				stack.push({ node: parentNode, next: 0 });
				continue;
			}
			let level = top.node.ref.level;
			for (const p of top.node.parents) level = Math.max(level, final.get(p.ref) ?? p.ref.level);
			final.set(top.node.ref, level);
			onPath.delete(top.node.ref);
			stack.pop();
		}
	}
	for (const [ref, level] of final) ref.level = level;
}
