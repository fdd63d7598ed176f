import type { IndicatorCount } from '../queries/overview';
import type { ReportRows } from '../queries/report';
import { rate, type Rate } from './rate';
import {
	coverageByRegion,
	followupByYear,
	gapMatrix,
	lowestCell,
	yearAndTotal,
	type CoverageRow,
	type FollowupYearRow,
	type GapMatrix,
	type YearAndTotalRate
} from './report-tables';
import type { HeatmapCellRow } from '../queries/gaps';
import type { TrendPoint } from '../queries/overview';

/** A rate bar of Figure 3: a thematic area's R1 (numerator) within R2 (wider). */
export interface ImplementationBar {
	readonly area: string;
	readonly numerator: number;
	readonly wider: number;
	readonly denominator: number;
}

/** A W1, C1 or H1 point of Figure 4 with a base to divide by. */
export type SharePoint = TrendPoint & { readonly denominator: number };

/**
 * Every number the annual report's book states, computed from its query
 * rows: the tables, the figures' series and the headline rates that the
 * summary sentences say. The page and `npm run report` both read them here.
 */
export interface ReportFacts {
	readonly visitsInYear: number;
	readonly statesInYear: number;
	readonly v1: Rate;
	/** V2's numerator: Member States never visited by D. */
	readonly neverVisited: number;
	readonly coverage: readonly CoverageRow[];
	readonly followup: readonly FollowupYearRow[];
	readonly r4: Rate;
	readonly overdue: number;
	readonly r1: Rate;
	readonly r2: Rate;
	/** By thematic area, in the catalogue's order (thematic_areas.sort_order). */
	readonly implementation: readonly ImplementationBar[];
	readonly gaps: GapMatrix;
	/** G4 pooled over regions: State-area scores below 0.5 over State-area scores. */
	readonly below: Rate;
	readonly lowest: HeatmapCellRow | null;
	readonly shares: readonly SharePoint[];
	/** W1, C1 and H1 in the reporting year. */
	readonly sharesInYear: Readonly<Record<'W1' | 'C1' | 'H1', Rate>>;
	/** Each cross-cutting indicator of the tables, in the year and to D. */
	readonly crossCutting: Readonly<Record<string, YearAndTotalRate>>;
	/** H2: R1 of human-rights recommendations, then of the others. */
	readonly h2: readonly { readonly humanRights: boolean; readonly value: Rate }[];
}

function headlineRate(rows: readonly IndicatorCount[], id: string): Rate {
	const row = rows.find((r) => r.indicator === id);
	return rate(row?.numerator ?? 0, row?.denominator ?? 0);
}

export function reportFacts(rows: ReportRows, year: number): ReportFacts {
	const followup = followupByYear(rows.followup);
	const all = rows.implementationAll[0];
	const areaOrder = rows.areas.map((a) => a.area_code);
	const shares = rows.trend
		.filter((r) => r.series !== 'visits' && r.denominator !== null && r.denominator > 0)
		.map((r) => ({ ...r, denominator: r.denominator as number }));
	const inYear = (code: string) => {
		const row = shares.find((r) => r.series === code && r.year === year);
		return rate(row?.numerator ?? 0, row?.denominator ?? 0);
	};
	return {
		visitsInYear: rows.visits.find((r) => r.year === year)?.visits ?? 0,
		statesInYear: headlineRate(rows.yearHeadline, 'V1').numerator,
		v1: headlineRate(rows.headline, 'V1'),
		neverVisited: headlineRate(rows.headline, 'V2').numerator,
		coverage: coverageByRegion(rows.states),
		followup,
		r4: followup.at(-1)?.onTime ?? rate(0, 0),
		overdue: followup.at(-1)?.counts.overdue ?? 0,
		r1: rate(all?.implemented ?? 0, all?.denominator ?? 0),
		r2: rate(all?.progressed ?? 0, all?.denominator ?? 0),
		implementation: [...rows.implementation]
			.sort((a, b) => areaOrder.indexOf(a.category) - areaOrder.indexOf(b.category))
			.map((r) => ({
				area: r.category,
				numerator: r.implemented,
				wider: r.progressed,
				denominator: r.denominator
			})),
		gaps: gapMatrix(rows.gaps, areaOrder),
		below: rate(
			rows.gaps.reduce((s, c) => s + c.states_below_half, 0),
			rows.gaps.reduce((s, c) => s + c.states_scored, 0)
		),
		lowest: lowestCell(rows.gaps),
		shares,
		sharesInYear: { W1: inYear('W1'), C1: inYear('C1'), H1: inYear('H1') },
		crossCutting: Object.fromEntries(
			Object.entries(rows.crossCutting).map(([id, r]) => [id, yearAndTotal(r, year)])
		),
		h2: rows.humanRightsImplementation.map((r) => ({
			humanRights: r.human_rights,
			value: rate(r.numerator, r.denominator)
		}))
	};
}
