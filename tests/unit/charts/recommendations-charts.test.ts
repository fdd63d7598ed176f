import { describe, expect, it } from 'vitest';
import { rateBarsPlot } from '../../../src/lib/charts/recommendations-rates.plot';
import { statusMixPlot } from '../../../src/lib/charts/recommendations-status-mix.plot';
import { survivalPlot } from '../../../src/lib/charts/recommendations-survival.plot';
import { kaplanMeier } from '../../../src/lib/indicators/kaplan-meier';
import { matchSvgSnapshot, renderPlotSvg } from '../../helpers/plot-snapshot';

const percent = (v: number) => `${(v * 100).toFixed(1)} %`;
const count = (n: number) => n.toLocaleString('en');

describe('recommendations chart specs render deterministic SVG', () => {
	it('status mix by year, stacked, with a status missing in one year', () => {
		const svg = renderPlotSvg(
			statusMixPlot(
				[
					{ year: 2019, status: 'not_started', recommendations: 10 },
					{ year: 2020, status: 'not_started', recommendations: 6 },
					{ year: 2020, status: 'implemented', recommendations: 1200 },
					{ year: 2021, status: 'implemented', recommendations: 1300 },
					{ year: 2021, status: 'no_information', recommendations: 4 }
				],
				{
					width: 720,
					height: 300,
					yLabel: 'Recommendations',
					statuses: [
						{ code: 'implemented', label: 'Implemented', colour: '#4e79a7' },
						{ code: 'not_started', label: 'Not started', colour: '#f28e2c' },
						{ code: 'no_information', label: 'No information', colour: '#bab0ab' }
					],
					formatCount: count
				}
			)
		);
		expect(svg).toContain('Implemented (1,300)');
		expect(svg).toContain('No information (4)');
		const { expected, actual } = matchSvgSnapshot('recommendations-status-mix', svg);
		expect(actual).toBe(expected);
	});

	it('rate bars with a wider series, a small base and a category with no data left out', () => {
		const svg = renderPlotSvg(
			rateBarsPlot(
				[
					{ label: 'Legislation', numerator: 30, denominator: 100, wider: 55 },
					{ label: 'Border control', numerator: 1, denominator: 3, wider: 2 },
					{ label: 'Empty area', numerator: 0, denominator: 0, wider: 0 }
				],
				{
					width: 640,
					xLabel: 'Share of recommendations',
					seriesLabel: 'Implemented',
					widerLabel: 'Implemented or partially',
					smallBase: 5,
					smallBaseLabel: 'small base',
					formatPercent: percent
				}
			)
		);
		expect(svg).toContain('30.0 %  30 / 100');
		expect(svg).toContain('small base');
		expect(svg).not.toContain('Empty area');
		const { expected, actual } = matchSvgSnapshot('recommendations-rates', svg);
		expect(actual).toBe(expected);
	});

	it('Kaplan-Meier curves with a median and a group that never reaches it', () => {
		const fast = kaplanMeier([
			{ months: 6, event: 1 },
			{ months: 12, event: 1 },
			{ months: 12, event: 0 },
			{ months: 30, event: 0 }
		]);
		const slow = kaplanMeier([
			{ months: 24, event: 1 },
			{ months: 40, event: 0 },
			{ months: 48, event: 0 }
		]);
		const svg = renderPlotSvg(
			survivalPlot(
				[
					{
						group: 'priority',
						label: 'Priority',
						steps: fast.steps,
						lastMonths: 30,
						median: fast.median
					},
					{
						group: 'standard',
						label: 'Standard',
						steps: slow.steps,
						lastMonths: 48,
						median: slow.median
					}
				],
				{
					width: 720,
					height: 320,
					xLabel: 'Months since issue',
					yLabel: 'Not yet implemented',
					medianLabel: 'median',
					formatPercent: percent,
					formatMonths: (m) => `${m.toFixed(1)} months`
				}
			)
		);
		expect(fast.median).toBe(12);
		expect(slow.median).toBeNull();
		expect(svg).toContain('Priority: median 12.0 months');
		const { expected, actual } = matchSvgSnapshot('recommendations-survival', svg);
		expect(actual).toBe(expected);
	});
});
