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
import { queryAt } from './query-at.svelte';
import { combineStatus, type StatusPart } from './status';

/**
 * One Member State's profile: every query of the page for the State `iso3()`
 * at D. The global filters do not apply to a profile (the page says so), so no
 * query reads them.
 */
export class StateProfileState {
	readonly #iso3: () => string;

	constructor(iso3: () => string) {
		this.#iso3 = iso3;
	}

	readonly areas = queryAt<ThematicAreaRow>(() => thematicAreaList());
	readonly timeline = queryAt<TimelineEventRow>(({ d }) => assessmentTimeline(this.#iso3(), d));
	readonly benchmarks = queryAt<AreaBenchmarkRow>(({ d }) => areaBenchmarks(this.#iso3(), d));
	readonly recStatus = queryAt<StateRecStatusRow>(({ d }) =>
		stateRecommendationStatus(this.#iso3(), d)
	);
	readonly openPriority = queryAt<OpenPriorityRow>(({ d }) =>
		openPriorityRecommendations(this.#iso3(), d)
	);
	readonly assistance = queryAt<StateAssistanceRow>(() => stateAssistance(this.#iso3()));
	readonly crossCutting = queryAt<CrossCuttingFlagsRow>(({ d }) =>
		stateCrossCutting(this.#iso3(), d)
	);
	readonly external = queryAt<ExternalContextRow>(() => stateExternalContext(this.#iso3()));
	readonly gti = queryAt<GtiTrendRow>(() => stateGtiTrend(this.#iso3()));

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
