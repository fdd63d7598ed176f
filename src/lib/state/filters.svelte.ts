import { goto } from '$app/navigation';
import { page } from '$app/state';
import type { ResolvedPathname } from '$app/types';
import {
	filtersFromSearchParams,
	filtersToSearchParams,
	NO_FILTERS,
	type GlobalFilters
} from '$lib/queries/filters';

/**
 * The global filters, kept in the URL (?from=&to=&region=&group=) so a link
 * shares the view. Prerendered HTML cannot read the query string, so the
 * filters stay empty until `activate()` runs in the browser after hydration.
 */
class FilterState {
	#active = $state(false);

	readonly current: GlobalFilters = $derived(
		this.#active ? filtersFromSearchParams(page.url.searchParams) : NO_FILTERS
	);

	readonly isFiltered: boolean = $derived(
		Object.values(this.current).some((value) => value !== null)
	);

	/** The query string of the current filters, with its "?" (empty when unfiltered). */
	readonly search: string = $derived.by(() => {
		const qs = filtersToSearchParams(this.current).toString();
		return qs ? `?${qs}` : '';
	});

	activate(): void {
		this.#active = true;
	}

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
