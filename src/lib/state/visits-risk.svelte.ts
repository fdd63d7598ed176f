import {
	checkRiskWeights,
	DEFAULT_RISK_WEIGHTS,
	riskRanking,
	RiskWeightsError,
	type RiskComponent,
	type RiskRow,
	type RiskWeights
} from '$lib/queries/risk';
import { proposedList, type ProposedEntry } from '$lib/indicators/proposed-list';
import type { GlobalFilters } from '$lib/queries/filters';
import { queryAt } from './query-at.svelte';
import type { StatusPart } from './status';
import { RISK_LIST_URL, RISK_WEIGHTS_URL } from './visits-risk-url';
import { UrlState } from './url-state.svelte';

/** V7's list builder: the weights, the pinned and excluded States and the list size, all in the URL. */
export class RiskListState {
	readonly #filters: () => GlobalFilters;
	readonly #weights = new UrlState(RISK_WEIGHTS_URL);
	readonly #list = new UrlState(RISK_LIST_URL);

	constructor(filtersOf: () => GlobalFilters) {
		this.#filters = filtersOf;
	}

	/** The same object while the weights stay the same: a pin or a list size does not re-rank. */
	readonly weights: RiskWeights = $derived(this.#weights.current);
	readonly pinned: readonly string[] = $derived(this.#list.current.pinned);
	readonly excluded: readonly string[] = $derived(this.#list.current.excluded);
	readonly size: number = $derived(this.#list.current.size);

	/** Why there is no ranking (all weights zero), or null. */
	readonly weightsError: string | null = $derived.by(() => {
		try {
			checkRiskWeights(this.weights);
			return null;
		} catch (e) {
			if (e instanceof RiskWeightsError) return e.message;
			throw e;
		}
	});

	readonly ranking = queryAt<RiskRow>(
		({ d, filters: f }) => (this.weightsError === null ? riskRanking(this.weights, f, d) : null),
		() => this.#filters()
	);

	/** With no valid weights there is nothing to wait for: the message is the answer. */
	readonly status: StatusPart = $derived(
		this.weightsError !== null ? { status: 'ready', error: null } : this.ranking
	);

	readonly rows: readonly RiskRow[] = $derived(this.weightsError === null ? this.ranking.rows : []);

	readonly proposal: readonly ProposedEntry[] = $derived(
		proposedList(this.rows, this.pinned, this.excluded, this.size)
	);

	setWeight(key: RiskComponent, value: number): Promise<void> {
		return this.#weights.set({ [key]: value });
	}

	resetWeights(): Promise<void> {
		return this.#weights.set(DEFAULT_RISK_WEIGHTS);
	}

	setSize(size: number): Promise<void> {
		return this.#list.set({ size });
	}

	togglePin(iso3: string): Promise<void> {
		return this.#list.set({ pinned: toggled(this.pinned, iso3) });
	}

	toggleExclude(iso3: string): Promise<void> {
		return this.#list.set({ excluded: toggled(this.excluded, iso3) });
	}
}

function toggled(codes: readonly string[], iso3: string): readonly string[] {
	return codes.includes(iso3) ? codes.filter((c) => c !== iso3) : [...codes, iso3];
}
