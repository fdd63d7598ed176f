import type { ResolvedPathname } from '$app/types';
import { NO_FILTERS, type GlobalFilters } from '$lib/queries/filters';
import { FILTER_URL } from './filters-url';
import { refusedParams, writeParams } from './url-params';
import { urlActivation } from './url-activation.svelte';
import { UrlState, viewSearchParams } from './url-state.svelte';

/** The global filters, kept in the URL (?from=&to=&region=&subregion=&group=) so a link shares the view. */
class FilterState {
	readonly url = new UrlState(FILTER_URL);

	/**
	 * The same object while the filter values stay the same: every query reads
	 * it, so a change of a view's own URL parameter (a toggle, a sort) does not
	 * re-run them all.
	 */
	readonly current: GlobalFilters = $derived(this.url.current);

	/** The filter parameters of the URL that hold an unknown value, so show all instead. */
	readonly refused: readonly string[] = $derived(
		urlActivation.active ? refusedParams(FILTER_URL, viewSearchParams()) : []
	);

	readonly isFiltered: boolean = $derived(
		Object.values(this.current).some((value) => value !== null)
	);

	/** The query string of the current filters, with its "?" (empty when unfiltered). */
	readonly search: string = $derived.by(() => {
		const qs = writeParams(FILTER_URL, this.current).toString();
		return qs ? `?${qs}` : '';
	});

	/** A resolved path with the current filters appended, for links between views. */
	withFilters(path: ResolvedPathname): ResolvedPathname {
		return `${path}${this.search}` as ResolvedPathname;
	}

	apply(next: GlobalFilters): Promise<void> {
		return this.url.set(next);
	}

	reset(): Promise<void> {
		return this.apply(NO_FILTERS);
	}
}

export const filters = new FilterState();
