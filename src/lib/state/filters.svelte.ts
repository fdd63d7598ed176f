import { goto } from '$app/navigation';
import { page } from '$app/state';
import type { ResolvedPathname } from '$app/types';
import {
	filtersFromSearchParams,
	filtersToSearchParams,
	NO_FILTERS,
	sameFilters,
	type GlobalFilters
} from '$lib/queries/filters';
import { urlActivation } from './url-activation.svelte';

/**
 * The global filters, kept in the URL (?from=&to=&region=&group=) so a link
 * shares the view. Prerendered HTML cannot read the query string, so the
 * filters stay empty until the URL is activated (url-activation.svelte.ts).
 */
class FilterState {
	#last: GlobalFilters = NO_FILTERS;

	/**
	 * The same object while the filter values stay the same: every query reads
	 * it, so a change of a view's own URL parameter (a toggle, a sort) must
	 * not look like a filter change and re-run them all.
	 */
	readonly current: GlobalFilters = $derived.by(() => {
		const next = urlActivation.active ? filtersFromSearchParams(page.url.searchParams) : NO_FILTERS;
		if (!sameFilters(next, this.#last)) this.#last = next;
		return this.#last;
	});

	readonly isFiltered: boolean = $derived(
		Object.values(this.current).some((value) => value !== null)
	);

	/** The query string of the current filters, with its "?" (empty when unfiltered). */
	readonly search: string = $derived.by(() => {
		const qs = filtersToSearchParams(this.current).toString();
		return qs ? `?${qs}` : '';
	});

	/** A resolved path with the current filters appended, for links between views. */
	withFilters(path: ResolvedPathname): ResolvedPathname {
		return `${path}${this.search}` as ResolvedPathname;
	}

	async apply(next: GlobalFilters): Promise<void> {
		const params = filtersToSearchParams(next, page.url.searchParams).toString();
		const target = `${page.url.pathname}${params ? `?${params}` : ''}` as ResolvedPathname;
		await goto(target, { keepFocus: true, noScroll: true });
	}

	async reset(): Promise<void> {
		await this.apply(NO_FILTERS);
	}
}

export const filters = new FilterState();
