import { goto } from '$app/navigation';
import { page } from '$app/state';
import type { ResolvedPathname } from '$app/types';
import { NO_GAP_FILTERS, type GapFilters, type GapRows } from '$lib/queries/gaps';
import { gapViewFromSearchParams, gapViewToSearchParams, type GapView } from './gaps-url';

export type { GapMeasure, GapView } from './gaps-url';

const EMPTY: URLSearchParams = new URLSearchParams('');

/** The gaps page's view in the URL; empty until `activate()` (prerendered HTML has no query string). */
export class GapViewState {
	#active = $state(false);

	readonly current: GapView = $derived(
		gapViewFromSearchParams(this.#active ? page.url.searchParams : EMPTY)
	);

	#lastGap: GapFilters = NO_GAP_FILTERS;

	/**
	 * The gap filters and row grouping the queries read: the same object while
	 * their values stay the same, so switching the colour measure or the
	 * table view redraws without re-running the queries.
	 */
	readonly gap: GapFilters = $derived.by(() => {
		const next = this.current.gap;
		const same = (Object.keys(next) as (keyof GapFilters)[]).every(
			(k) => next[k] === this.#lastGap[k]
		);
		if (!same) this.#lastGap = next;
		return this.#lastGap;
	});
	readonly rows: GapRows = $derived(this.current.rows);

	activate(): void {
		this.#active = true;
	}

	/** Changes the view and, optionally, global filters (`region`, `group`) in one navigation. */
	async apply(patch: Partial<GapView>, globals: Record<string, string | null> = {}): Promise<void> {
		const params = gapViewToSearchParams({ ...this.current, ...patch }, page.url.searchParams);
		for (const [name, value] of Object.entries(globals)) {
			if (value === null) params.delete(name);
			else params.set(name, value);
		}
		const qs = params.toString();
		const target = `${page.url.pathname}${qs ? `?${qs}` : ''}` as ResolvedPathname;
		await goto(target, { keepFocus: true, noScroll: true });
	}
}
