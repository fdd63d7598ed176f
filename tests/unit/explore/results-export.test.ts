import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from '../../../src/lib/export/cell-safety';
import { resultCsv } from '../../../src/lib/export/explore-results';

describe('console result export', () => {
	it('escapes text a spreadsheet would run as a formula, and only text', () => {
		for (const bad of ['=1+1', '+1', '-cmd', '@SUM(A1)', '\tx', '\rx']) {
			expect(neutraliseFormula(bad)).toBe(`'${bad}`);
		}
		expect(neutraliseFormula('Kenya')).toBe('Kenya');
		const csv = resultCsv(
			['a', 'b', 'c'],
			[
				{ a: '=HYPERLINK("x")', b: -5, c: ['x', 'y'] },
				{ a: null, b: 1.5, c: null }
			],
			['RESTRICTED']
		);
		const records = parse(csv, { relax_column_count: true }) as string[][];
		expect(records).toEqual([
			['RESTRICTED'],
			['a', 'b', 'c'],
			['\'=HYPERLINK("x")', '-5', '["x","y"]'],
			['', '1.5', '']
		]);
	});
});
