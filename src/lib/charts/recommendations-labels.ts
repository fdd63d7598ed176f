/** A label placed beside a line or band end, in pixels from the top of the plot area. */
export interface PlacedLabel<T> {
	readonly item: T;
	/** Wanted position, pixels from the top of the plot area. */
	readonly px: number;
}

/**
 * Pushes labels apart so that no two are closer than `gap` pixels, keeping
 * them inside the plot area of `height` pixels; returns them top to bottom.
 */
export function spreadLabels<T>(
	labels: readonly PlacedLabel<T>[],
	height: number,
	gap = 15
): PlacedLabel<T>[] {
	const placed = [...labels].sort((a, b) => a.px - b.px).map((l) => ({ ...l }));
	for (let i = 1; i < placed.length; i++) {
		placed[i].px = Math.max(placed[i].px, placed[i - 1].px + gap);
	}
	const overflow = (placed.at(-1)?.px ?? 0) - height;
	if (overflow > 0) for (const l of placed) l.px -= overflow;
	for (let i = 0; i < placed.length; i++) {
		if (placed[i].px < 0) placed[i].px = i === 0 ? 0 : placed[i - 1].px + gap;
	}
	return placed;
}
