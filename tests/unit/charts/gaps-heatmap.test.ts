import { describe, expect, it } from 'vitest';
import {
	GAP_HEATMAP_FONT,
	gapHeatmapCells,
	gapHeatmapPlot,
	type HeatmapCellInput
} from '../../../src/lib/charts/gaps-heatmap.plot';
import { composeFigureSvg } from '../../../src/lib/export/figure-svg';
import { t } from '../../../src/lib/i18n';
import { renderPlotSvg } from '../../helpers/plot-snapshot';

const row = (
	row_key: string,
	area_code: string,
	mean_score: number | null,
	states_scored: number,
	rated_items: number,
	applicable_items: number
): HeatmapCellInput => ({
	row_key,
	row_label: row_key === 'AF' ? 'Africa' : 'Europe',
	area_code,
	mean_score,
	mean_gap_share: mean_score === null ? null : 1 - mean_score,
	states_scored,
	rated_items,
	applicable_items
});

// Africa: legislation scored by 12 States, CFT by 3 (small base), no information on ICT.
// Europe: legislation with nothing applicable; CFT and ICT not assessed (no row).
const rows = [
	row('AF', 'legislation', 0.625, 12, 40, 50),
	row('AF', 'cft', 0.5, 3, 9, 12),
	row('AF', 'ict', null, 0, 0, 8),
	row('EU', 'legislation', null, 0, 0, 0)
];
const areas = [
	{ code: 'legislation', label: 'Legislation' },
	{ code: 'cft', label: 'Terrorist financing' },
	{ code: 'ict', label: 'ICT and Internet' }
];
const colour = (v: number) => (v >= 0.6 ? '#fde725' : '#21918c');
const inkOn = (fill: string) => (fill === '#fde725' ? '#000000' : '#ffffff');

describe('gaps heatmap export drawing', () => {
	it('has a cell for every row and area, with the values and texts of the rows', () => {
		const cells = gapHeatmapCells(rows, { measure: 'g1', areas, colour, inkOn });
		expect(cells.map((c) => [c.row, c.area, c.value, c.score, c.coverage, c.fill])).toEqual([
			['Africa', 'Legislation', 0.625, '0.63', '80%', '#fde725'],
			['Africa', 'Terrorist financing', 0.5, '0.50*', '75%', '#21918c'],
			['Africa', 'ICT and Internet', null, 'No info', '0%', '#ececec'],
			['Europe', 'Legislation', null, 'N/A', '', '#d4d4d4'],
			['Europe', 'Terrorist financing', null, '–', '', '#ffffff'],
			['Europe', 'ICT and Internet', null, '–', '', '#ffffff']
		]);
		const g2 = gapHeatmapCells(rows, { measure: 'g2', areas, colour, inkOn });
		expect(g2.slice(0, 2).map((c) => [c.value, c.score])).toEqual([
			[0.375, '37.5%'],
			[0.5, '50%*']
		]);
	});

	it('draws every cell with its fill and writes its score, coverage and the labels at slide size', () => {
		const cells = gapHeatmapCells(rows, { measure: 'g1', areas, colour, inkOn });
		const svg = renderPlotSvg(
			gapHeatmapPlot(cells, {
				width: 1792,
				fontSize: 30,
				rowLabels: ['Africa', 'Europe'],
				areaLabels: areas.map((a) => a.label),
				key: ['Second line: information coverage (G3).'],
				cellLines: 2
			})
		);
		expect(svg.match(/<rect [^>]*fill="#fde725"/g)?.length).toBe(1);
		expect(svg.match(/<rect [^>]*fill="#ffffff"/g)?.length).toBeGreaterThanOrEqual(2);
		for (const text of ['0.63', '0.50*', 'No info', '80%', '75%']) {
			expect(svg).toContain(`>${text}</tspan>`);
		}
		expect(svg).toContain('>N/A</text>');
		expect(svg.match(/>–<\/text>/g)?.length).toBe(2);
		for (const label of ['Africa', 'Europe', 'Legislation', 'Terrorist financing']) {
			expect(svg).toContain(`>${label}</`);
		}
		expect(svg).toContain('Second line: information coverage (G3).');
		// No label smaller than 30 px (about 14 pt on a 1920-wide slide): the axes take the
		// chart's style size (over Plot's default attribute of 10), the text marks their own.
		expect(svg).toContain('font-size: 30px');
		const marks = [...svg.matchAll(/<g [^>]*font-size="(\d+(?:\.\d+)?)"/g)].map((m) =>
			Number(m[1])
		);
		expect(marks.length).toBe(2);
		expect(Math.min(...marks)).toBeGreaterThanOrEqual(30);
	});
});

describe('gaps heatmap on a slide', () => {
	// The page's fourteen area short names and the five UN groups and "No group": the widest real view.
	const areaLabels = [
		'Legislation',
		'Terrorist financing',
		'Law enforcement',
		'Border control',
		'Legal cooperation',
		'Criminal justice',
		'Incitement and CVE',
		'ICT and Internet',
		'Foreign fighters',
		'Critical infrastructure',
		'Weapons supply',
		'Human rights',
		'Gender',
		"Children's rights"
	];
	const rowLabels = [
		'African States',
		'Asia-Pacific States',
		'Eastern European States',
		'Latin American and Caribbean States',
		'Western European and other States',
		'No group'
	];
	const cells = rowLabels.flatMap((row) =>
		areaLabels.map((area, i) => ({
			row,
			area,
			value: 0.5,
			score: i % 3 === 0 ? '0.50*' : '0.50',
			coverage: '75%',
			fill: '#21918c',
			ink: '#ffffff'
		}))
	);
	const chartSvg = renderPlotSvg(
		gapHeatmapPlot(cells, {
			width: 1792,
			fontSize: GAP_HEATMAP_FONT,
			rowLabels,
			areaLabels,
			key: [
				'The 6 of 54 Member States with the lowest mean score across areas; every row is on the page and in the CSV.',
				t('gaps.export.slideKey', { n: 5 })
			],
			cellLines: 1
		})
	);
	const size = (attr: string) =>
		Number(new RegExp(`^<svg[^>]* ${attr}="(\\d+)"`).exec(chartSvg)?.[1]);
	const chart = { markup: chartSvg, width: size('width'), height: size('height'), legend: [] };
	const text = {
		title: t('gaps.heatmap.title'),
		subtitle: t('gaps.heatmap.subtitle.g1'),
		source:
			'Source: CTED detailed implementation survey (synthetic demo data), extract of 29 Oct 2026.'
	};
	const ctx = {
		filters: 'Filters: region Africa, from 2018. View: Rows Member State. Measure G1 area score.',
		marking: { tier: 'restricted' as const, demo: true, demoLabel: 'Synthetic demo data' },
		version: null,
		stamp: 'Extract version unknown. RESTRICTED - Synthetic demo data.'
	};
	/** Points per pixel of the image: a 1920-px slide PNG is 13.33 in (960 pt); the deck's image is 12.33 in wide. */
	const PT_PER_PX = { slide: 960 / 1920, 'slide-body': 888 / 1920 } as const;

	it.each(['slide', 'slide-body'] as const)(
		'no label is under about 14 pt on the %s layout',
		(layout) => {
			// The axes take the style's size (over Plot's attribute of 10 on the root), the text marks their own.
			const smallest = Math.min(
				...[...chartSvg.matchAll(/<g [^>]*font-size="(\d+(?:\.\d+)?)"|font-size: (\d+)px/g)].map(
					(m) => Number(m[1] ?? m[2])
				)
			);
			expect(smallest).toBe(GAP_HEATMAP_FONT);
			const { svg } = composeFigureSvg(chart, text, ctx, { layout });
			// The chart is nested as <svg width=W viewBox="x y w h">: its scale on the slide is W / w.
			const nested =
				/<svg x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="[\d.]+" viewBox="[-\d.]+ [-\d.]+ ([\d.]+) /.exec(
					svg
				);
			expect(nested).not.toBeNull();
			const scale = Number(nested![1]) / Number(nested![2]);
			const points = smallest * scale * PT_PER_PX[layout];
			expect(points).toBeGreaterThanOrEqual(13.9);
		}
	);

	it('the document drawing, with every row and two lines a cell, would not fit a slide at that size', () => {
		const all = renderPlotSvg(
			gapHeatmapPlot(
				[...Array(10).keys()].flatMap((r) =>
					cells.slice(0, 14).map((c) => ({ ...c, row: `State ${r}` }))
				),
				{
					width: 1792,
					fontSize: GAP_HEATMAP_FONT,
					rowLabels: [...Array(10).keys()].map((r) => `State ${r}`),
					areaLabels,
					key: ['Second line: information coverage (G3).'],
					cellLines: 2
				}
			)
		);
		const height = Number(/^<svg[^>]* height="(\d+)"/.exec(all)?.[1]);
		const { svg } = composeFigureSvg({ markup: all, width: 1792, height, legend: [] }, text, ctx, {
			layout: 'slide'
		});
		const nested =
			/<svg x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="[\d.]+" viewBox="[-\d.]+ [-\d.]+ ([\d.]+) /.exec(
				svg
			);
		expect((GAP_HEATMAP_FONT * Number(nested![1])) / Number(nested![2]) / 2).toBeLessThan(14);
	});
});
