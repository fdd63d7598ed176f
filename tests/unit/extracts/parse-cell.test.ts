import { describe, expect, it } from 'vitest';
import { cellParser, Invalid, isIsoDate } from '../../../scripts/extracts/parse-cell';
import { column } from '../../../src/lib/schema';

const parse = (table: Parameters<typeof column>[0], name: string, text: string): unknown => {
	const value = cellParser(column(table, name))(text);
	return value instanceof Invalid ? `invalid: ${value.reason}` : value;
};

describe('cell parsers', () => {
	it('accepts real calendar dates only', () => {
		expect(['2024-02-29', '2000-02-29', '2023-12-31', '0001-01-01'].map(isIsoDate)).toEqual([
			true,
			true,
			true,
			true
		]);
		expect(
			[
				'2023-02-29',
				'1900-02-29',
				'2023-04-31',
				'2023-00-10',
				'2023-1-1',
				'0000-01-01',
				'2023-01-01T00:00'
			].map(isIsoDate)
		).toEqual([false, false, false, false, false, false, false]);
	});

	it('reads booleans in any case', () => {
		expect(
			['TRUE', 'yes', '1', 'False', 'NO', '0'].map((t) => parse('assessments', 'gender_expert', t))
		).toEqual([true, true, true, false, false, false]);
	});

	it('reads integers canonically and refuses other numbers', () => {
		expect(parse('assessments', 'womens_orgs_consulted', '+007')).toBe(7);
		expect(parse('assessments', 'womens_orgs_consulted', '1e3')).toBe(
			'invalid: "1e3" is not a whole number'
		);
	});

	it('reads reals and checks their range', () => {
		expect(parse('wps_index', 'wps_score', '.5')).toBe(0.5);
		expect(parse('wps_index', 'wps_score', '-0.1')).toBe('invalid: -0.1 is below the minimum of 0');
		expect(parse('wps_index', 'wps_score', 'NaN')).toBe('invalid: "NaN" is not a number');
	});

	it('splits lists on semicolons, trimming items and dropping empty ones', () => {
		expect(parse('assessments', 'partners', ' unodc ;; icao;')).toEqual(['unodc', 'icao']);
		expect(parse('assessments', 'partners', ';')).toBeNull();
	});
});
