import type { YearlyRateRow } from '../queries/cross-cutting';
import { rate, type Rate } from './rate';
import { BASELINE_YEAR } from './scorecard';

/** A category's pooled rate before and after the adoption of resolution 2395 (21 Dec 2017). */
export interface BeforeAfter {
	readonly category: string;
	readonly before: Rate;
	readonly after: Rate;
}

/** Pools rates by category over years up to 2017 and from 2018 on. */
export function beforeAfter(rows: readonly YearlyRateRow[]): BeforeAfter[] {
	const sums: Record<string, { bn: number; bd: number; an: number; ad: number }> = {};
	for (const r of rows) {
		const key = r.category ?? '';
		const s = (sums[key] ??= { bn: 0, bd: 0, an: 0, ad: 0 });
		if (r.year <= BASELINE_YEAR) {
			s.bn += r.numerator;
			s.bd += r.denominator;
		} else {
			s.an += r.numerator;
			s.ad += r.denominator;
		}
	}
	return Object.entries(sums).map(([category, s]) => ({
		category,
		before: rate(s.bn, s.bd),
		after: rate(s.an, s.ad)
	}));
}
