import type { HeatmapCellRow, StateAreaScoreRow } from '../queries/gaps';

/** Which gap measure a figure shows: G1 (area score) or G2 (gap share). */
export type GapMeasure = 'g1' | 'g2';

/**
 * A State's value for one area on the map: G1, or G2 as gap items over rated
 * items. Null ("no data", never 0) when the State has no row or nothing rated.
 */
export function stateGapValue(
	row: Pick<StateAreaScoreRow, 'g1_area_score' | 'gap_items' | 'rated_items'> | undefined,
	measure: GapMeasure
): number | null {
	if (!row || row.rated_items === 0) return null;
	return measure === 'g1' ? row.g1_area_score : row.gap_items / row.rated_items;
}

/** A heatmap cell's value: the mean over its States of G1 or of G2. */
export function cellGapValue(
	cell: Pick<HeatmapCellRow, 'mean_score' | 'mean_gap_share'>,
	measure: GapMeasure
): number | null {
	return measure === 'g1' ? cell.mean_score : cell.mean_gap_share;
}

/** G3, information coverage: rated items over applicable items; null when nothing applies. */
export function informationCoverage(cell: {
	readonly rated_items: number;
	readonly applicable_items: number;
}): number | null {
	return cell.applicable_items > 0 ? cell.rated_items / cell.applicable_items : null;
}

/**
 * The `n` heatmap rows with the largest gaps, largest first: by the mean of
 * their cells' values over the areas that have one, lowest first for G1 (a
 * score) and highest first for G2 (a share of gaps). Rows with no value in
 * any area come last; ties keep the rows' order. For a slide that cannot
 * hold every row: the rest stay on the page and in the CSV.
 */
export function largestGapRowKeys(
	cells: readonly (Pick<HeatmapCellRow, 'mean_score' | 'mean_gap_share'> & {
		readonly row_key: string;
	})[],
	measure: GapMeasure,
	n: number
): string[] {
	const sums = new Map<string, { sum: number; count: number }>();
	for (const cell of cells) {
		const entry = sums.get(cell.row_key) ?? { sum: 0, count: 0 };
		const value = cellGapValue(cell, measure);
		if (value !== null) {
			entry.sum += value;
			entry.count += 1;
		}
		sums.set(cell.row_key, entry);
	}
	const sign = measure === 'g1' ? 1 : -1;
	const mean = (k: string) => {
		const e = sums.get(k)!;
		return e.count > 0 ? sign * (e.sum / e.count) : Infinity;
	};
	return [...sums.keys()].sort((a, b) => (mean(a) === mean(b) ? 0 : mean(a) - mean(b))).slice(0, n);
}
