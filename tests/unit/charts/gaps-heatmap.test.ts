import { describe, expect, it } from 'vitest';
import {
	gapHeatmapCells,
	gapHeatmapPlot,
	type HeatmapCellInput
} from '../../../src/lib/charts/gaps-heatmap.plot';
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
				key: 'Second line: information coverage (G3).'
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
