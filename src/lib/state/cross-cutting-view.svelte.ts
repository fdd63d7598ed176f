import { breakdownsOf, type Breakdown, type CrossCuttingId } from '$lib/queries/cross-cutting';
import { CROSS_CUTTING_URL, type CrossCuttingChoice, type WpsId } from './cross-cutting-url';
import { UrlState } from './url-state.svelte';

/** The cross-cutting page's own choices, kept in the URL beside the global filters. */
export class CrossCuttingView {
	readonly #url = new UrlState(CROSS_CUTTING_URL);

	readonly indicator: CrossCuttingId = $derived(this.#url.current.indicator);
	/** A breakdown the indicator's table lacks falls back to none. */
	readonly breakdown: Breakdown = $derived(
		breakdownsOf(this.indicator).includes(this.#url.current.breakdown)
			? this.#url.current.breakdown
			: 'none'
	);
	readonly wps: WpsId = $derived(this.#url.current.wps);

	/** Writes the breakdown shown, so a change of indicator drops one the old indicator alone had. */
	set(choice: Partial<CrossCuttingChoice>): Promise<void> {
		return this.#url.set({ breakdown: this.breakdown, ...choice });
	}
}
