import { sumRates } from '$lib/indicators/implementation-rates';
import { survivalCurves, type SurvivalCurve } from '$lib/indicators/survival-curves';
import { rate, type Rate } from '$lib/indicators/rate';
import {
	assistanceAlignment,
	assistanceByProvider,
	unmetNeeds,
	type AlignmentRow,
	type AssistanceByProviderRow,
	type UnmetNeedRow
} from '$lib/queries/assistance';
import type { GlobalFilters } from '$lib/queries/filters';
import type { Query } from '$lib/sql/query';
import { followupStatus, type FollowupRow } from '$lib/queries/followup';
import {
	implementationRatesByPriority,
	staleRecommendations,
	staleShare,
	statusMixByYear,
	statusTransitions,
	thematicAreaNames,
	transitionMembers,
	type AreaNameRow,
	type ImplementationByPriorityRow,
	type ImplementationRow,
	type RecDimension,
	type StaleRow,
	type StaleShareRow,
	type StatusMixRow,
	type TransitionMemberRow,
	type TransitionRow
} from '$lib/queries/recommendations';
import { timeToImplementation, type SurvivalGroup, type SurvivalRow } from '$lib/queries/survival';
import { appData } from './app-data.svelte';
import { filters } from './filters.svelte';
import { queryAt } from './query-at.svelte';
import { QueryResult } from './query.svelte';
import { RecordListResult, type CountedRow } from './record-list.svelte';
import { yearsBefore } from './years-before';
import {
	REC_URL,
	type OverdueSort,
	type RateDimension,
	type SelectedCell
} from './recommendations-url';
import { combineStatus, type StatusPart } from './status';
import { UrlState } from './url-state.svelte';

export interface FollowupCounts {
	readonly due: number;
	readonly onTime: number;
	readonly late: number;
	readonly overdue: number;
	readonly notDue: number;
}

/** The rates by the chosen dimension, shaped like a query result for the components. */
export interface RatesByDimension extends StatusPart {
	readonly rows: readonly ImplementationRow[];
}

/** The recommendations page's queries under the global filters at D (paras 10, 13). */
export class RecommendationsState {
	readonly url = new UrlState(REC_URL);
	readonly D = $derived(appData.referenceDate);

	readonly dimension: RateDimension = $derived(this.url.current.dimension);
	readonly survivalGroup: SurvivalGroup = $derived(this.url.current.survival);
	readonly flowTo: string | null = $derived(this.url.current.flowTo ?? this.D);
	readonly flowFrom: string | null = $derived(
		this.url.current.flowFrom ?? (this.flowTo ? yearsBefore(this.flowTo, 2) : null)
	);
	/** The overdue list's order (default: most days overdue first). */
	readonly overdueSort: OverdueSort = $derived(this.url.current.overdueSort);

	/** The transition-matrix cell whose recommendations are listed; kept in the URL. */
	get selectedCell(): SelectedCell | null {
		return this.url.current.cell;
	}
	set selectedCell(cell: SelectedCell | null) {
		void this.url.set({ cell });
	}

	/** R1-R3 and the breakdown by the chosen dimension, from one query. */
	readonly rates = this.#at<ImplementationByPriorityRow>((f, d) =>
		implementationRatesByPriority(this.dimension as RecDimension, f, d)
	);
	readonly byDimension: RatesByDimension = $derived({
		status: this.rates.status,
		error: this.rates.error,
		rows: sumRates(this.rates.rows)
	});
	readonly mix = this.#at<StatusMixRow>((f, d) => statusMixByYear(f, d));
	readonly followup = this.#at<FollowupRow>((f, d) => followupStatus(f, d));
	readonly staleShare = this.#at<StaleShareRow>((f, d) => staleShare(f, d));
	readonly stale = this.#list<StaleRow>((f, d, limit) => staleRecommendations(f, d, { limit }));
	readonly survival = this.#at<SurvivalRow>((f, d) =>
		timeToImplementation(this.survivalGroup, f, d)
	);
	readonly alignmentByArea = this.#at<AlignmentRow>((f, d) => assistanceAlignment('area', f, d));
	readonly alignmentByRegion = this.#at<AlignmentRow>((f, d) =>
		assistanceAlignment('region', f, d)
	);
	readonly alignment = this.#at<AlignmentRow>((f, d) => assistanceAlignment('none', f, d));
	readonly providers = new QueryResult<AssistanceByProviderRow>(() =>
		appData.referenceDate ? assistanceByProvider(filters.current) : null
	);
	readonly unmet = this.#list<UnmetNeedRow>((f, d, limit) => unmetNeeds(f, d, { limit }));
	readonly areaNames = new QueryResult<AreaNameRow>(() =>
		appData.referenceDate ? thematicAreaNames() : null
	);
	readonly transitions = new QueryResult<TransitionRow>(() =>
		this.flowFrom && this.flowTo && this.flowFrom <= this.flowTo
			? statusTransitions(filters.current, this.flowFrom, this.flowTo)
			: null
	);
	/** Runs only once a matrix cell is chosen; not part of the page's status. */
	readonly cellMembers = new QueryResult<TransitionMemberRow>(() =>
		this.selectedCell && this.flowFrom && this.flowTo
			? transitionMembers(
					filters.current,
					this.flowFrom,
					this.flowTo,
					this.selectedCell.from,
					this.selectedCell.to
				)
			: null
	);

	readonly status: StatusPart = $derived(
		combineStatus([
			this.rates,
			this.mix,
			this.followup,
			this.staleShare,
			this.stale,
			this.survival,
			this.alignmentByArea,
			this.alignmentByRegion,
			this.alignment,
			this.providers,
			this.unmet,
			this.areaNames,
			// Dates in the wrong order are said on the page, not a page error.
			this.flowFrom && this.flowTo && this.flowFrom > this.flowTo
				? { status: 'ready', error: null }
				: this.transitions
		])
	);

	readonly #overall = $derived(
		sumRates(
			this.rates.rows,
			() => true,
			() => 'all'
		)
	);
	readonly #priorityOnly = $derived(
		sumRates(
			this.rates.rows,
			(row) => row.priority === 'priority',
			() => 'all'
		)
	);
	readonly r1: Rate | null = $derived(
		this.rates.status === 'ready' ? rateOf(this.#overall, 'implemented') : null
	);
	readonly r2: Rate | null = $derived(
		this.rates.status === 'ready' ? rateOf(this.#overall, 'progressed') : null
	);
	readonly r3: Rate | null = $derived(
		this.rates.status === 'ready' ? rateOf(this.#priorityOnly, 'implemented') : null
	);

	readonly followupCounts: FollowupCounts = $derived.by(() => {
		const n = (s: string) => this.followup.rows.filter((r) => r.followup_state === s).length;
		const onTime = n('on_time');
		const late = n('late');
		const overdue = n('overdue');
		return { due: onTime + late + overdue, onTime, late, overdue, notDue: n('not_due') };
	});
	readonly r4: Rate | null = $derived(
		this.followup.status === 'ready'
			? rate(this.followupCounts.onTime, this.followupCounts.due)
			: null
	);
	readonly overdue: readonly FollowupRow[] = $derived(
		this.followup.rows.filter((r) => r.followup_state === 'overdue')
	);
	readonly r5: Rate | null = $derived.by(() => {
		const row = this.staleShare.rows[0];
		return this.staleShare.status === 'ready' ? rate(row?.stale ?? 0, row?.open ?? 0) : null;
	});
	readonly r7: Rate | null = $derived.by(() => {
		const row = this.alignment.rows[0];
		return this.alignment.status === 'ready' ? rate(row?.needs_met ?? 0, row?.needs ?? 0) : null;
	});

	readonly curves: readonly SurvivalCurve[] = $derived(survivalCurves(this.survival.rows));

	readonly areaName: ReadonlyMap<string, string> = $derived(
		// A new map each time the rows change, never mutated: no reactive map needed.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		new Map(this.areaNames.rows.map((r) => [r.area_code, r.name]))
	);

	/** A query at D under the global filters; null (waiting) until D is known. */
	#at<Row>(build: (f: GlobalFilters, d: string) => Query<Row>): QueryResult<Row> {
		return queryAt(({ d, filters: f }) => build(f, d));
	}

	/** A long list at D under the global filters: its first rows and total, every row on demand. */
	#list<Row extends CountedRow>(
		build: (f: GlobalFilters, d: string, limit: number | null) => Query<Row>
	): RecordListResult<Row> {
		return new RecordListResult<Row>((limit) =>
			appData.referenceDate ? build(filters.current, appData.referenceDate, limit) : null
		);
	}
}

function rateOf(rows: readonly ImplementationRow[], field: 'implemented' | 'progressed'): Rate {
	const row = rows[0];
	return rate(row?.[field] ?? 0, row?.denominator ?? 0);
}
