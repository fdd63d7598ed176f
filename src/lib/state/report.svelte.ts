import type { YearlyRateRow } from '$lib/queries/cross-cutting';
import type { HumanRightsImplementationRow } from '$lib/queries/cross-cutting';
import type { FollowupRow } from '$lib/queries/followup';
import type { HeatmapCellRow, ThematicAreaRow } from '$lib/queries/gaps';
import type { IndicatorCount, TrendPoint } from '$lib/queries/overview';
import type { ImplementationRow } from '$lib/queries/recommendations';
import {
	REPORT_CROSS_CUTTING_IDS,
	REPORT_QUERIES,
	reportCrossCuttingQuery,
	type ReportRows
} from '$lib/queries/report';
import type { CumulativeVisitsRow, StateVisitRow, TurnaroundRow } from '$lib/queries/visits';
import { appData } from './app-data.svelte';
import { QueryResult } from './query.svelte';
import { reportReferenceDate, type ReportDate } from './report-date';
import { combineStatus, type StatusPart } from './status';

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

	readonly visits = this.#at<CumulativeVisitsRow>(REPORT_QUERIES.visits);
	readonly headline = this.#at<IndicatorCount>(REPORT_QUERIES.headline);
	readonly yearHeadline = this.#at<IndicatorCount>(REPORT_QUERIES.yearHeadline);
	readonly states = this.#at<StateVisitRow>(REPORT_QUERIES.states);
	readonly turnaround = this.#at<TurnaroundRow>(REPORT_QUERIES.turnaround);
	readonly followup = this.#at<FollowupRow>(REPORT_QUERIES.followup);
	readonly implementation = this.#at<ImplementationRow>(REPORT_QUERIES.implementation);
	readonly implementationAll = this.#at<ImplementationRow>(REPORT_QUERIES.implementationAll);
	readonly areas = new QueryResult<ThematicAreaRow>(() => REPORT_QUERIES.areas('', this.year));
	readonly gaps = this.#at<HeatmapCellRow>(REPORT_QUERIES.gaps);
	readonly trend = this.#at<TrendPoint>(REPORT_QUERIES.trend);
	readonly humanRightsImplementation = this.#at<HumanRightsImplementationRow>(
		REPORT_QUERIES.humanRightsImplementation
	);
	readonly crossCutting: Readonly<Record<string, QueryResult<YearlyRateRow>>> = Object.fromEntries(
		REPORT_CROSS_CUTTING_IDS.map((id) => [
			id,
			this.#at<YearlyRateRow>((d) => reportCrossCuttingQuery(id, d))
		])
	);

	/** Every part's rows as they stand (the build's, then the engine's), for the book's text and the DOCX. */
	get rows(): ReportRows {
		return {
			visits: this.visits.rows,
			headline: this.headline.rows,
			yearHeadline: this.yearHeadline.rows,
			states: this.states.rows,
			turnaround: this.turnaround.rows,
			followup: this.followup.rows,
			implementation: this.implementation.rows,
			implementationAll: this.implementationAll.rows,
			areas: this.areas.rows,
			gaps: this.gaps.rows,
			trend: this.trend.rows,
			humanRightsImplementation: this.humanRightsImplementation.rows,
			crossCutting: Object.fromEntries(
				Object.entries(this.crossCutting).map(([id, result]) => [id, result.rows])
			)
		};
	}

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

	#at<Row>(
		build: (d: string, year: number) => import('$lib/sql/query').Query<Row>
	): QueryResult<Row> {
		return new QueryResult<Row>(() => (this.d ? build(this.d, this.year) : null));
	}
}
