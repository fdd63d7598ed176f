import type { GapFilters, GapRows } from '$lib/queries/gaps';
import type { GlobalFilters } from '$lib/queries/filters';
import { filters } from './filters.svelte';
import { GAP_DISPLAY_URL, GAP_FILTER_URL, type GapView } from './gaps-url';
import { showParams, UrlState } from './url-state.svelte';

export type { GapMeasure, GapView } from './gaps-url';

/** The gaps page's view in the URL. */
export class GapViewState {
	readonly #gap = new UrlState(GAP_FILTER_URL);
	readonly #display = new UrlState(GAP_DISPLAY_URL);

	/** The gap filters the queries read: the same object while their values stay the same. */
	readonly gap: GapFilters = $derived(this.#gap.current);
	readonly rows: GapRows = $derived(this.#display.current.rows);
	readonly current: GapView = $derived({ ...this.#display.current, gap: this.gap });

	/** Changes the view and, optionally, global filters (a drill-down) in one navigation. */
	apply(patch: Partial<GapView>, globals: Partial<GlobalFilters> = {}): Promise<void> {
		const { gap = {}, ...display } = patch;
		return showParams(filters.url.with(globals, this.#display.with(display, this.#gap.with(gap))));
	}
}
