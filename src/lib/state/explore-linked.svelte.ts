import { runQuery } from '$lib/db';
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
import { appData } from './app-data.svelte';
import { SELECTION_URL } from './explore-url';
import { errorMessage, type StatusPart } from './status';
import { UrlState } from './url-state.svelte';

/**
 * The linked views: the selection lives in the URL; each change is one
 * numbered generation, whose counts replace the charts' only if no newer
 * generation was asked for meanwhile. Charts show the generation they drew
 * (data-generation), so a test or the benchmark can tell when all are current.
 * Create it during component initialisation (it owns effects).
 */
export class LinkedState {
	readonly #active: () => boolean;
	readonly #url = new UrlState(SELECTION_URL);
	readonly selection: LinkedSelection = $derived(this.#url.current);
	domain: readonly LinkedDomainRow[] = $state.raw([]);
	counts: readonly LinkedCountRow[] = $state.raw([]);
	/** The generation last asked for, and the one whose counts the charts hold. */
	requested = $state(0);
	drawn = $state(0);
	status: StatusPart = $state.raw({ status: 'loading', error: null });
	#baseReady = $state(false);
	/** Plain counter: effects must not read what they write. */
	#generation = 0;

	/** `active` says when the linked tab is shown: only then do its queries run. */
	constructor(active: () => boolean) {
		this.#active = active;
		$effect(() => {
			const d = appData.referenceDate;
			if (!d || !this.#active() || appData.databaseStatus.status !== 'ready') return;
			runQuery(linkedBaseTable(d))
				.then(() => runQuery(linkedDomain()))
				.then(
					(rows) => {
						this.domain = rows;
						this.#baseReady = true;
					},
					(e) => (this.status = { status: 'error', error: errorMessage(e) })
				);
		});
		$effect(() => {
			if (!this.#baseReady) return;
			const selection = this.selection;
			const generation = ++this.#generation;
			this.requested = generation;
			this.status = { status: 'loading', error: null };
			runQuery(linkedCounts(selection)).then(
				(rows) => {
					if (generation !== this.#generation) return;
					this.counts = rows;
					this.drawn = generation;
					this.status = { status: 'ready', error: null };
				},
				(e) => {
					if (generation !== this.#generation) return;
					this.status = { status: 'error', error: errorMessage(e) };
				}
			);
		});
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
