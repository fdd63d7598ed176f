import { kaplanMeier, type KaplanMeierResult } from '../indicators/kaplan-meier';
import type { ImplementationByPriorityRow, ImplementationRow } from '../queries/recommendations';
import type { SurvivalRow } from '../queries/survival';

/** Plain helpers of the recommendations state: no runes, so no reactive collections needed. */

/** The same calendar date `years` earlier (29 Feb falls back to 28 Feb). */
export function yearsBefore(iso: string, years: number): string {
	const [y, m, d] = iso.split('-').map(Number);
	const day = Math.min(d, new Date(Date.UTC(y - years, m, 0)).getUTCDate());
	const pad = (n: number, w: number) => String(n).padStart(w, '0');
	return `${pad(y - years, 4)}-${pad(m, 2)}-${pad(day, 2)}`;
}

export interface SurvivalCurve extends KaplanMeierResult {
	readonly group: string;
}

/** One Kaplan-Meier curve per group, in the order the groups first appear. */
export function survivalCurves(rows: readonly SurvivalRow[]): SurvivalCurve[] {
	const groups = [...new Set(rows.map((r) => r.group_key))];
	return groups.map((group) => ({
		group,
		...kaplanMeier(rows.filter((r) => r.group_key === group))
	}));
}

export function nameMap(
	rows: readonly { area_code: string; name: string }[]
): ReadonlyMap<string, string> {
	return new Map(rows.map((r) => [r.area_code, r.name]));
}

/**
 * Sums by-priority rate rows into one row per category (in first-seen order),
 * keeping only the rows `keep` accepts; counts add because each recommendation
 * sits in exactly one row.
 */
export function sumRates(
	rows: readonly ImplementationByPriorityRow[],
	keep: (row: ImplementationByPriorityRow) => boolean = () => true,
	categoryOf: (row: ImplementationByPriorityRow) => string = (row) => row.category
): ImplementationRow[] {
	const sums = new Map<string, ImplementationRow>();
	for (const row of rows) {
		if (!keep(row)) continue;
		const category = categoryOf(row);
		const sum = sums.get(category) ?? { category, implemented: 0, progressed: 0, denominator: 0 };
		sums.set(category, {
			category,
			implemented: sum.implemented + row.implemented,
			progressed: sum.progressed + row.progressed,
			denominator: sum.denominator + row.denominator
		});
	}
	return [...sums.values()];
}
