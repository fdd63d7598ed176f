import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { extractStorageKey, extractVersion } from '../../../src/lib/hash/extract-version';
import { composeFigureSvg, SLIDE_SIZE, type ChartImage } from '../../../src/lib/export/figure-svg';
import {
	filterSentence,
	dimensionNames,
	filterSubtitle,
	unappliedFilters
} from '../../../src/lib/export/filter-subtitle';
import { sha256Hex } from '../../../src/lib/hash/sha256';
import { clampLines, estimateMeasure, wrapText } from '../../../src/lib/export/text-fit';
import { NO_FILTERS, type GlobalFilters } from '../../../src/lib/queries/filters';
import type { ExtractManifest } from '../../../src/lib/schema';

/** 10 px per character: easy to reason about by hand. */
const tenPx = (s: string) => s.length * 10;

describe('wrapText', () => {
	test('breaks between words so no line is wider than the box', () => {
		expect(wrapText('aaa bbb ccc dddd', 80, tenPx)).toEqual(['aaa bbb', 'ccc dddd']);
	});
	test('cuts a word longer than a line instead of letting it overflow', () => {
		const lines = wrapText('see https://example.org/a/very/long/path', 100, tenPx);
		expect(lines.every((l) => tenPx(l) <= 100)).toBe(true);
		expect(lines.join('')).toBe('seehttps://example.org/a/very/long/path');
	});
	test('empty text gives no line; clampLines keeps the count and ends with an ellipsis that fits', () => {
		expect(wrapText('  ', 100, tenPx)).toEqual([]);
		const clamped = clampLines(['aaaa bbbb', 'cccc dddd', 'eeee'], 2, 90, tenPx);
		expect(clamped).toEqual(['aaaa bbbb', 'cccc ddd…']);
		expect(tenPx(clamped[1])).toBeLessThanOrEqual(90);
	});
});

describe('extract version', () => {
	test('sha256Hex equals node:crypto on ASCII, UTF-8 and block-boundary inputs', () => {
		for (const text of [
			'',
			'abc',
			'Côte d’Ivoire ✓',
			'x'.repeat(55),
			'y'.repeat(64),
			'z'.repeat(200)
		]) {
			expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
		}
	});
	test('sha256Hex of bytes equals node:crypto, for views into a larger buffer too', () => {
		const buffer = new Uint8Array(70_000).map((_, i) => (i * 7919) % 251);
		for (const [start, end] of [
			[0, 0],
			[0, 55],
			[0, 56],
			[0, 64],
			[3, 3 + 119],
			[1, 70_000],
			[13, 13 + 64 * 300]
		]) {
			const view = buffer.subarray(start, end);
			expect(sha256Hex(view), `${start}-${end}`).toBe(
				createHash('sha256').update(view).digest('hex')
			);
		}
	});
	test('the storage key names tier and extract: another tier or extract never shares it', () => {
		const base = {
			schemaVersion: 2,
			tier: 'restricted',
			referenceDate: '2026-10-29',
			source: 'demo',
			builtAt: '2026-11-28T00:00:00Z',
			tables: { assessments: { file: 'assessments.parquet', rows: 1, bytes: 1, sha256: 'aa' } }
		} as const satisfies ExtractManifest;
		const key = extractStorageKey('basket', base);
		expect(key).toBe(`basket:restricted:${extractVersion(base).hash}`);
		const keys = new Set([
			key,
			extractStorageKey('basket', { ...base, tier: 'public' }),
			extractStorageKey('basket', { ...base, tier: 'un_system' }),
			extractStorageKey('basket', {
				...base,
				tables: { assessments: { ...base.tables.assessments, sha256: 'ab' } }
			}),
			extractStorageKey('basket', { ...base, referenceDate: '2026-10-30' }),
			extractStorageKey('history', base)
		]);
		expect(keys.size).toBe(6);
		// The same extract, rebuilt at another time, keeps its basket.
		expect(extractStorageKey('basket', { ...base, builtAt: '2027-01-01T00:00:00Z' })).toBe(key);
	});
	test('hashes tier, date and the sorted table hashes; any file change changes it', () => {
		const manifest = {
			schemaVersion: 1,
			tier: 'restricted',
			referenceDate: '2026-10-29',
			source: 'demo',
			builtAt: '2026-11-28T00:00:00Z',
			tables: {
				visits: { file: 'visits.parquet', rows: 1, bytes: 1, sha256: 'bb' },
				assessments: { file: 'assessments.parquet', rows: 1, bytes: 1, sha256: 'aa' }
			}
		} as const satisfies ExtractManifest;
		const expected = createHash('sha256')
			.update('tier:restricted\ndate:2026-10-29\nassessments:aa\nvisits:bb\n')
			.digest('hex');
		const v = extractVersion(manifest);
		expect(v).toEqual({
			referenceDate: '2026-10-29',
			hash: expected,
			shortHash: expected.slice(0, 8)
		});
		const changed = extractVersion({
			...manifest,
			tables: { ...manifest.tables, visits: { ...manifest.tables.visits, sha256: 'bc' } }
		});
		expect(changed.hash).not.toBe(v.hash);
	});
});

describe('filterSubtitle', () => {
	const everyFilter: GlobalFilters = {
		yearFrom: 2018,
		yearTo: 2024,
		region: 'Africa',
		subRegion: 'Western Africa',
		unGroup: 'African Group',
		areas: null,
		priority: null,
		resolution: null
	};

	test('states the selection in words, then the toggles; says so when unfiltered or not applicable', () => {
		expect(filterSubtitle(everyFilter, ['measure: gap share'], '2026-10-29', true, [])).toBe(
			'Western Africa, Africa, African Group, 2018-2024. View: measure: gap share.'
		);
		expect(filterSubtitle({ ...NO_FILTERS, subRegion: 'Central Asia' }, [], null, true, [])).toBe(
			'Central Asia, all years.'
		);
		expect(filterSubtitle({ ...NO_FILTERS, yearFrom: 2020 }, [], null, true, [])).toBe(
			'All Member States, 2020 onwards.'
		);
		expect(filterSubtitle(NO_FILTERS, [], '2026-10-29', true, [])).toBe(
			'All Member States, all years up to 29 Oct 2026.'
		);
		expect(filterSubtitle({ ...NO_FILTERS, region: 'Asia' }, [], null, false)).toBe(
			'Global filters do not apply to this figure.'
		);
	});

	test("reads a recommendation figure's selection as one sentence", () => {
		const question: GlobalFilters = {
			...NO_FILTERS,
			subRegion: 'Western Africa',
			areas: ['cft'],
			priority: 'priority',
			yearFrom: 2018
		};
		expect(filterSubtitle(question, [], '2026-10-29')).toBe(
			'Priority recommendations on countering the financing of terrorism (incl. FATF R.6), Western Africa, issued 2018 onwards.'
		);
		expect(
			filterSentence(
				{ ...NO_FILTERS, areas: ['cft', 'ftf'], resolution: '2178' },
				'2026-10-29',
				'recommendations'
			)
		).toBe(
			'Recommendations under resolution 2178 (2014) on countering the financing of terrorism (incl. FATF R.6) or foreign terrorist fighters and their families, all Member States, issued up to 29 Oct 2026.'
		);
		expect(filterSentence(NO_FILTERS, '2026-10-29', 'recommendations')).toBe(
			'All recommendations, all Member States, issued up to 29 Oct 2026.'
		);
	});

	test('names the set filters a figure cannot apply', () => {
		const f: GlobalFilters = { ...NO_FILTERS, areas: ['cft'], priority: 'standard' };
		expect(filterSubtitle(f, [], null, true, ['area'])).toBe(
			'Standard recommendations on countering the financing of terrorism (incl. FATF R.6), all Member States, all years. Filter not applied to this figure (its records have no such field): Priority.'
		);
		expect(filterSubtitle({ ...NO_FILTERS, areas: ['cft', 'ftf'] }, [], null, true, ['area'])).toBe(
			'Countering the financing of terrorism (incl. FATF R.6) or foreign terrorist fighters and their families, all Member States, all years.'
		);
		expect(unappliedFilters(f, [])).toEqual(['area', 'priority']);
		expect(dimensionNames(['area', 'priority', 'resolution'])).toBe(
			'Thematic area, priority and resolution'
		);
		expect(unappliedFilters(f, ['area', 'priority', 'resolution'])).toEqual([]);
		expect(unappliedFilters(NO_FILTERS, [])).toEqual([]);
	});
});

describe('composeFigureSvg', () => {
	const chart: ChartImage = {
		markup:
			'<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300"><rect width="10" height="10"/></svg>',
		width: 600,
		height: 300,
		legend: [
			{ colour: '#4e79a7', label: 'Compliant' },
			{ colour: '#f28e2c', label: 'Largely <compliant>' }
		]
	};
	const text = {
		title: 'Visits by year & type',
		subtitle: 'Country visits per calendar year. '.repeat(6).trim(),
		source: 'Source: FATF consolidated assessment ratings (FATF/OECD), extract of 29 Oct 2026.'
	};
	const ctx = {
		filters: 'Filters: years 2018-2024; region Africa.',
		marking: { tier: 'restricted', demo: true, demoLabel: 'Synthetic demo data' },
		version: { referenceDate: '2026-10-29', shortHash: '1a2b3c4d', hash: '1a2b3c4d'.repeat(8) },
		stamp: 'Extract of 29 Oct 2026, version 1a2b3c4d. RESTRICTED - Synthetic demo data.'
	} as const;

	test('carries title, filters, source, marking, hash and legend, escaped', () => {
		const { svg, width, height } = composeFigureSvg(chart, text, ctx, { fontCss: '@font-face{}' });
		expect(svg).toContain('Visits by year &amp; type');
		expect(svg).toContain('Filters: years 2018-2024; region Africa.');
		expect(svg).toContain('FATF consolidated assessment ratings');
		expect(svg.match(/RESTRICTED - Synthetic demo data/g)?.length).toBe(3); // two strips + stamp
		expect(svg).toContain('1a2b3c4d');
		expect(svg).toContain('Largely &lt;compliant&gt;');
		expect(svg).toContain('<style>@font-face{}</style>');
		expect(width).toBe(632);
		expect(height).toBeGreaterThan(300);
	});

	test('every text line fits the width by the same measure (long subtitle wraps)', () => {
		const { svg, width } = composeFigureSvg(chart, text, ctx);
		const lines = [
			...svg.matchAll(
				/<text x="(\d+)"[^>]*font-size="([\d.]+)" font-weight="(\d+)"[^>]*>([^<]*)<\/text>/g
			)
		];
		expect(lines.length).toBeGreaterThan(6);
		for (const [, x, size, weight, content] of lines) {
			const w = estimateMeasure({ size: Number(size), weight: Number(weight) as 400 | 700 })(
				content
			);
			expect(Number(x) + w, content).toBeLessThanOrEqual(width - 16 + 0.01);
		}
	});

	test('the slide layout is exactly 1920x1080 and scales the chart into it', () => {
		const { svg, width, height } = composeFigureSvg(chart, text, ctx, { layout: 'slide' });
		expect({ width, height }).toEqual(SLIDE_SIZE);
		const nested =
			/<svg x="[\d.]+" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" viewBox="0 0 600 300"/.exec(
				svg
			);
		expect(nested).not.toBeNull();
		const [, y, w, h] = nested!.map(Number);
		expect(w).toBeLessThanOrEqual(1920 - 128);
		expect(y + h).toBeLessThan(1080 - 44);
		expect(w / h).toBeCloseTo(2, 1);
	});

	test('labels drawn left of the chart box widen the export instead of being cut', () => {
		const wide = { ...chart, legend: [], box: { x: -120, y: -4, width: 720, height: 310 } };
		const { svg, width } = composeFigureSvg(wide, text, ctx);
		expect(width).toBe(720 + 32);
		expect(svg).toContain('viewBox="-120 -4 720 310"');
	});
});
