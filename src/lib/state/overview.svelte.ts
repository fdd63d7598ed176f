import { rate, type Rate } from '$lib/indicators/rate';
import {
	ASSESSMENT_INDICATORS,
	neverVisitedStates,
	OVERVIEW_INDICATORS,
	overviewIndicators,
	overviewAssessmentSharesTrend,
	overviewRecommendationSharesTrend,
	overviewVisitsTrend,
	RECOMMENDATION_INDICATORS,
	type IndicatorCount,
	type NeverVisitedRow,
	type OverviewIndicatorId,
	type TrendPoint
} from '$lib/queries/overview';
import { appData } from './app-data.svelte';
import { queryAt } from './query-at.svelte';
import { combineStatus, type StatusPart } from './status';

export interface IndicatorFigure {
	readonly id: OverviewIndicatorId;
	readonly rate: Rate;
}

/** The overview page's queries under the global filters at D, and what its figures show. */
export class OverviewState {
	// Split by the tables they read, so a missing recommendations extract leaves V1, V2, R4, W1, C1.
	readonly assessmentIndicators = queryAt<IndicatorCount>(({ d, filters: f }) =>
		overviewIndicators(f, d, ASSESSMENT_INDICATORS)
	);
	readonly recommendationIndicators = queryAt<IndicatorCount>(({ d, filters: f }) =>
		overviewIndicators(f, d, RECOMMENDATION_INDICATORS)
	);
	// Three queries, so one missing extract blanks only the series built on it.
	readonly visitsTrend = queryAt<TrendPoint>(({ d, filters: f }) => overviewVisitsTrend(f, d));
	readonly assessmentSharesTrend = queryAt<TrendPoint>(({ d, filters: f }) =>
		overviewAssessmentSharesTrend(f, d)
	);
	readonly recommendationSharesTrend = queryAt<TrendPoint>(({ d, filters: f }) =>
		overviewRecommendationSharesTrend(f, d)
	);
	readonly neverVisited = queryAt<NeverVisitedRow>(({ d, filters: f }) => neverVisitedStates(f, d));

	/** Each part's status; a database that failed to open fails every part, not leaves it loading. */
	readonly indicatorsStatus: StatusPart = $derived(
		appData.gate(combineStatus([this.assessmentIndicators, this.recommendationIndicators]))
	);

	/** Whether one indicator's query failed; its card says so while the others stand. */
	failed(id: OverviewIndicatorId): boolean {
		const part = ASSESSMENT_INDICATORS.includes(id)
			? this.assessmentIndicators
			: this.recommendationIndicators;
		return appData.gate(part).status === 'error';
	}
	readonly visitsTrendStatus: StatusPart = $derived(appData.gate(this.visitsTrend));
	readonly sharesTrendStatus: StatusPart = $derived(
		appData.gate(combineStatus([this.assessmentSharesTrend, this.recommendationSharesTrend]))
	);
	readonly neverVisitedStatus: StatusPart = $derived(appData.gate(this.neverVisited));

	readonly status: StatusPart = $derived(
		combineStatus([
			this.assessmentIndicators,
			this.recommendationIndicators,
			this.visitsTrend,
			this.assessmentSharesTrend,
			this.recommendationSharesTrend,
			this.neverVisited
		])
	);

	/** One figure per overview indicator, in catalogue order; null before the first answer. */
	readonly figures: readonly IndicatorFigure[] | null = $derived.by(() => {
		const rows = [...this.assessmentIndicators.rows, ...this.recommendationIndicators.rows];
		if (rows.length === 0) return null;
		return OVERVIEW_INDICATORS.flatMap((id) => {
			const row = rows.find((r) => r.indicator === id);
			return row ? [{ id, rate: rate(row.numerator, row.denominator) }] : [];
		});
	});

	readonly visitsByYear = $derived(
		this.visitsTrend.rows.map((r) => ({ year: r.year, count: r.numerator }))
	);

	readonly sharesByYear = $derived(
		[...this.assessmentSharesTrend.rows, ...this.recommendationSharesTrend.rows]
			.filter((r) => r.denominator !== null && r.denominator > 0)
			.map((r) => ({
				series: r.series,
				year: r.year,
				numerator: r.numerator,
				denominator: r.denominator as number
			}))
	);
}
