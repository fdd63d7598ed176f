import { NO_FILTERS, type GlobalFilters } from '$lib/queries/filters';
import { neverVisitedStates, type NeverVisitedRow } from '$lib/queries/overview';
import {
	annualListExecution,
	cumulativeVisits,
	reportTurnaround,
	stateVisits,
	type AnnualListRow,
	type CoverageGroup,
	type CumulativeVisitsRow,
	type StateVisitRow,
	type TurnaroundRow
} from '$lib/queries/visits';
import {
	openRequests,
	slowestReports,
	type OpenRequestRow,
	type SlowReportRow
} from '$lib/queries/visits-lists';
import { filters } from './filters.svelte';
import type { Query } from '$lib/sql/query';
import { queryAt } from './query-at.svelte';
import type { QueryResult } from './query.svelte';
import { combineStatus, type StatusPart } from './status';
import { RiskListState } from './visits-risk.svelte';

/** How many of the slowest reports the timeliness view lists. */
export const SLOWEST_REPORTS = 10;

export const COVERAGE_GROUPS: readonly CoverageGroup[] = [
	'within_5',
	'from_5_to_10',
	'over_10',
	'never'
];

export interface GroupCount {
	readonly group: CoverageGroup;
	readonly count: number;
	readonly total: number;
}

/** The visits page's queries under the global filters at D (coverage, timeliness, annual list, V7). */
export class VisitsState {
	#lastFilters: GlobalFilters = NO_FILTERS;
	/**
	 * The global filters, the same object while their values stay the same:
	 * a slider move rewrites the URL, and only the ranking should re-run.
	 */
	readonly filters: GlobalFilters = $derived.by(() => {
		const next = filters.current;
		const last = this.#lastFilters;
		const same = (Object.keys(next) as (keyof GlobalFilters)[]).every((k) => next[k] === last[k]);
		if (!same) this.#lastFilters = next;
		return this.#lastFilters;
	});

	readonly states = this.#at<StateVisitRow>((f, d) => stateVisits(f, d));
	readonly cumulative = this.#at<CumulativeVisitsRow>((f, d) => cumulativeVisits(f, d));
	readonly neverVisited = this.#at<NeverVisitedRow>((f, d) => neverVisitedStates(f, d));
	readonly turnaround = this.#at<TurnaroundRow>((f, d) => reportTurnaround(f, d));
	readonly slowest = this.#at<SlowReportRow>((f, d) => slowestReports(f, d, SLOWEST_REPORTS));
	readonly annual = this.#at<AnnualListRow>((f, d) => annualListExecution(f, d));
	readonly requests = this.#at<OpenRequestRow>((f) => openRequests(f));
	readonly risk = new RiskListState(() => this.filters);

	/** A query at D under this page's filters (the same object while their values stay). */
	#at<Row>(build: (f: GlobalFilters, d: string) => Query<Row>): QueryResult<Row> {
		return queryAt(
			({ d, filters: f }) => build(f, d),
			() => this.filters
		);
	}

	readonly status: StatusPart = $derived(
		combineStatus([
			this.states,
			this.cumulative,
			this.neverVisited,
			this.turnaround,
			this.slowest,
			this.annual,
			this.requests,
			this.risk.status
		])
	);

	/** V1-V3: how many States fall in each coverage group, over the States under the filters. */
	readonly groups: readonly GroupCount[] = $derived.by(() => {
		const rows = this.states.rows;
		return COVERAGE_GROUPS.map((group) => ({
			group,
			count: rows.filter((r) => r.coverage_group === group).length,
			total: rows.length
		}));
	});
}
