import { describe, expect, it } from 'vitest';
import { changeDumbbellPlot } from '../../../src/lib/charts/gaps-change.plot';
import { fatfBarsPlot } from '../../../src/lib/charts/gaps-fatf.plot';
import { matchSvgSnapshot, renderPlotSvg } from '../../helpers/plot-snapshot';

describe('gaps chart specs render deterministic SVG', () => {
	it('edition change dumbbell (G5): improvement blue, regression red, in the given order', () => {
		const pairs = [
			{
				label: 'Kenya - Legislation',
				previous: 1 / 6,
				latest: 5 / 6,
				previousEdition: '2016',
				latestEdition: '2021'
			},
			{
				label: 'Kenya - CFT',
				previous: 1,
				latest: 1 / 6,
				previousEdition: '2016',
				latestEdition: '2021'
			}
		];
		const svg = renderPlotSvg(changeDumbbellPlot(pairs, { width: 640, xLabel: 'Mean score (G1)' }));
		expect(svg).toContain('Kenya - Legislation: 0.17 (2016) -&gt; 0.83 (2021)');
		expect(svg).toContain('#2166ac');
		expect(svg).toContain('#b2182b');
		const { expected, actual } = matchSvgSnapshot('gaps-change', svg);
		expect(actual).toBe(expected);
	});

	it('FATF rating bars (E1): unrated drawn grey, ratings stacked best first', () => {
		const rows = [
			{ region: 'Africa', rating: 'LC', states: 1 },
			{ region: 'Africa', rating: 'N/A', states: 1 },
			{ region: 'Europe', rating: 'C', states: 1 },
			{ region: 'Europe', rating: 'unrated', states: 1 }
		];
		const svg = renderPlotSvg(
			fatfBarsPlot(rows, {
				width: 640,
				ratings: ['C', 'LC', 'PC', 'NC', 'N/A', 'unrated'],
				ratingLabel: (c) => (c === 'unrated' ? 'Unrated' : c),
				xLabel: 'Member States'
			})
		);
		expect(svg).toContain('Europe: Unrated, 1');
		expect(svg).toContain('#e8e8e8');
		const { expected, actual } = matchSvgSnapshot('gaps-fatf', svg);
		expect(actual).toBe(expected);
	});
});
