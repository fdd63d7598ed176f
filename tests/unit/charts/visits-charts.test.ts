import { describe, expect, it } from 'vitest';
import { cumulativeVisitsPlot } from '../../../src/lib/charts/visits-cumulative.plot';
import { turnaroundPlot } from '../../../src/lib/charts/visits-turnaround.plot';
import { matchSvgSnapshot, renderPlotSvg } from '../../helpers/plot-snapshot';

const count = (n: number) => n.toLocaleString('en');

describe('visits chart specs render deterministic SVG', () => {
	it('cumulative visits with labelled public figures', () => {
		const svg = renderPlotSvg(
			cumulativeVisitsPlot(
				[
					{ year: 2016, cumulative_visits: 120, cumulative_states: 88 },
					{ year: 2018, cumulative_visits: 140, cumulative_states: 96 },
					{ year: 2022, cumulative_visits: 185, cumulative_states: 118 }
				],
				{
					width: 720,
					height: 300,
					yLabel: 'Cumulative count',
					visitsLabel: 'Visits',
					statesLabel: 'States visited',
					references: [
						{
							date: '2017-09-30',
							visits: 133,
							states: 93,
							label: 'Public figure, Sep 2017: 133 visits, 93 States'
						}
					],
					formatCount: count
				}
			)
		);
		expect(svg).toContain('Public figure, Sep 2017: 133 visits, 93 States');
		expect(svg).toContain('States visited, end of 2022: 118');
		const { expected, actual } = matchSvgSnapshot('visits-cumulative', svg);
		expect(actual).toBe(expected);
	});

	it('report turnaround: median and 90th percentile', () => {
		const svg = renderPlotSvg(
			turnaroundPlot(
				[
					{ year: 2019, reports: 2, median_days: 273, p90_days: 347.4 },
					{ year: 2020, reports: 12, median_days: 180, p90_days: 1210 }
				],
				{
					width: 640,
					height: 260,
					yLabel: 'Days',
					medianLabel: 'Median',
					p90Label: '90th percentile',
					formatCount: (n) => count(Math.round(n))
				}
			)
		);
		expect(svg).toContain('2020, 90th percentile: 1,210 (12)');
		expect(svg).toContain('stroke-dasharray="5,3"');
		const { expected, actual } = matchSvgSnapshot('visits-turnaround', svg);
		expect(actual).toBe(expected);
	});
});
