import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { describe, expect, test } from 'vitest';
import {
	formatBytes,
	movedSlide,
	parseBasket,
	withoutSlide,
	withSlide,
	type BriefingSlide
} from '../../../src/lib/state/briefing-basket';
import { buildBriefingDeck } from '../../../src/lib/export/briefing-pptx';
import { basketPackFigures } from '../../../src/lib/export/figure-pack';

/** A 1x1 transparent PNG. */
const PNG =
	'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const slide = (key: string, title = `Title ${key}`): BriefingSlide => ({
	key,
	title,
	definition: `Definition of ${key}`,
	filters: 'Filters: from 2018.',
	source: `Source ${key}: CTED assessment records.`,
	marking: 'RESTRICTED - Synthetic demo data',
	tier: 'restricted',
	stamp: 'Extract of 29 Oct 2026, version dea950f6. RESTRICTED - Synthetic demo data.',
	page: '/',
	addedAt: '2026-11-28T17:00:00Z',
	image: PNG
});

describe('basket operations', () => {
	const abc = [slide('a'), slide('b'), slide('c')];
	test('add once, move within bounds, remove', () => {
		expect(withSlide(abc, slide('b')).map((s) => s.key)).toEqual(['a', 'b', 'c']);
		expect(withSlide(abc, slide('d')).map((s) => s.key)).toEqual(['a', 'b', 'c', 'd']);
		expect(movedSlide(abc, 2, -1).map((s) => s.key)).toEqual(['a', 'c', 'b']);
		expect(movedSlide(abc, 0, -1).map((s) => s.key)).toEqual(['a', 'b', 'c']);
		expect(movedSlide(abc, 0, 5).map((s) => s.key)).toEqual(['b', 'c', 'a']);
		expect(withoutSlide(abc, 'b').map((s) => s.key)).toEqual(['a', 'c']);
	});
	test('a damaged store yields only the well-formed slides', () => {
		expect(parseBasket(null, 'restricted')).toEqual([]);
		expect(parseBasket('{not json', 'restricted')).toEqual([]);
		expect(parseBasket('{"a":1}', 'restricted')).toEqual([]);
		const stored = JSON.stringify([
			slide('a'),
			{ ...slide('b'), image: 'javascript:x' },
			{ key: 1 }
		]);
		expect(parseBasket(stored, 'restricted').map((s) => s.key)).toEqual(['a']);
		expect(formatBytes(2048)).toBe('2 kB');
		expect(formatBytes(3.5 * 1024 * 1024)).toBe('3.5 MB');
	});
});

describe('figures kept for the figure pack', () => {
	const figure = {
		chart: {
			markup: '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
			width: 400,
			height: 200,
			legend: []
		},
		table: { columns: ['year', 'visits'], rows: [{ year: 2024, visits: 3 }] },
		context: {
			filters: 'Filters: from 2018.',
			marking: { tier: 'restricted', demo: true, demoLabel: 'Synthetic demo data' },
			version: null,
			stamp: 'Extract version unknown.'
		}
	} as const;
	test('a stored figure is kept; a damaged one or one of another tier is dropped, its slide kept', () => {
		const stored = JSON.stringify([
			{ ...slide('a'), figure },
			{ ...slide('b'), figure: { ...figure, chart: { ...figure.chart, markup: '<script>' } } },
			{
				...slide('c'),
				figure: { ...figure, context: { ...figure.context, marking: { tier: 'public' } } }
			},
			{ ...slide('d'), figure: { ...figure, table: { columns: ['x'], rows: [1] } } },
			slide('e')
		]);
		const basket = parseBasket(stored, 'restricted');
		expect(basket.map((s) => [s.key, s.figure !== undefined])).toEqual([
			['a', true],
			['b', false],
			['c', false],
			['d', false],
			['e', false]
		]);
	});
	test('pack figures are numbered by their place in the basket; slides without a figure are left out', () => {
		const figures = basketPackFigures([
			slide('a'),
			{ ...slide('b'), figure },
			{ ...slide('c'), figure }
		]);
		expect(figures.map((f) => [f.number, f.text.title, f.table.rows])).toEqual([
			[2, 'Title b', [{ year: 2024, visits: 3 }]],
			[3, 'Title c', [{ year: 2024, visits: 3 }]]
		]);
		expect(figures[0].text.subtitle).toBe('Definition of b');
	});
});

describe('basket of another tier', () => {
	test('a slide made in another tier is never read, even under the right key', () => {
		const stored = JSON.stringify([slide('a'), { ...slide('b'), tier: 'public' }]);
		expect(parseBasket(stored, 'restricted').map((s) => s.key)).toEqual(['a']);
		expect(parseBasket(stored, 'public').map((s) => s.key)).toEqual(['b']);
		expect(parseBasket(stored, 'un_system')).toEqual([]);
	});
});

describe('briefing deck', () => {
	test('title slide, one slide per chart with image, title, source and notes, closing sources; marking everywhere', async () => {
		const deck = buildBriefingDeck(PptxGenJS, [slide('a', 'Visits & States'), slide('b')], {
			title: 'CTC-CTED briefing',
			subtitle: 'Figures from the dashboard',
			dateLine: 'Prepared 28 Nov 2026. Extract of 29 Oct 2026, version dea950f6.',
			sourcesTitle: 'Sources',
			marking: 'RESTRICTED - Synthetic demo data',
			tier: 'restricted',
			notesLabels: { definition: 'Definition:', filters: 'Filters:' }
		});
		const zip = await JSZip.loadAsync((await deck.write({ outputType: 'nodebuffer' })) as Buffer);
		const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
		expect(slides.length).toBe(4);
		const xml = (n: number) => zip.file(`ppt/slides/slide${n}.xml`)!.async('string');
		for (let n = 1; n <= 4; n++) {
			expect(
				(await xml(n)).match(/RESTRICTED - Synthetic demo data/g)?.length
			).toBeGreaterThanOrEqual(2);
		}
		expect(await xml(1)).toContain('Prepared 28 Nov 2026');
		expect(await xml(2)).toContain('Visits &amp; States');
		expect(await xml(2)).toContain('<p:pic>');
		expect(await xml(3)).toContain('Title b');
		expect(await xml(3)).toContain('Source b: CTED assessment records.');
		expect(await xml(1)).not.toContain('<p:pic>');
		expect(await xml(4)).toContain('Source a: CTED assessment records.');
		expect(await xml(4)).toContain('Source b: CTED assessment records.');
		const notes = await Promise.all(
			Object.keys(zip.files)
				.filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f))
				.map((f) => zip.file(f)!.async('string'))
		);
		expect(notes.some((n) => n.includes('Definition: Definition of a'))).toBe(true);
		expect(notes.some((n) => n.includes('Definition: Definition of b'))).toBe(true);
		// No text on a slide under 14 pt (sz is in hundredths of a point).
		for (let n = 1; n <= 4; n++) {
			const sizes = [...(await xml(n)).matchAll(/ sz="(\d+)"/g)].map((m) => Number(m[1]));
			expect(sizes.length, `slide ${n}`).toBeGreaterThan(0);
			expect(Math.min(...sizes), `slide ${n}`).toBeGreaterThanOrEqual(1400);
		}
	});
});
