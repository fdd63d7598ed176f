import { rate, type Rate } from './rate';
import type { YearlyRateRow } from '../queries/cross-cutting';
import type { FollowupRow, FollowupState } from '../queries/followup';
import type { HeatmapCellRow } from '../queries/gaps';
import type { StateVisitRow } from '../queries/visits';

/** The book's tables, derived from query rows in the browser (pure, unit-tested). */

export interface CoverageRow {
	/** A region, or null for the total row. */
	readonly region: string | null;
	readonly states: number;
	/** V1 numerator: States with at least one visit by D. */
	readonly visited: number;
	/** V2: States never visited by D. */
	readonly never: number;
	readonly within5: number;
	readonly coverage: Rate;
}

/** V1 and V2 by region, in region order, then the total over all Member States. */
export function coverageByRegion(rows: readonly StateVisitRow[]): CoverageRow[] {
	const groups = new Map<string, StateVisitRow[]>();
	for (const r of rows) groups.set(r.region, [...(groups.get(r.region) ?? []), r]);
	const summarise = (region: string | null, members: readonly StateVisitRow[]): CoverageRow => {
		const never = members.filter((m) => m.coverage_group === 'never').length;
		const visited = members.length - never;
		return {
			region,
			states: members.length,
			visited,
			never,
			within5: members.filter((m) => m.coverage_group === 'within_5').length,
			coverage: rate(visited, members.length)
		};
	};
	const regions = [...groups.keys()].sort();
	if (rows.length === 0) return [];
	return [...regions.map((g) => summarise(g, groups.get(g) ?? [])), summarise(null, rows)];
}

export interface FollowupYearRow {
	/** Year of the report's adoption, or null for the total row. */
	readonly year: number | null;
	readonly counts: Readonly<Record<FollowupState, number>>;
	/** R4: on time / due by D (on time + late + overdue). */
	readonly onTime: Rate;
}

/** R4 by year of the report's adoption, with a total; years with nothing due still show "not due". */
export function followupByYear(rows: readonly FollowupRow[]): FollowupYearRow[] {
	const empty = (): Record<FollowupState, number> => ({
		not_due: 0,
		on_time: 0,
		late: 0,
		overdue: 0
	});
	const byYear = new Map<number, Record<FollowupState, number>>();
	const total = empty();
	for (const r of rows) {
		const year = Number(r.report_adopted.slice(0, 4));
		const counts = byYear.get(year) ?? empty();
		counts[r.followup_state] += 1;
		total[r.followup_state] += 1;
		byYear.set(year, counts);
	}
	const summarise = (year: number | null, c: Record<FollowupState, number>): FollowupYearRow => ({
		year,
		counts: c,
		onTime: rate(c.on_time, c.on_time + c.late + c.overdue)
	});
	if (rows.length === 0) return [];
	return [
		...[...byYear.keys()].sort((a, b) => a - b).map((y) => summarise(y, byYear.get(y) ?? empty())),
		summarise(null, total)
	];
}

export interface YearAndTotalRate {
	/** The rate over units dated in the reporting year. */
	readonly inYear: Rate;
	/** The rate over all units up to D. */
	readonly toDate: Rate;
}

/** One row of a cross-cutting table: an indicator and its two rates. */
export interface CrossCuttingLine {
	readonly id: string;
	readonly label: string;
	readonly rates: YearAndTotalRate;
}

/** A cross-cutting indicator in the reporting year and over every year up to D. */
export function yearAndTotal(rows: readonly YearlyRateRow[], year: number): YearAndTotalRate {
	const sum = (rs: readonly YearlyRateRow[]) =>
		rate(
			rs.reduce((s, r) => s + r.numerator, 0),
			rs.reduce((s, r) => s + r.denominator, 0)
		);
	return { inYear: sum(rows.filter((r) => r.year === year)), toDate: sum(rows) };
}

export interface GapMatrix {
	readonly regions: readonly string[];
	/** One row per area (in `areaOrder`), one cell per region (null: no State scored). */
	readonly rows: readonly {
		readonly area: string;
		readonly cells: readonly (HeatmapCellRow | null)[];
	}[];
}

/** G1 as a table of thematic area by region. */
export function gapMatrix(
	cells: readonly HeatmapCellRow[],
	areaOrder: readonly string[]
): GapMatrix {
	const regions = [...new Set(cells.map((c) => c.row_key))].sort();
	const areas = areaOrder.filter((a) => cells.some((c) => c.area_code === a));
	return {
		regions,
		rows: areas.map((area) => ({
			area,
			cells: regions.map(
				(region) => cells.find((c) => c.area_code === area && c.row_key === region) ?? null
			)
		}))
	};
}

/** The lowest regional mean score: the weakest area-region pair, or null with no score. */
export function lowestCell(cells: readonly HeatmapCellRow[]): HeatmapCellRow | null {
	let low: HeatmapCellRow | null = null;
	for (const c of cells) {
		if (c.mean_score === null) continue;
		if (low === null || (low.mean_score ?? 1) > c.mean_score) low = c;
	}
	return low;
}
