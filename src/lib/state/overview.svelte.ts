import { rate, type Rate } from '$lib/indicators/rate';
import {
	neverVisitedStates,
	OVERVIEW_INDICATORS,
	overviewIndicators,
	overviewTrend,
	type IndicatorCount,
	type NeverVisitedRow,
	type OverviewIndicatorId,
	type TrendPoint
} from '$lib/queries/overview';
import { appData } from './app-data.svelte';
import { filters } from './filters.svelte';
import { QueryResult } from './query.svelte';
import { combineStatus, type StatusPart } from './status';

export interface IndicatorFigure {
	readonly id: OverviewIndicatorId;
	readonly rate: Rate;
}

/** The overview page's queries under the global filters at D, and what its figures show. */
export class OverviewState {
	readonly indicators = new QueryResult<IndicatorCount>(() =>
		appData.referenceDate ? overviewIndicators(filters.current, appData.referenceDate) : null
	);
	readonly trend = new QueryResult<TrendPoint>(() =>
		appData.referenceDate ? overviewTrend(filters.current, appData.referenceDate) : null
	);
	readonly neverVisited = new QueryResult<NeverVisitedRow>(() =>
		appData.referenceDate ? neverVisitedStates(filters.current, appData.referenceDate) : null
	);

	/** Each part's status; a database that failed to open fails every part, not leaves it loading. */
	readonly indicatorsStatus: StatusPart = $derived(gate(this.indicators));
	readonly trendStatus: StatusPart = $derived(gate(this.trend));
	readonly neverVisitedStatus: StatusPart = $derived(gate(this.neverVisited));

	readonly status: StatusPart = $derived(
		combineStatus([appData.databaseStatus, this.indicators, this.trend, this.neverVisited])
	);

	/** One figure per overview indicator, in catalogue order; null before the first answer. */
	readonly figures: readonly IndicatorFigure[] | null = $derived.by(() => {
		const rows = this.indicators.rows;
		if (rows.length === 0) return null;
		return OVERVIEW_INDICATORS.map((id) => {
			const row = rows.find((r) => r.indicator === id);
			return { id, rate: rate(row?.numerator ?? 0, row?.denominator ?? 0) };
		});
	});

	readonly visitsByYear = $derived(
		this.trend.rows
			.filter((r) => r.series === 'visits')
			.map((r) => ({ year: r.year, count: r.numerator }))
	);

	readonly sharesByYear = $derived(
		this.trend.rows
			.filter((r) => r.series !== 'visits' && r.denominator !== null && r.denominator > 0)
			.map((r) => ({
				series: r.series,
				year: r.year,
				numerator: r.numerator,
				denominator: r.denominator as number
			}))
	);
}

function gate(part: StatusPart): StatusPart {
	return appData.databaseStatus.status === 'error' ? appData.databaseStatus : part;
}
