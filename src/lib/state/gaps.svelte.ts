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
import { QueryResult } from './query.svelte';
import { combineStatus, type StatusPart } from './status';

/** The gaps page: heatmap (G1-G4), map, edition change (G5) and FATF context (E1) under one view. */
export class GapsState {
	readonly view = new GapViewState();

	readonly areas = new QueryResult<ThematicAreaRow>(() =>
		appData.referenceDate ? thematicAreaList() : null
	);
	readonly editions = new QueryResult<SurveyEditionRow>(() =>
		appData.referenceDate ? surveyEditions(appData.referenceDate) : null
	);
	readonly heatmap = new QueryResult<HeatmapCellRow>(() =>
		appData.referenceDate
			? gapHeatmap(this.view.rows, filters.current, this.view.gap, appData.referenceDate)
			: null
	);

	/** The map needs one area: the chosen one, else the first on the list. */
	readonly mapArea: string | null = $derived(
		this.view.gap.areaCode ?? this.areas.rows.find((a) => this.inResolution(a))?.area_code ?? null
	);
	readonly mapScores = new QueryResult<StateAreaScoreRow>(() =>
		appData.referenceDate && this.mapArea
			? stateAreaScores(
					filters.current,
					{ ...this.view.gap, areaCode: this.mapArea },
					appData.referenceDate
				)
			: null
	);
	readonly changes = new QueryResult<EditionChangeRow>(() =>
		appData.referenceDate
			? editionChanges(filters.current, this.view.gap, appData.referenceDate)
			: null
	);
	readonly fatfRegions = new QueryResult<FatfRegionRow>(() =>
		appData.referenceDate ? fatfByRegion(filters.current) : null
	);
	readonly fatfRatings = new QueryResult<FatfDistributionRow>(() =>
		appData.referenceDate ? fatfDistribution(filters.current) : null
	);
	readonly fatfUnrated = new QueryResult<UnratedMemberRow>(() =>
		appData.referenceDate ? fatfUnratedMembers(filters.current) : null
	);
	readonly fatfPeriod = new QueryResult<FatfReportPeriodRow>(() =>
		appData.referenceDate ? fatfReportPeriod(filters.current) : null
	);

	/** Areas shown as heatmap columns: those of the chosen resolution (and area). */
	readonly shownAreas: readonly ThematicAreaRow[] = $derived(
		this.areas.rows.filter(
			(a) =>
				this.inResolution(a) &&
				(this.view.gap.areaCode === null || a.area_code === this.view.gap.areaCode)
		)
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
