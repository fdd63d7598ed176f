import type { Rate } from '../indicators/rate';

/**
 * The data-indicator contract of an element that shows a rate: tests and the
 * bench read the figure from these attributes, so every figure writes them
 * the same way (an empty data-value is "no data", never 0).
 */
export function rateAttributes(
	indicator: string,
	value: Rate,
	at: { year?: number | null; category?: string | null } = {}
): Record<string, string | number | undefined> {
	return {
		'data-indicator': indicator,
		'data-year': at.year ?? undefined,
		'data-category': at.category ?? undefined,
		'data-value': value.value === null ? '' : String(value.value),
		'data-numerator': String(value.numerator),
		'data-denominator': String(value.denominator)
	};
}
