import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../src/lib/queries/filters';
import {
	memberState,
	SUBREGION_GROUPS,
	SUBREGIONS,
	type MemberState
} from '../../../src/lib/reference/member-states';
import { inStateFilters } from '../../../src/lib/state/filters-url';

describe('sub-region choices from the Member State list', () => {
	it('groups each sub-region, then its intermediate regions, under its region', () => {
		const africa = SUBREGION_GROUPS.find((g) => g.region === 'Africa');
		const names = africa?.choices.map((c) => c.name) ?? [];
		expect(names).toContain('Northern Africa');
		const ssa = names.indexOf('Sub-Saharan Africa');
		expect(ssa).toBeGreaterThanOrEqual(0);
		expect(africa?.choices[ssa].intermediate).toBe(false);
		const western = names.indexOf('Western Africa');
		expect(western).toBeGreaterThan(ssa);
		expect(africa?.choices[western].intermediate).toBe(true);
		expect(SUBREGIONS).toContain('Central Asia');
		expect(SUBREGIONS).toContain('South-eastern Asia');
		expect(SUBREGIONS).not.toContain('Africa');
		expect(new Set(SUBREGIONS).size).toBe(SUBREGIONS.length);
	});

	it('keeps a State by its sub-region or its intermediate region, as the SQL does', () => {
		const nga = memberState('NGA') as MemberState;
		expect(nga.subRegion).toBe('Sub-Saharan Africa');
		expect(nga.intermediateRegion).toBe('Western Africa');
		for (const subRegion of ['Sub-Saharan Africa', 'Western Africa']) {
			expect(inStateFilters(nga, { ...NO_FILTERS, subRegion })).toBe(true);
		}
		expect(inStateFilters(nga, { ...NO_FILTERS, subRegion: 'Eastern Africa' })).toBe(false);
		expect(
			inStateFilters(nga, { ...NO_FILTERS, region: 'Europe', subRegion: 'Western Africa' })
		).toBe(false);
	});
});
