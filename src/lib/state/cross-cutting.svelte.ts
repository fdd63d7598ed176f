import { beforeAfter, type BeforeAfter } from '$lib/indicators/before-after';
import { rate } from '$lib/indicators/rate';
import { scorecardEntry, scorecardYear, type ScorecardEntry } from '$lib/indicators/scorecard';
import { wpsContext, type WpsContextRow } from '$lib/queries/cross-cutting-context';
import { assessmentsMissing, type MissingIntegrationRow } from '$lib/queries/cross-cutting-lists';
import {
	crossCuttingByYear,
	humanRightsImplementation,
	participationByKind,
	type CrossCuttingId,
	type EngagementCountsRow,
	type HumanRightsImplementationRow,
	type YearlyRateRow
} from '$lib/queries/cross-cutting';
import type { GlobalFilters } from '$lib/queries/filters';
import { appData } from './app-data.svelte';
import { BY_YEAR_IDS } from './cross-cutting-url';
import { CrossCuttingView } from './cross-cutting-view.svelte';
import { filters } from './filters.svelte';
import { QueryResult } from './query.svelte';
import { combineStatus, type StatusPart } from './status';

/**
 * The scorecard's filters: region and group as chosen, but every year, so the
 * 2017 baseline and the previous year stay in reach whatever the period.
 */
export function scorecardFilters(f: GlobalFilters): GlobalFilters {
	return { ...f, yearFrom: null, yearTo: null };
}

/** The cross-cutting page's queries under the global filters and the view's choices, at D. */
export class CrossCuttingState {
	readonly view = new CrossCuttingView();
	readonly #d = $derived(appData.referenceDate);

	/** One yearly series per indicator for the scorecard (region and group filters only). */
	readonly scorecardSeries: Readonly<Record<string, QueryResult<YearlyRateRow>>> =
		Object.fromEntries(
			BY_YEAR_IDS.map((id) => [
				id,
				new QueryResult<YearlyRateRow>(() =>
					this.#d ? crossCuttingByYear(id, scorecardFilters(filters.current), this.#d) : null
				)
			])
		);
	readonly byYear = new QueryResult<YearlyRateRow>(() =>
		this.#d
			? crossCuttingByYear(this.view.indicator, filters.current, this.#d, this.view.breakdown)
			: null
	);
	readonly h1ByYear = new QueryResult<YearlyRateRow>(() =>
		this.#d ? crossCuttingByYear('H1', filters.current, this.#d) : null
	);
	readonly h2 = new QueryResult<HumanRightsImplementationRow>(() =>
		this.#d ? humanRightsImplementation(filters.current, this.#d) : null
	);
	readonly participation = new QueryResult<EngagementCountsRow>(() =>
		this.#d ? participationByKind(filters.current, this.#d) : null
	);
	readonly missingGender = new QueryResult<MissingIntegrationRow>(() =>
		this.#d ? assessmentsMissing('gender', filters.current, this.#d) : null
	);
	readonly missingChildren = new QueryResult<MissingIntegrationRow>(() =>
		this.#d ? assessmentsMissing('children_ftf', filters.current, this.#d) : null
	);
	readonly wps = new QueryResult<WpsContextRow>(() =>
		this.#d ? wpsContext(filters.current, this.#d) : null
	);

	readonly scorecardStatus: StatusPart = $derived(
		appData.gate(combineStatus(Object.values(this.scorecardSeries)))
	);
	readonly byYearStatus: StatusPart = $derived(appData.gate(this.byYear));
	readonly humanRightsStatus: StatusPart = $derived(
		appData.gate(combineStatus([this.h1ByYear, this.h2]))
	);
	readonly participationStatus: StatusPart = $derived(appData.gate(this.participation));
	readonly missingStatus: StatusPart = $derived(
		appData.gate(combineStatus([this.missingGender, this.missingChildren]))
	);
	readonly wpsStatus: StatusPart = $derived(appData.gate(this.wps));

	readonly status: StatusPart = $derived(
		combineStatus([
			this.scorecardStatus,
			this.byYearStatus,
			this.humanRightsStatus,
			this.participationStatus,
			this.missingStatus,
			this.wpsStatus
		])
	);

	readonly year: number | null = $derived(this.#d ? scorecardYear(this.#d, filters.current) : null);

	/** One scorecard line per indicator; null until every series has answered once. */
	readonly scorecard: readonly { id: CrossCuttingId; entry: ScorecardEntry }[] | null = $derived.by(
		() => {
			const year = this.year;
			if (year === null || this.scorecardStatus.status !== 'ready') return null;
			return BY_YEAR_IDS.map((id) => ({
				id,
				entry: scorecardEntry(this.scorecardSeries[id]?.rows ?? [], year)
			}));
		}
	);

	readonly beforeAfter: readonly BeforeAfter[] = $derived(beforeAfter(this.byYear.rows));

	/** H2: R1 over human-rights recommendations, and over the others. */
	readonly h2Rates = $derived.by(() => {
		const of = (hr: boolean) => {
			const row = this.h2.rows.find((r) => r.human_rights === hr);
			return rate(row?.numerator ?? 0, row?.denominator ?? 0);
		};
		return { humanRights: of(true), others: of(false) };
	});
}
