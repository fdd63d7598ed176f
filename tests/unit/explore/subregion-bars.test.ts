import { describe, expect, it } from 'vitest';
import {
	MEMBER_STATES,
	SUBREGION_BARS,
	SUBREGIONS
} from '../../../src/lib/reference/member-states';

describe('the sub-region chart bars of the linked views', () => {
	it('give every State exactly one bar: its intermediate region, else its sub-region', () => {
		const names = SUBREGION_BARS.map((b) => b.name);
		expect(new Set(names).size).toBe(names.length);
		for (const s of MEMBER_STATES) {
			const bars = SUBREGION_BARS.filter(
				(b) => b.name === s.intermediateRegion || b.name === s.subRegion
			);
			expect(
				bars.map((b) => b.name),
				s.iso3
			).toEqual([s.intermediateRegion ?? s.subRegion]);
		}
	});

	it('are grouped by region and name the sub-region an intermediate region lies in', () => {
		const bar = (name: string) => SUBREGION_BARS.find((b) => b.name === name);
		expect(bar('Western Africa')).toEqual({
			name: 'Western Africa',
			region: 'Africa',
			within: 'Sub-Saharan Africa'
		});
		expect(bar('Northern Africa')).toEqual({
			name: 'Northern Africa',
			region: 'Africa',
			within: null
		});
		// A sub-region split into intermediate regions has no bar of its own.
		expect(bar('Sub-Saharan Africa')).toBeUndefined();
		const regions = SUBREGION_BARS.map((b) => b.region);
		expect(regions).toEqual([...regions].sort((a, b) => a.localeCompare(b)));
		// Every bar is a name the selection accepts.
		for (const b of SUBREGION_BARS) expect(SUBREGIONS).toContain(b.name);
	});
});
