import { thematicAreaList, type ThematicAreaRow } from '$lib/queries/gaps';
import {
	areaBenchmarks,
	assessmentTimeline,
	openPriorityRecommendations,
	stateAssistance,
	stateCrossCutting,
	stateExternalContext,
	stateGtiTrend,
	stateRecommendationStatus,
	type AreaBenchmarkRow,
	type CrossCuttingFlagsRow,
	type ExternalContextRow,
	type GtiTrendRow,
	type OpenPriorityRow,
	type StateAssistanceRow,
	type StateRecStatusRow,
	type TimelineEventRow
} from '$lib/queries/state-profile';
import { appData } from './app-data.svelte';
import { QueryResult } from './query.svelte';
import { combineStatus, type StatusPart } from './status';

/** One Member State's profile: every query of the page for the State `iso3()` at D. */
export class StateProfileState {
	readonly #iso3: () => string;
	readonly #d = $derived(appData.referenceDate);

	constructor(iso3: () => string) {
		this.#iso3 = iso3;
	}

	readonly areas = new QueryResult<ThematicAreaRow>(() => (this.#d ? thematicAreaList() : null));
	readonly timeline = new QueryResult<TimelineEventRow>(() =>
		this.#d ? assessmentTimeline(this.#iso3(), this.#d) : null
	);
	readonly benchmarks = new QueryResult<AreaBenchmarkRow>(() =>
		this.#d ? areaBenchmarks(this.#iso3(), this.#d) : null
	);
	readonly recStatus = new QueryResult<StateRecStatusRow>(() =>
		this.#d ? stateRecommendationStatus(this.#iso3(), this.#d) : null
	);
	readonly openPriority = new QueryResult<OpenPriorityRow>(() =>
		this.#d ? openPriorityRecommendations(this.#iso3(), this.#d) : null
	);
	readonly assistance = new QueryResult<StateAssistanceRow>(() =>
		this.#d ? stateAssistance(this.#iso3()) : null
	);
	readonly crossCutting = new QueryResult<CrossCuttingFlagsRow>(() =>
		this.#d ? stateCrossCutting(this.#iso3(), this.#d) : null
	);
	readonly external = new QueryResult<ExternalContextRow>(() =>
		this.#d ? stateExternalContext(this.#iso3()) : null
	);
	readonly gti = new QueryResult<GtiTrendRow>(() => (this.#d ? stateGtiTrend(this.#iso3()) : null));

	readonly status: StatusPart = $derived(
		combineStatus([
			this.areas,
			this.timeline,
			this.benchmarks,
			this.recStatus,
			this.openPriority,
			this.assistance,
			this.crossCutting,
			this.external,
			this.gti
		])
	);

	areaName(code: string): string {
		return this.areas.rows.find((a) => a.area_code === code)?.name ?? code;
	}
}
