import { describe, expect, it } from 'vitest';
import { beforeAfter } from '../../../src/lib/indicators/before-after';
import {
	cellGapValue,
	informationCoverage,
	stateGapValue
} from '../../../src/lib/indicators/gap-measures';
import { proposedList } from '../../../src/lib/indicators/proposed-list';
import { scorecardYear } from '../../../src/lib/indicators/scorecard';
import { survivalCurves } from '../../../src/lib/indicators/survival-curves';
import { NO_FILTERS } from '../../../src/lib/queries/filters';
import type { RiskRow } from '../../../src/lib/queries/risk';

describe('survivalCurves (R6)', () => {
	// Group a: implemented at 2 months (1), censored at 4 (1), implemented at 6 (2): n = 4.
	// S(2) = 1 - 1/4 = 0.75; at 6 two are at risk and both are implemented: S(6) = 0.
	const rows = [
		{ group_key: 'a', months: 2, event: 1, count: 1 },
		{ group_key: 'b', months: 3, event: 0, count: 1 },
		{ group_key: 'a', months: 4, event: 0, count: 1 },
		{ group_key: 'a', months: 6, event: 1, count: 2 }
	];

	it('gives one curve per group in first-seen order, with its quartiles', () => {
		const [a, b] = survivalCurves(rows);
		expect(a.group).toBe('a');
		expect(a.n).toBe(4);
		expect(a.steps.map((s) => [s.months, s.atRisk, s.survival])).toEqual([
			[2, 4, 0.75],
			[6, 2, 0]
		]);
		expect([a.q25, a.median, a.q75]).toEqual([2, 6, 6]);
		expect(b.group).toBe('b');
		expect(b.events).toBe(0);
		expect(b.median).toBeNull();
	});
});

describe('beforeAfter (W, C and H by year)', () => {
	it('pools years up to 2017 and from 2018 on, by category', () => {
		const result = beforeAfter([
			{ year: 2016, category: 'a', numerator: 1, denominator: 4 },
			{ year: 2017, category: 'a', numerator: 1, denominator: 2 },
			{ year: 2018, category: 'a', numerator: 3, denominator: 4 },
			{ year: 2019, category: null, numerator: 0, denominator: 0 }
		]);
		expect(result.map((r) => [r.category, r.before.numerator, r.before.denominator])).toEqual([
			['a', 2, 6],
			['', 0, 0]
		]);
		expect(result[0].before.value).toBeCloseTo(1 / 3, 12);
		expect(result[0].after.value).toBe(0.75);
		expect(result[1].after.value).toBeNull();
	});
});

describe('scorecardYear', () => {
	it('is the last complete year before D, or the period end if earlier', () => {
		expect(scorecardYear('2026-10-29', NO_FILTERS)).toBe(2025);
		expect(scorecardYear('2026-10-29', { ...NO_FILTERS, yearTo: 2020 })).toBe(2020);
		expect(scorecardYear('2026-10-29', { ...NO_FILTERS, yearTo: 2030 })).toBe(2025);
	});
});

describe('proposedList (V7)', () => {
	const rows = ['AAA', 'BBB', 'CCC', 'DDD', 'EEE'].map(
		(iso3, i) => ({ rank: i + 1, iso3 }) as RiskRow
	);

	it('puts pinned States first, leaves out excluded ones and fills up in rank order', () => {
		const list = proposedList(rows, ['DDD'], ['BBB'], 3);
		expect(list.map((e) => [e.position, e.row.iso3, e.pinned])).toEqual([
			[1, 'DDD', true],
			[2, 'AAA', false],
			[3, 'CCC', false]
		]);
	});

	it('keeps every pinned State even past the size, in rank order', () => {
		expect(proposedList(rows, ['EEE', 'DDD'], [], 1).map((e) => e.row.iso3)).toEqual([
			'DDD',
			'EEE'
		]);
	});
});

describe('gap measures (G1, G2, G3)', () => {
	it('maps a State to G1 or to G2 = gap items / rated items', () => {
		const row = { g1_area_score: 0.4, gap_items: 1, rated_items: 4 };
		expect(stateGapValue(row, 'g1')).toBe(0.4);
		expect(stateGapValue(row, 'g2')).toBe(0.25);
	});

	it('gives no data, never 0, without a row or a rated item', () => {
		expect(stateGapValue(undefined, 'g2')).toBeNull();
		expect(stateGapValue({ g1_area_score: null, gap_items: 0, rated_items: 0 }, 'g2')).toBeNull();
		expect(informationCoverage({ rated_items: 0, applicable_items: 0 })).toBeNull();
	});

	it('takes the heatmap mean of the measure and G3 = rated / applicable', () => {
		const cell = { mean_score: 0.6, mean_gap_share: 0.2 };
		expect(cellGapValue(cell, 'g1')).toBe(0.6);
		expect(cellGapValue(cell, 'g2')).toBe(0.2);
		expect(informationCoverage({ rated_items: 3, applicable_items: 4 })).toBe(0.75);
	});
});
