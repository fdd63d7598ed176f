import { describe, expect, test } from 'vitest';
import { filtersFromSearchParams, NO_FILTERS, sameFilters } from '../../../src/lib/queries/filters';

describe('sameFilters', () => {
	test('a view parameter beside the filters does not make them different', () => {
		const a = filtersFromSearchParams(new URLSearchParams('region=Africa&from=2020'));
		const b = filtersFromSearchParams(new URLSearchParams('region=Africa&from=2020&dim=region'));
		expect(a).not.toBe(b);
		expect(sameFilters(a, b)).toBe(true);
	});

	test('any filter value differing makes them different', () => {
		const a = filtersFromSearchParams(new URLSearchParams('region=Africa'));
		expect(sameFilters(a, NO_FILTERS)).toBe(false);
		expect(sameFilters(a, { ...a, yearTo: 2020 })).toBe(false);
		expect(sameFilters(a, { ...a, unGroup: 'WEOG' })).toBe(false);
	});
});
