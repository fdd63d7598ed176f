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
import { queryAt } from './query-at.svelte';
import type { QueryResult } from './query.svelte';
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
				queryAt<YearlyRateRow>(({ d, filters: f }) =>
					crossCuttingByYear(id, scorecardFilters(f), d)
				)
			])
		);
	readonly byYear = queryAt<YearlyRateRow>(({ d, filters: f }) =>
		crossCuttingByYear(this.view.indicator, f, d, this.view.breakdown)
	);
	readonly h1ByYear = queryAt<YearlyRateRow>(({ d, filters: f }) => crossCuttingByYear('H1', f, d));
	readonly h2 = queryAt<HumanRightsImplementationRow>(({ d, filters: f }) =>
		humanRightsImplementation(f, d)
	);
	readonly participation = queryAt<EngagementCountsRow>(({ d, filters: f }) =>
		participationByKind(f, d)
	);
	readonly missingGender = queryAt<MissingIntegrationRow>(({ d, filters: f }) =>
		assessmentsMissing('gender', f, d)
	);
	readonly missingChildren = queryAt<MissingIntegrationRow>(({ d, filters: f }) =>
		assessmentsMissing('children_ftf', f, d)
	);
	readonly wps = queryAt<WpsContextRow>(({ d, filters: f }) => wpsContext(f, d));

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
