import type { ImplementationByPriorityRow, ImplementationRow } from '../queries/recommendations';

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
