import type { RiskRow } from '../queries/risk';

/** Default length of the proposed annual list. */
export const DEFAULT_LIST_SIZE = 15;

/** A State on the proposed list: its ranking row and whether a person pinned it there. */
export interface ProposedEntry {
	readonly position: number;
	readonly pinned: boolean;
	readonly row: RiskRow;
}

/**
 * The proposed annual list: pinned States first (in rank order), then the
 * best-ranked others, excluded States left out, until `size` States (more if
 * more are pinned).
 */
export function proposedList(
	rows: readonly RiskRow[],
	pinned: readonly string[],
	excluded: readonly string[],
	size: number
): ProposedEntry[] {
	const kept = rows.filter((r) => !excluded.includes(r.iso3));
	const first = kept.filter((r) => pinned.includes(r.iso3));
	const rest = kept.filter((r) => !pinned.includes(r.iso3));
	const chosen = [...first, ...rest.slice(0, Math.max(0, size - first.length))];
	return chosen.map((row, i) => ({ position: i + 1, pinned: pinned.includes(row.iso3), row }));
}
