import { describe, expect, it } from 'vitest';
import { ratesByYearPlot } from '../../../src/lib/charts/cross-cutting-rates.plot';
import { sparklinePlot } from '../../../src/lib/charts/cross-cutting-sparkline.plot';
import { wpsScatterPlot } from '../../../src/lib/charts/cross-cutting-wps.plot';
import { matchSvgSnapshot, renderPlotSvg } from '../../helpers/plot-snapshot';

const MARKER = { date: '2017-12-21', label: 'S/RES/2395 (2017)' };
const percent = (v: number) => `${(v * 100).toFixed(1)} %`;

describe('cross-cutting chart specs render deterministic SVG', () => {
	it('one rate by year with a before/after comparison and a public reference level', () => {
		const svg = renderPlotSvg(
			ratesByYearPlot(
				[
					{ category: 'all', year: 2016, numerator: 1, denominator: 10 },
					{ category: 'all', year: 2017, numerator: 2, denominator: 4 },
					// 2018 has no row: the line breaks, no 0 % point.
					{ category: 'all', year: 2019, numerator: 6, denominator: 10 },
					{ category: 'all', year: 2020, numerator: 7, denominator: 10 }
				],
				{
					width: 640,
					panelHeight: 220,
					yLabel: 'Share',
					categories: [{ code: 'all', label: 'All' }],
					smallBase: 5,
					marker: MARKER,
					periods: [
						{ category: 'all', first: 2016, last: 2017, value: 3 / 14 },
						{ category: 'all', first: 2019, last: 2020, value: 13 / 20 }
					],
					reference: { value: 0.15, first: 2017, last: 2020, label: 'Public figure: about 15 %' },
					formatPercent: percent
				}
			)
		);
		expect(svg).toContain('All, 2017: 50.0 % (2 / 4)');
		expect(svg).not.toContain('2018: ');
		expect(svg).toContain('Public figure: about 15 %');
		expect(svg).toContain('S/RES/2395 (2017)');
		const { expected, actual } = matchSvgSnapshot('cross-cutting-rate-by-year', svg);
		expect(actual).toBe(expected);
	});

	it('rates by year in one panel per category', () => {
		const rows = ['Africa', 'Asia', 'Europe'].flatMap((category, i) =>
			[2017, 2018].map((year) => ({ category, year, numerator: i + year - 2017, denominator: 6 }))
		);
		const svg = renderPlotSvg(
			ratesByYearPlot(rows, {
				width: 640,
				panelHeight: 140,
				yLabel: 'Share',
				categories: ['Africa', 'Asia', 'Europe'].map((c) => ({ code: c, label: c })),
				smallBase: 5,
				marker: MARKER,
				formatPercent: percent
			})
		);
		expect(svg).toContain('Europe, 2018: 50.0 % (3 / 6)');
		const { expected, actual } = matchSvgSnapshot('cross-cutting-rates-by-category', svg);
		expect(actual).toBe(expected);
	});

	it('a sparkline that breaks where a year has no data', () => {
		const svg = renderPlotSvg(
			sparklinePlot(
				[
					{ year: 2015, value: 0.1 },
					{ year: 2016, value: null },
					{ year: 2017, value: 0.3 },
					{ year: 2018, value: 0.5 }
				],
				{ width: 120, height: 28, markerDate: '2017-12-21' }
			)
		);
		const { expected, actual } = matchSvgSnapshot('cross-cutting-sparkline', svg);
		expect(actual).toBe(expected);
	});

	it('a labelled WPS scatter with a small-base point; an overlapping label is left out', () => {
		const svg = renderPlotSvg(
			wpsScatterPlot(
				[
					{ iso3: 'NOR', name: 'Norway', wpsScore: 0.93, wpsRank: 1, numerator: 3, denominator: 4 },
					// On top of Norway: keeps its dot and tooltip, loses its label.
					{
						iso3: 'SWE',
						name: 'Sweden',
						wpsScore: 0.931,
						wpsRank: 2,
						numerator: 3,
						denominator: 4
					},
					{ iso3: 'KEN', name: 'Kenya', wpsScore: 0.6, wpsRank: 100, numerator: 2, denominator: 8 }
				],
				{
					width: 640,
					height: 320,
					xLabel: 'WPS Index score',
					yLabel: 'Gender analysis',
					smallBase: 5,
					formatPercent: percent
				}
			)
		);
		expect(svg).toContain('Norway: 75.0 % (3 / 4); WPS 0.93, rank 1');
		expect(svg).toContain('>KEN<');
		expect(svg).toContain('>NOR<');
		expect(svg).toContain('Sweden: 75.0 %');
		expect(svg).not.toContain('>SWE<');
		const { expected, actual } = matchSvgSnapshot('cross-cutting-wps', svg);
		expect(actual).toBe(expected);
	});
});
