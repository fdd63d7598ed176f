import { goto } from '$app/navigation';
import { page } from '$app/state';
import type { ResolvedPathname } from '$app/types';
import {
	checkRiskWeights,
	DEFAULT_RISK_WEIGHTS,
	RISK_COMPONENTS,
	riskRanking,
	riskWeightsFromSearchParams,
	riskWeightsToSearchParams,
	RiskWeightsError,
	type RiskComponent,
	type RiskRow,
	type RiskWeights
} from '$lib/queries/risk';
import { DEFAULT_LIST_SIZE, proposedList, type ProposedEntry } from '$lib/export/risk-list';
import { SvelteURLSearchParams } from 'svelte/reactivity';
import { appData } from './app-data.svelte';
import type { GlobalFilters } from '$lib/queries/filters';
import { QueryResult } from './query.svelte';
import type { StatusPart } from './status';

const LIST_PARAMS = { size: 'size', pin: 'pin', exclude: 'exclude' } as const;

function codes(params: URLSearchParams, name: string): string[] {
	return (params.get(name) ?? '')
		.split(',')
		.map((s) => s.trim().toUpperCase())
		.filter((s) => /^[A-Z]{3}$/.test(s));
}

/**
 * V7's list builder: the weights, the pinned and excluded States and the
 * list size, all kept in the URL so a link restores the proposal. Prerendered
 * HTML cannot read the query string, so the URL is read only after `activate()`.
 */
export class RiskListState {
	#active = $state(false);
	readonly #filters: () => GlobalFilters;

	constructor(filtersOf: () => GlobalFilters) {
		this.#filters = filtersOf;
	}

	readonly #params: URLSearchParams = $derived(
		this.#active ? page.url.searchParams : new SvelteURLSearchParams()
	);
	#lastWeights: RiskWeights | null = null;
	/** The same object while the weights stay the same: a pin or a list size does not re-rank. */
	readonly weights: RiskWeights = $derived.by(() => {
		const next = riskWeightsFromSearchParams(this.#params);
		const last = this.#lastWeights;
		if (last && RISK_COMPONENTS.every((k) => last[k] === next[k])) return last;
		this.#lastWeights = next;
		return next;
	});
	readonly pinned: readonly string[] = $derived(codes(this.#params, LIST_PARAMS.pin));
	readonly excluded: readonly string[] = $derived(codes(this.#params, LIST_PARAMS.exclude));
	readonly size: number = $derived.by(() => {
		const n = Number(this.#params.get(LIST_PARAMS.size));
		return Number.isInteger(n) && n >= 1 && n <= 193 ? n : DEFAULT_LIST_SIZE;
	});

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

	readonly ranking = new QueryResult<RiskRow>(() =>
		appData.referenceDate && this.#active && this.weightsError === null
			? riskRanking(this.weights, this.#filters(), appData.referenceDate)
			: null
	);

	/** With no valid weights there is nothing to wait for: the message is the answer. */
	readonly status: StatusPart = $derived(
		this.weightsError !== null && this.#active ? { status: 'ready', error: null } : this.ranking
	);

	readonly rows: readonly RiskRow[] = $derived(this.weightsError === null ? this.ranking.rows : []);

	readonly proposal: readonly ProposedEntry[] = $derived(
		proposedList(this.rows, this.pinned, this.excluded, this.size)
	);

	activate(): void {
		this.#active = true;
	}

	setWeight(key: RiskComponent, value: number): Promise<void> {
		return this.#update(riskWeightsToSearchParams({ ...this.weights, [key]: value }, this.#params));
	}

	resetWeights(): Promise<void> {
		return this.#update(riskWeightsToSearchParams(DEFAULT_RISK_WEIGHTS, this.#params));
	}

	setSize(n: number): Promise<void> {
		return this.#setParam(LIST_PARAMS.size, n === DEFAULT_LIST_SIZE ? '' : String(n));
	}

	togglePin(iso3: string): Promise<void> {
		const next = this.pinned.includes(iso3)
			? this.pinned.filter((c) => c !== iso3)
			: [...this.pinned, iso3];
		return this.#setParam(LIST_PARAMS.pin, next.join(','));
	}

	toggleExclude(iso3: string): Promise<void> {
		const next = this.excluded.includes(iso3)
			? this.excluded.filter((c) => c !== iso3)
			: [...this.excluded, iso3];
		return this.#setParam(LIST_PARAMS.exclude, next.join(','));
	}

	#setParam(name: string, value: string): Promise<void> {
		const params = new SvelteURLSearchParams(this.#params);
		if (value === '') params.delete(name);
		else params.set(name, value);
		return this.#update(params);
	}

	async #update(params: URLSearchParams): Promise<void> {
		const qs = params.toString();
		const target = `${page.url.pathname}${qs ? `?${qs}` : ''}` as ResolvedPathname;
		await goto(target, { keepFocus: true, noScroll: true, replaceState: true });
	}
}
