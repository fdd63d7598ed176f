import type { GlobalFilters } from '../queries/filters';
import { rate, type Rate } from './rate';

export interface YearCount {
	readonly year: number;
	readonly numerator: number;
	readonly denominator: number;
}

/** The year resolution 2395 was adopted (21 December 2017): the scorecard's baseline. */
export const BASELINE_YEAR = 2017;

export interface ScorecardEntry {
	readonly year: number;
	readonly current: Rate;
	readonly previous: Rate;
	readonly baseline: Rate;
	/** Percentage-point change as a fraction (0.05 = +5 points); null when either side has no data. */
	readonly changeFromPrevious: number | null;
	readonly changeFromBaseline: number | null;
	/** One rate per year from the first year with data to `year`, for the sparkline. */
	readonly series: readonly { year: number; value: number | null }[];
}

function diff(a: Rate, b: Rate): number | null {
	return a.value === null || b.value === null ? null : a.value - b.value;
}

/**
 * A scorecard line: the rate in `year`, the year before, and 2017. Years with
 * no rows have a 0 denominator, so "no data" rather than 0 %.
 */
export function scorecardEntry(rows: readonly YearCount[], year: number): ScorecardEntry {
	const byYear = new Map<number, YearCount>();
	for (const row of rows) {
		const seen = byYear.get(row.year);
		byYear.set(row.year, {
			year: row.year,
			numerator: (seen?.numerator ?? 0) + row.numerator,
			denominator: (seen?.denominator ?? 0) + row.denominator
		});
	}
	const at = (y: number) => rate(byYear.get(y)?.numerator ?? 0, byYear.get(y)?.denominator ?? 0);
	const current = at(year);
	const previous = at(year - 1);
	const baseline = at(BASELINE_YEAR);
	const years = [...byYear.keys()].filter((y) => y <= year);
	const first = years.length > 0 ? Math.min(...years) : year;
	const series = [];
	for (let y = first; y <= year; y++) series.push({ year: y, value: at(y).value });
	return {
		year,
		current,
		previous,
		baseline,
		changeFromPrevious: diff(current, previous),
		changeFromBaseline: diff(current, baseline),
		series
	};
}

/**
 * The scorecard's current year: the latest complete calendar year before D's
 * year (D's own year is partial), or the period's last year if earlier.
 */
export function scorecardYear(referenceDate: string, f: GlobalFilters): number {
	const lastComplete = Number(referenceDate.slice(0, 4)) - 1;
	return f.yearTo === null ? lastComplete : Math.min(lastComplete, f.yearTo);
}
