/** INDICATORS.md: a denominator under this is shown with a "small base" mark. */
export const SMALL_BASE = 5;

export interface Rate {
	readonly numerator: number;
	readonly denominator: number;
	/** numerator / denominator, or null ("no data") when the denominator is 0 - never 0 %. */
	readonly value: number | null;
	readonly smallBase: boolean;
}

export function rate(numerator: number, denominator: number): Rate {
	return {
		numerator,
		denominator,
		value: denominator > 0 ? numerator / denominator : null,
		smallBase: denominator > 0 && denominator < SMALL_BASE
	};
}
