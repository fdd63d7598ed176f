import {
	countsByCategory,
	linkedBaseTable,
	linkedCounts,
	linkedDomain,
	NO_SELECTION,
	type LinkedChart,
	type LinkedCountRow,
	type LinkedDomainRow,
	type LinkedSelection
} from '$lib/queries/explore-linked';
import type { Query } from '$lib/sql/query';
import { SELECTION_URL } from './explore-url';
import { queryKey } from './prerendered.svelte';
import { queryAt } from './query-at.svelte';
import type { QueryResult } from './query.svelte';
import { combineStatus, type StatusPart } from './status';
import { UrlState } from './url-state.svelte';

/**
 * The linked views: the selection lives in the URL (only there: the global
 * filters do not apply on /explore). Each selection asked for is one numbered
 * generation; the charts show the generation their counts answer
 * (data-generation), so a test or the benchmark can tell when all are current.
 * Create it during component initialisation (it owns effects).
 */
export class LinkedState {
	readonly #url = new UrlState(SELECTION_URL);
	readonly selection: LinkedSelection = $derived(this.#url.current);

	/**
	 * The one chained step: the temp table at D must exist before the domain
	 * and the counts read it, and it is created by a statement of its own
	 * (materialising status at D once is what keeps each selection cheap), so
	 * those two queries are built only once it is ready. Built only while the
	 * linked tab is shown. Its answer is kept for the page's life like any
	 * other (query.svelte.ts): so is the table, on the one database, and D
	 * does not change while a page is open.
	 */
	readonly #base: QueryResult<{ Count: number }>;
	readonly #domain: QueryResult<LinkedDomainRow>;
	readonly #counts: QueryResult<LinkedCountRow>;
	readonly #countsQuery: Query<LinkedCountRow> | null = $derived(
		this.#baseReady() ? linkedCounts(this.selection) : null
	);

	/** Plain counter, bumped as the counts query asked for changes. */
	#generation = 0;
	/** The generation last asked for (0 while nothing is). */
	readonly requested: number = $derived.by(() => (this.#countsQuery ? ++this.#generation : 0));
	readonly #countsKey: string | null = $derived(
		this.#countsQuery ? queryKey(this.#countsQuery) : null
	);

	/** `active` says when the linked tab is shown: only then do its queries run. */
	constructor(active: () => boolean) {
		this.#base = queryAt(({ d }) => (active() ? linkedBaseTable(d) : null));
		this.#domain = queryAt(() => (this.#baseReady() ? linkedDomain() : null));
		this.#counts = queryAt(() => this.#countsQuery);
	}

	/** The generation whose counts the charts hold; 0 while they hold an older one or none. */
	get drawn(): number {
		return this.#countsKey !== null && this.#counts.shownKey === this.#countsKey
			? this.requested
			: 0;
	}

	#baseReady(): boolean {
		return this.#base.status === 'ready';
	}

	get status(): StatusPart {
		return combineStatus([this.#base, this.#domain, this.#counts]);
	}

	/** The years and areas of the axes (empty until the base table is in). */
	get domain(): readonly LinkedDomainRow[] {
		return this.#domain.rows;
	}

	/** The counts last answered (possibly of an earlier generation: see drawn). */
	get counts(): readonly LinkedCountRow[] {
		return this.#counts.rows;
	}

	/** Counts of one chart by category code. */
	countsOf(chart: LinkedChart | 'total'): ReadonlyMap<string, number> {
		return countsByCategory(this.counts, chart);
	}

	clear(): Promise<void> {
		return this.select(NO_SELECTION);
	}

	select(patch: Partial<LinkedSelection>): Promise<void> {
		return this.#url.set(patch);
	}
}
