import type { CrossCuttingId } from '$lib/queries/cross-cutting';
import {
	crossCuttingByYear,
	humanRightsImplementation,
	type HumanRightsImplementationRow,
	type YearlyRateRow
} from '$lib/queries/cross-cutting';
import { NO_FILTERS, type GlobalFilters } from '$lib/queries/filters';
import { followupStatus, type FollowupRow } from '$lib/queries/followup';
import {
	gapHeatmap,
	NO_GAP_FILTERS,
	thematicAreaList,
	type HeatmapCellRow
} from '$lib/queries/gaps';
import type { ThematicAreaRow } from '$lib/queries/gaps';
import {
	overviewIndicators,
	overviewSharesTrend,
	type IndicatorCount,
	type TrendPoint
} from '$lib/queries/overview';
import { implementationRates, type ImplementationRow } from '$lib/queries/recommendations';
import {
	cumulativeVisits,
	reportTurnaround,
	stateVisits,
	type CumulativeVisitsRow,
	type StateVisitRow,
	type TurnaroundRow
} from '$lib/queries/visits';
import { appData } from './app-data.svelte';
import { QueryResult } from './query.svelte';
import { reportReferenceDate, type ReportDate } from './report-date';
import { combineStatus, type StatusPart } from './status';

/** The cross-cutting indicators of the book's tables, by chapter (paras 28, 29, 21). */
export const REPORT_CROSS_CUTTING = {
	gender: ['W1', 'W2', 'W3', 'W4', 'W5', 'W6', 'W7'],
	children: ['C1', 'C2', 'C3', 'C4', 'C5'],
	humanRights: ['H1', 'H3']
} as const satisfies Record<string, readonly CrossCuttingId[]>;

const CROSS_CUTTING_IDS: readonly CrossCuttingId[] = Object.values(REPORT_CROSS_CUTTING).flat();

/**
 * The annual report's figure book for one year: every query at the year's
 * reference date D (report-date.ts) over all Member States. The global
 * filters do not apply: the book is the Committee's standard set.
 */
export class ReportState {
	readonly #year: () => number;

	constructor(year: () => number) {
		this.#year = year;
	}

	get year(): number {
		return this.#year();
	}

	readonly reportDate: ReportDate | null = $derived(
		appData.referenceDate ? reportReferenceDate(this.year, appData.referenceDate) : null
	);

	/** D of the book, or null until the manifest is in. */
	readonly d: string | null = $derived(this.reportDate?.date ?? null);

	/** The reporting year alone, for the "in {year}" figures. */
	readonly #yearFilters: GlobalFilters = $derived({
		...NO_FILTERS,
		yearFrom: this.year,
		yearTo: this.year
	});

	readonly visits = this.#at<CumulativeVisitsRow>((d) => cumulativeVisits(NO_FILTERS, d));
	readonly headline = this.#at<IndicatorCount>((d) => overviewIndicators(NO_FILTERS, d));
	readonly yearHeadline = this.#at<IndicatorCount>((d) => overviewIndicators(this.#yearFilters, d));
	readonly states = this.#at<StateVisitRow>((d) => stateVisits(NO_FILTERS, d));
	readonly turnaround = this.#at<TurnaroundRow>((d) => reportTurnaround(NO_FILTERS, d));
	readonly followup = this.#at<FollowupRow>((d) => followupStatus(NO_FILTERS, d));
	readonly implementation = this.#at<ImplementationRow>((d) =>
		implementationRates('area', NO_FILTERS, d)
	);
	readonly implementationAll = this.#at<ImplementationRow>((d) =>
		implementationRates('none', NO_FILTERS, d)
	);
	readonly areas = new QueryResult<ThematicAreaRow>(() => thematicAreaList());
	readonly gaps = this.#at<HeatmapCellRow>((d) =>
		gapHeatmap('region', NO_FILTERS, NO_GAP_FILTERS, d)
	);
	readonly trend = this.#at<TrendPoint>((d) => overviewSharesTrend(NO_FILTERS, d));
	readonly humanRightsImplementation = this.#at<HumanRightsImplementationRow>((d) =>
		humanRightsImplementation(NO_FILTERS, d)
	);
	readonly crossCutting: Readonly<Record<string, QueryResult<YearlyRateRow>>> = Object.fromEntries(
		CROSS_CUTTING_IDS.map((id) => [
			id,
			this.#at<YearlyRateRow>((d) => crossCuttingByYear(id, NO_FILTERS, d))
		])
	);

	/** Every part, with a database that failed to open failing them all. */
	readonly status: StatusPart = $derived(
		combineStatus([
			appData.manifestStatus,
			this.visits,
			this.headline,
			this.yearHeadline,
			this.states,
			this.turnaround,
			this.followup,
			this.implementation,
			this.implementationAll,
			this.areas,
			this.gaps,
			this.trend,
			this.humanRightsImplementation,
			...Object.values(this.crossCutting)
		])
	);

	/** The status a figure shows: the page-wide error if the database is down. */
	part(result: StatusPart): StatusPart {
		return appData.gate(result);
	}

	#at<Row>(build: (d: string) => import('$lib/sql/query').Query<Row>): QueryResult<Row> {
		return new QueryResult<Row>(() => (this.d ? build(this.d) : null));
	}
}
