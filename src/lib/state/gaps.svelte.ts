import {
	fatfByRegion,
	fatfDistribution,
	fatfReportPeriod,
	fatfUnratedMembers,
	type FatfDistributionRow,
	type FatfReportPeriodRow,
	type FatfRegionRow,
	type UnratedMemberRow
} from '$lib/queries/external';
import {
	editionChanges,
	gapHeatmap,
	stateAreaScores,
	surveyEditions,
	thematicAreaList,
	type EditionChangeRow,
	type HeatmapCellRow,
	type StateAreaScoreRow,
	type SurveyEditionRow,
	type ThematicAreaRow
} from '$lib/queries/gaps';
import { appData } from './app-data.svelte';
import { filters } from './filters.svelte';
import { GapViewState } from './gaps-view.svelte';
import { queryAt } from './query-at.svelte';
import { combineStatus, type StatusPart } from './status';

/** The gaps page: heatmap (G1-G4), map, edition change (G5) and FATF context (E1) under one view. */
export class GapsState {
	readonly view = new GapViewState();

	readonly areas = queryAt<ThematicAreaRow>(() => thematicAreaList());
	readonly editions = queryAt<SurveyEditionRow>(({ d }) => surveyEditions(d));
	readonly heatmap = queryAt<HeatmapCellRow>(({ d, filters: f }) =>
		gapHeatmap(this.view.rows, f, this.view.gap, d)
	);

	readonly changes = queryAt<EditionChangeRow>(({ d, filters: f }) =>
		editionChanges(f, this.view.gap, d)
	);
	readonly fatfRegions = queryAt<FatfRegionRow>(({ filters: f }) => fatfByRegion(f));
	readonly fatfRatings = queryAt<FatfDistributionRow>(({ filters: f }) => fatfDistribution(f));
	readonly fatfUnrated = queryAt<UnratedMemberRow>(({ filters: f }) => fatfUnratedMembers(f));
	readonly fatfPeriod = queryAt<FatfReportPeriodRow>(({ filters: f }) => fatfReportPeriod(f));

	/** Areas shown as heatmap columns: those of the global area filter and the chosen resolution. */
	readonly shownAreas: readonly ThematicAreaRow[] = $derived(
		this.areas.rows.filter((a) => {
			const chosen = filters.current.areas;
			return this.inResolution(a) && (chosen === null || chosen.includes(a.area_code));
		})
	);

	/** The map needs one area: the first one shown. */
	readonly mapArea: string | null = $derived(this.shownAreas[0]?.area_code ?? null);
	readonly mapScores = queryAt<StateAreaScoreRow>(({ d, filters: f }) =>
		this.mapArea ? stateAreaScores(f, this.view.gap, d, this.mapArea) : null
	);

	readonly heatmapStatus: StatusPart = $derived(gate([this.areas, this.heatmap]));
	readonly mapStatus: StatusPart = $derived(gate([this.areas, this.mapScores]));
	readonly changesStatus: StatusPart = $derived(gate([this.changes]));
	readonly fatfStatus: StatusPart = $derived(
		gate([this.fatfRegions, this.fatfRatings, this.fatfUnrated, this.fatfPeriod])
	);

	/** The world outline (a bundled asset), fetched and drawn by the map component. */
	atlasStatus: StatusPart = $state.raw({ status: 'loading', error: null });
	readonly status: StatusPart = $derived.by(() => {
		return combineStatus([
			this.editions,
			this.heatmapStatus,
			this.mapStatus,
			this.changesStatus,
			this.fatfStatus,
			this.atlasStatus
		]);
	});

	areaName(code: string): string {
		return this.areas.rows.find((a) => a.area_code === code)?.name ?? code;
	}

	private inResolution(a: ThematicAreaRow): boolean {
		const res = this.view.gap.resolution;
		return res === null || a.resolutions.split(';').includes(res);
	}
}

function gate(parts: readonly StatusPart[]): StatusPart {
	return appData.gate(combineStatus(parts));
}
