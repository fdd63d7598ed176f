import type { Query } from '../sql/query';
import {
	crossCuttingByYear,
	humanRightsImplementation,
	type CrossCuttingId,
	type HumanRightsImplementationRow,
	type YearlyRateRow
} from './cross-cutting';
import { NO_FILTERS } from './filters';
import { followupStatus, type FollowupRow } from './followup';
import {
	gapHeatmap,
	NO_GAP_FILTERS,
	thematicAreaList,
	type HeatmapCellRow,
	type ThematicAreaRow
} from './gaps';
import {
	overviewIndicators,
	overviewSharesTrend,
	type IndicatorCount,
	type TrendPoint
} from './overview';
import { implementationRates, type ImplementationRow } from './recommendations';
import {
	cumulativeVisits,
	reportTurnaround,
	stateVisits,
	type CumulativeVisitsRow,
	type StateVisitRow,
	type TurnaroundRow
} from './visits';

/** The cross-cutting indicators of the book's tables, by chapter (paras 28, 29, 21). */
export const REPORT_CROSS_CUTTING = {
	gender: ['W1', 'W2', 'W3', 'W4', 'W5', 'W6', 'W7'],
	children: ['C1', 'C2', 'C3', 'C4', 'C5'],
	humanRights: ['H1', 'H3']
} as const satisfies Record<string, readonly CrossCuttingId[]>;

export const REPORT_CROSS_CUTTING_IDS: readonly CrossCuttingId[] =
	Object.values(REPORT_CROSS_CUTTING).flat();

/** The rows of every query of the annual report's book, by part. */
export interface ReportRows {
	readonly visits: readonly CumulativeVisitsRow[];
	readonly headline: readonly IndicatorCount[];
	readonly yearHeadline: readonly IndicatorCount[];
	readonly states: readonly StateVisitRow[];
	readonly turnaround: readonly TurnaroundRow[];
	readonly followup: readonly FollowupRow[];
	readonly implementation: readonly ImplementationRow[];
	readonly implementationAll: readonly ImplementationRow[];
	readonly areas: readonly ThematicAreaRow[];
	readonly gaps: readonly HeatmapCellRow[];
	readonly trend: readonly TrendPoint[];
	readonly humanRightsImplementation: readonly HumanRightsImplementationRow[];
	readonly crossCutting: Readonly<Record<string, readonly YearlyRateRow[]>>;
}

type SinglePart = Exclude<keyof ReportRows, 'crossCutting'>;
type RowOf<K extends SinglePart> = ReportRows[K][number];

/**
 * The book's queries for `year` at its reference date `d`, over all Member
 * States: the global filters do not apply, the book is the Committee's
 * standard set. The page's state and `npm run report` both build their
 * queries here, so the two run the same SQL with the same values.
 */
export const REPORT_QUERIES: {
	readonly [K in SinglePart]: (d: string, year: number) => Query<RowOf<K>>;
} = {
	visits: (d) => cumulativeVisits(NO_FILTERS, d),
	headline: (d) => overviewIndicators(NO_FILTERS, d),
	yearHeadline: (d, year) => overviewIndicators({ ...NO_FILTERS, yearFrom: year, yearTo: year }, d),
	states: (d) => stateVisits(NO_FILTERS, d),
	turnaround: (d) => reportTurnaround(NO_FILTERS, d),
	followup: (d) => followupStatus(NO_FILTERS, d),
	implementation: (d) => implementationRates('area', NO_FILTERS, d),
	implementationAll: (d) => implementationRates('none', NO_FILTERS, d),
	areas: () => thematicAreaList(),
	gaps: (d) => gapHeatmap('region', NO_FILTERS, NO_GAP_FILTERS, d),
	trend: (d) => overviewSharesTrend(NO_FILTERS, d),
	humanRightsImplementation: (d) => humanRightsImplementation(NO_FILTERS, d)
};

/** A cross-cutting table line's query (one per indicator of REPORT_CROSS_CUTTING). */
export function reportCrossCuttingQuery(id: CrossCuttingId, d: string): Query<YearlyRateRow> {
	return crossCuttingByYear(id, NO_FILTERS, d);
}

/** Runs every query of the book with `run`, one after another (one native DuckDB connection answers them in turn). */
export async function runReportQueries(
	run: <Row>(q: Query<Row>) => Promise<readonly Row[]>,
	year: number,
	d: string
): Promise<ReportRows> {
	const single: Record<string, readonly unknown[]> = {};
	for (const part of Object.keys(REPORT_QUERIES) as SinglePart[]) {
		single[part] = await run(REPORT_QUERIES[part](d, year) as Query<unknown>);
	}
	const crossCutting: Record<string, readonly YearlyRateRow[]> = {};
	for (const id of REPORT_CROSS_CUTTING_IDS) {
		crossCutting[id] = await run(reportCrossCuttingQuery(id, d));
	}
	return { ...(single as unknown as Omit<ReportRows, 'crossCutting'>), crossCutting };
}
