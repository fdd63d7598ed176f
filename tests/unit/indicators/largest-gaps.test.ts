import { describe, expect, it } from 'vitest';
import { largestGapRowKeys } from '../../../src/lib/indicators/gap-measures';

const cell = (row_key: string, mean_score: number | null, mean_gap_share: number | null) => ({
	row_key,
	mean_score,
	mean_gap_share
});

// Means over the areas with a value: KEN G1 (0.1 + 0.5) / 2 = 0.3, G2 (0.9 + 0.5) / 2 = 0.7;
// FRA G1 0.8, G2 0.1; IND G1 0.3 (its empty area not counted), G2 0.6; NGA nothing scored.
const cells = [
	cell('KEN', 0.1, 0.9),
	cell('KEN', 0.5, 0.5),
	cell('NGA', null, null),
	cell('FRA', 0.8, 0.1),
	cell('IND', 0.3, 0.6),
	cell('IND', null, null)
];

describe('rows with the largest gaps, for a slide that holds only some', () => {
	it('G1: lowest mean score first; a tie keeps the rows order; unscored rows last', () => {
		expect(largestGapRowKeys(cells, 'g1', 4)).toEqual(['KEN', 'IND', 'FRA', 'NGA']);
		expect(largestGapRowKeys(cells, 'g1', 2)).toEqual(['KEN', 'IND']);
	});
	it('G2: highest mean gap share first', () => {
		expect(largestGapRowKeys(cells, 'g2', 3)).toEqual(['KEN', 'IND', 'FRA']);
	});
});
