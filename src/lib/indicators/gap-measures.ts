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
