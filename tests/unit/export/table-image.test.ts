import { describe, expect, it } from 'vitest';
import { composeFigureSvg } from '../../../src/lib/export/figure-svg';
import { tableFontSize, tableImageSvg } from '../../../src/lib/export/table-image';

// The cross-cutting scorecard's shape: ten indicators, a long title column, four numbers.
const table = {
	header: ['Indicator', 'Para.', '2025', 'n / N', 'vs 2024', 'vs 2017'],
	rows: Array.from({ length: 10 }, (_, i) => [
		`HR${i + 1} Human rights safeguards in counter-terrorism legislation`,
		'21, 28',
		`${40 + i}.5% *`,
		`${12 + i} / 30`,
		i % 2 ? '+3.2 pts' : '–1.0 pts',
		'<no data> & more'
	]),
	numeric: [false, false, true, true, true, true]
};

const texts = (svg: string) =>
	[
		...svg.matchAll(
			/<text x="([\d.]+)" y="([\d.]+)" text-anchor="(start|end)"[^>]*>([^<]*)<\/text>/g
		)
	].map((m) => ({ x: Number(m[1]), y: Number(m[2]), anchor: m[3], text: m[4] }));

describe('a table drawn as an image', () => {
	it('writes every header and cell, numbers flush right, text escaped', () => {
		const { markup, width, height } = tableImageSvg(table, 15);
		const cells = texts(markup);
		expect(cells).toHaveLength(6 * 11);
		expect(cells.slice(0, 6).map((c) => c.text)).toEqual(table.header);
		expect(markup).toContain('&lt;no data&gt; &amp; more');
		expect(markup).not.toContain('<no data>');
		// Per column: left columns start at the same x, numeric ones end at the same x.
		for (let c = 0; c < 6; c++) {
			const column = cells.filter((_, i) => i % 6 === c);
			expect(new Set(column.map((t) => t.x)).size, `column ${c}`).toBe(1);
			expect(column[0].anchor).toBe(table.numeric[c] ? 'end' : 'start');
		}
		expect(height).toBe(24 * 11 + 2);
		expect(width).toBeGreaterThan(cells[5].x);
	});

	it('leaves each column room for its widest text, so no cell runs into the next', () => {
		const size = 15;
		const { markup } = tableImageSvg(table, size);
		const cells = texts(markup);
		const starts = cells.slice(0, 6).map((c, i) => (table.numeric[i] ? null : c.x));
		// The title column's text (0.56 em a character, as estimated) ends before the next column's start.
		const longest = Math.max(...table.rows.map((r) => r[0].length)) * size * 0.56;
		expect(starts[0]! + longest).toBeLessThan(starts[1]!);
	});

	// The scorecard's widest theme: human rights, whose H2 has the longest title of all.
	const humanRights = {
		...table,
		rows: [
			[
				'H1 Human rights in recommendations',
				'21, 28',
				'45.5% *',
				'12 / 30',
				'+3.2 pts',
				'–1.0 pts'
			],
			[
				'H2 Implementation of human-rights recommendations',
				'21, 28',
				'40.0%',
				'120 / 300',
				'–10.5 pts',
				'+12.3 pts'
			],
			['H3 Human-rights expertise on visits', '21, 28', '100%', '30 / 30', '+0.0 pts', '–']
		]
	};
	// Its longest theme: gender, eight rows.
	const gender = {
		...table,
		rows: table.rows
			.slice(0, 8)
			.map((r, i) => [`W${i + 1} Gender-specific recommendations`, ...r.slice(1)])
	};
	const cases = [
		{ name: 'human rights', layout: 'slide', table: humanRights },
		{ name: 'human rights', layout: 'slide-body', table: humanRights },
		{ name: 'gender', layout: 'slide', table: gender },
		{ name: 'gender', layout: 'slide-body', table: gender }
	] as const;

	it.each(cases)(
		'$name on the $layout layout: no text under about 14 pt',
		({ layout, table: theme }) => {
			const image = tableImageSvg(theme, tableFontSize(layout));
			const { svg } = composeFigureSvg(
				{ ...image, legend: [] },
				{
					title: 'Cross-cutting scorecard, 2025: Human rights',
					subtitle:
						'Rates in 2025 against 2024 and 2017 (resolution 2395); * fewer than 5 in the base.',
					source: 'Source: CTED records (synthetic demo data), extract of 29 Oct 2026.'
				},
				{
					filters: 'Filters: region Africa.',
					marking: { tier: 'public', demo: false, demoLabel: '' },
					version: null,
					stamp: 'Extract version unknown. PUBLIC.'
				},
				{ layout }
			);
			const nested =
				/<svg x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="[\d.]+" viewBox="[-\d.]+ [-\d.]+ ([\d.]+) /.exec(
					svg
				);
			const scale = Number(nested![1]) / Number(nested![2]);
			const ptPerPx = layout === 'slide' ? 960 / 1920 : 888 / 1920;
			expect(tableFontSize(layout) * scale * ptPerPx).toBeGreaterThanOrEqual(13.9);
			// The slide image's own text too: filters, and on the PNG slide title, definition, source, marking.
			const own = [...svg.matchAll(/<text [^>]*font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
			expect(own.length).toBeGreaterThan(layout === 'slide' ? 3 : 0);
			expect(Math.min(...own) * ptPerPx).toBeGreaterThanOrEqual(13.9);
		}
	);

	it('the whole sixteen-row scorecard would not fit a slide at that size: hence one export per theme', () => {
		const all = { ...gender, rows: [...gender.rows, ...gender.rows] };
		const image = tableImageSvg(all, tableFontSize('slide'));
		const { svg } = composeFigureSvg(
			{ ...image, legend: [] },
			{ title: 'Scorecard', subtitle: 'Rates.', source: 'Source.' },
			{
				filters: 'All.',
				marking: { tier: 'public', demo: false, demoLabel: '' },
				version: null,
				stamp: 'PUBLIC.'
			},
			{ layout: 'slide' }
		);
		const nested =
			/<svg x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="[\d.]+" viewBox="[-\d.]+ [-\d.]+ ([\d.]+) /.exec(
				svg
			);
		expect((32 * Number(nested![1])) / Number(nested![2]) / 2).toBeLessThan(14);
	});
});
