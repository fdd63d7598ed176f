import { describe, expect, it } from 'vitest';
import { scorecardEntry } from '../../../src/lib/indicators/scorecard';

describe('scorecardEntry', () => {
	const rows = [
		{ year: 2016, numerator: 1, denominator: 10 },
		{ year: 2017, numerator: 2, denominator: 10 },
		{ year: 2023, numerator: 3, denominator: 4 },
		{ year: 2024, numerator: 6, denominator: 8 },
		// Two categories of one year add up.
		{ year: 2024, numerator: 2, denominator: 2 }
	];

	it('compares the year with the year before and with 2017', () => {
		const entry = scorecardEntry(rows, 2024);
		expect(entry.current.value).toBeCloseTo(0.8, 12);
		expect(entry.changeFromPrevious).toBeCloseTo(0.8 - 0.75, 12);
		expect(entry.changeFromBaseline).toBeCloseTo(0.8 - 0.2, 12);
		expect(entry.previous.smallBase).toBe(true);
		expect(entry.series.map((p) => p.year)).toEqual([
			2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024
		]);
		expect(entry.series[2].value).toBeNull();
	});

	it('gives no change when a side has no data', () => {
		const entry = scorecardEntry(rows, 2019);
		expect(entry.current.value).toBeNull();
		expect(entry.changeFromPrevious).toBeNull();
		expect(entry.changeFromBaseline).toBeNull();
	});
});
