import { describe, expect, it } from 'vitest';
import { benchmarksPlot } from '../../../src/lib/charts/state-benchmarks.plot';
import { gtiTrendPlot } from '../../../src/lib/charts/state-gti.plot';
import { timelinePlot } from '../../../src/lib/charts/state-timeline.plot';
import { matchSvgSnapshot, renderPlotSvg } from '../../helpers/plot-snapshot';

describe('State profile chart specs render deterministic SVG', () => {
	it('area benchmarks: a missing State score is written, not drawn at 0', () => {
		const svg = renderPlotSvg(
			benchmarksPlot(
				[
					{ area: 'Legislation', state: 5 / 6, region: 2 / 3, global: 0.5 },
					{ area: 'CFT', state: null, region: 0.4, global: 0.45 },
					{ area: 'FTF', state: 0.25, region: null, global: null }
				],
				{
					width: 640,
					stateLabel: 'Kenya',
					regionLabel: 'Median, Africa',
					globalLabel: 'Median, all States',
					xLabel: 'Mean score (G1)',
					noDataLabel: 'No score'
				}
			)
		);
		expect(svg).toContain('Kenya: 0.83');
		expect(svg).toContain('No score');
		expect(svg).not.toContain('Kenya: 0.00');
		const { expected, actual } = matchSvgSnapshot('state-benchmarks', svg);
		expect(actual).toBe(expected);
	});

	it('GTI trend and assessment timeline', () => {
		const gti = renderPlotSvg(
			gtiTrendPlot(
				[
					{ year: 2019, score: 6.1, rank: 20 },
					{ year: 2020, score: 6.4, rank: null },
					{ year: 2022, score: 5.9, rank: 23 }
				],
				{ width: 480, yLabel: 'Score' }
			)
		);
		expect(gti).toContain('2019: 6.10 (#20)');
		const gtiSnap = matchSvgSnapshot('state-gti', gti);
		expect(gtiSnap.actual).toBe(gtiSnap.expected);
		const events = ['Visit', 'Report adopted', 'Follow-up report'];
		const timeline = renderPlotSvg(
			timelinePlot(
				[
					{ date: '2017-12-21', event: 'Visit', title: '21 Dec 2017: Visit' },
					{ date: '2018-06-01', event: 'Report adopted', title: '1 Jun 2018: Report adopted' },
					{ date: '2019-07-01', event: 'Follow-up report', title: '1 Jul 2019: Follow-up report' }
				],
				{ width: 640, events, referenceYear: 2024 }
			)
		);
		expect(timeline).toContain('1 Jun 2018: Report adopted');
		const { expected, actual } = matchSvgSnapshot('state-timeline', timeline);
		expect(actual).toBe(expected);
	});
});
