import { rate, type Rate } from '$lib/indicators/rate';
import { stateIndex, type StateIndexRow } from '$lib/queries/state-index';
import { MEMBER_STATES, type MemberState } from '$lib/reference/member-states';
import { foldName } from '$lib/reference/state-match';
import { filters } from './filters.svelte';
import { inStateFilters } from './filters-url';
import { queryAt } from './query-at.svelte';
import { combineStatus, type StatusPart } from './status';
import {
	defaultAscending,
	sortDir,
	STATES_INDEX_URL,
	type StateSortKey,
	type StatesIndexView
} from './states-index-url';
import { UrlState } from './url-state.svelte';

/** A Member State with its figures at D (null until the query answers). */
export interface StateIndexEntry {
	readonly state: MemberState;
	readonly stats: StateIndexRow | null;
	readonly r1: Rate | null;
}

/** Sort values; null (never visited, no data) sorts last in either direction. */
const SORT_VALUE: Record<StateSortKey, (e: StateIndexEntry) => string | number | null> = {
	name: (e) => e.state.name,
	region: (e) => e.state.region,
	group: (e) => e.state.unRegionalGroup,
	last_visit: (e) => e.stats?.last_visit ?? null,
	assessments: (e) => e.stats?.assessments ?? null,
	open: (e) => e.stats?.open_recommendations ?? null,
	r1: (e) => e.r1?.value ?? null
};

function compare(a: string | number, b: string | number): number {
	return typeof a === 'number' && typeof b === 'number'
		? a - b
		: String(a).localeCompare(String(b));
}

/** The /states index: all 193 Members with their figures, searched, filtered (region, group) and sorted. */
export class StatesIndexState {
	readonly #url = new UrlState(STATES_INDEX_URL);
	readonly view: StatesIndexView = $derived(this.#url.current);
	readonly ascending: boolean = $derived(
		this.view.dir === null ? defaultAscending(this.view.sort) : this.view.dir === 'asc'
	);

	readonly stats = queryAt<StateIndexRow>(({ d }) => stateIndex(d));

	readonly status: StatusPart = $derived(combineStatus([this.stats]));

	/** The Members under the global region, sub-region and group filters, before the name search. */
	readonly inFilters: readonly MemberState[] = $derived(
		MEMBER_STATES.filter((s) => inStateFilters(s, filters.current))
	);

	readonly entries: readonly StateIndexEntry[] = $derived.by(() => {
		// A plain lookup built afresh on each run; nothing mutates it, so no reactive map is needed.
		const byIso3 = Object.fromEntries(this.stats.rows.map((r) => [r.iso3, r]));
		const q = foldName(this.view.q);
		const shown = this.inFilters
			.filter((s) => q === '' || foldName(s.name).includes(q) || s.iso3.toLowerCase() === q)
			.map((state) => {
				const stats = byIso3[state.iso3] ?? null;
				return { state, stats, r1: stats ? rate(stats.implemented, stats.r1_denominator) : null };
			});
		const value = SORT_VALUE[this.view.sort];
		const sign = this.ascending ? 1 : -1;
		return shown.sort((a, b) => {
			const [x, y] = [value(a), value(b)];
			if (x === null || y === null) {
				if (x !== y) return x === null ? 1 : -1;
			} else {
				const order = compare(x, y);
				if (order !== 0) return sign * order;
			}
			return a.state.name.localeCompare(b.state.name);
		});
	});

	/** A click on a header: the same column flips its direction, another starts at its default. */
	sortBy(key: StateSortKey): Promise<void> {
		const ascending = key === this.view.sort ? !this.ascending : defaultAscending(key);
		return this.#url.set({ sort: key, dir: sortDir(key, ascending) });
	}

	search(q: string): Promise<void> {
		return this.#url.set({ q });
	}
}
