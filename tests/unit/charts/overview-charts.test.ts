import { describe, expect, it } from 'vitest';
import { sharesByYearPlot } from '../../../src/lib/charts/shares-by-year.plot';
import { visitsByYearPlot } from '../../../src/lib/charts/visits-by-year.plot';
import { matchSvgSnapshot, renderPlotSvg } from '../../helpers/plot-snapshot';

const MARKER = { date: '2017-12-21', label: 'S/RES/2395 (2017)' };
const percent = (v: number) => `${(v * 100).toFixed(1)} %`;

describe('overview chart specs render deterministic SVG', () => {
	it('visits by year', () => {
		const svg = renderPlotSvg(
			visitsByYearPlot(
				[
					{ year: 2015, count: 9 },
					{ year: 2016, count: 12 },
					{ year: 2018, count: 14 },
					{ year: 2019, count: 1234 }
				],
				{
					width: 640,
					height: 240,
					yLabel: 'Visits',
					marker: MARKER,
					formatCount: (n) => n.toLocaleString('en')
				}
			)
		);
		expect(svg).toContain('2019: 1,234');
		expect(svg).toContain('S/RES/2395 (2017)');
		const { expected, actual } = matchSvgSnapshot('visits-by-year', svg);
		expect(actual).toBe(expected);
		// Rendering twice gives the same text: nothing depends on the clock or randomness.
		expect(
			renderPlotSvg(
				visitsByYearPlot([{ year: 2015, count: 9 }], {
					width: 640,
					height: 240,
					yLabel: 'Visits',
					formatCount: String
				})
			)
		).toBe(
			renderPlotSvg(
				visitsByYearPlot([{ year: 2015, count: 9 }], {
					width: 640,
					height: 240,
					yLabel: 'Visits',
					formatCount: String
				})
			)
		);
	});

	it('shares by year with a small base', () => {
		const svg = renderPlotSvg(
			sharesByYearPlot(
				[
					{ series: 'W1', year: 2016, numerator: 1, denominator: 10 },
					{ series: 'W1', year: 2018, numerator: 6, denominator: 10 },
					{ series: 'C1', year: 2016, numerator: 0, denominator: 3 },
					{ series: 'C1', year: 2018, numerator: 4, denominator: 10 }
				],
				{
					width: 640,
					height: 260,
					yLabel: 'Share',
					series: [
						{ code: 'W1', label: 'Gender analysis' },
						{ code: 'C1', label: "Children's rights" }
					],
					smallBase: 5,
					marker: MARKER,
					formatPercent: percent
				}
			)
		);
		expect(svg).toContain('Gender analysis, 2018: 60.0 % (6 / 10)');
		const { expected, actual } = matchSvgSnapshot('shares-by-year', svg);
		expect(actual).toBe(expected);
	});
});
