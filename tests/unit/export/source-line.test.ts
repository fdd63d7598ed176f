import PptxGenJS from 'pptxgenjs';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { figureSource } from '../../../src/lib/components/figure-source';
import { exportContext, sourceLine } from '../../../src/lib/export/export-context';
import { buildBriefingDeck } from '../../../src/lib/export/briefing-pptx';
import { composeFigureSvg } from '../../../src/lib/export/figure-svg';
import { formatDate, t } from '../../../src/lib/i18n';
import { extractVersion } from '../../../src/lib/hash/extract-version';
import { NO_FILTERS } from '../../../src/lib/queries/filters';
import type { ExtractManifest } from '../../../src/lib/schema';

// The source line of an export names the extract's date once: today's bug was
// "..., extract of 29 Oct 2026. Extract of 29 Oct 2026, version ...".
const manifest: ExtractManifest = {
	schemaVersion: 1,
	tier: 'restricted',
	referenceDate: '2026-10-29',
	source: 'demo',
	builtAt: '2026-11-01T00:00:00Z',
	tables: { visits: { sha256: 'a'.repeat(64) } } as unknown as ExtractManifest['tables']
};
const extract = { referenceDate: manifest.referenceDate, isDemo: true };
const filters = { ...NO_FILTERS, yearFrom: 2018, yearTo: 2024 };
const ctx = exportContext({
	manifest,
	tier: 'restricted',
	filters,
	toggles: [],
	filtersApply: true
});
const hash = extractVersion(manifest).shortHash;
const marking = 'RESTRICTED - Synthetic demo data';
const count = (text: string, part: string) => text.split(part).length - 1;

describe('source line of an export', () => {
	test('a CTED figure: the source names the extract date, the stamp only version and marking', () => {
		expect(sourceLine(figureSource(extract), ctx)).toBe(
			`Source: CTED assessment records (synthetic demo data), extract of 29 Oct 2026. Version ${hash}. ${marking}.`
		);
	});

	test('WPS Index context: the external attribution is kept, the date once', () => {
		const line = sourceLine(figureSource(extract, 'cc.wpsSource'), ctx);
		expect(line).toBe(
			`Sources: GIWPS and PRIO, Women, Peace and Security Index 2025/26 (public); CTED records (synthetic demo data), extract of 29 Oct 2026. Version ${hash}. ${marking}.`
		);
	});

	test('FATF ratings (external source only): the full stamp gives the extract date, even when a report shares it', () => {
		const source = t('gaps.fatf.source', {
			source: 'FATF consolidated assessment ratings (FATF/OECD)',
			n: 3,
			first: formatDate('2019-02-01'),
			last: formatDate('2026-10-29')
		});
		expect(sourceLine(source, ctx)).toBe(
			`Source: FATF consolidated assessment ratings (FATF/OECD); ratings of the latest mutual evaluation or follow-up report of each of the 3 rated Members, dated 1 Feb 2019 to 29 Oct 2026. Extract of 29 Oct 2026, version ${hash}. ${marking}.`
		);
	});

	test('GTI attribution with no extract version: the unknown-version stamp', () => {
		const source = t('profile.ext.gtiSource', {
			source: 'Global Terrorism Index',
			years: '2020-2024'
		});
		const unknown = exportContext({
			manifest: null,
			tier: 'public',
			filters,
			toggles: [],
			filtersApply: false
		});
		expect(sourceLine(source, unknown)).toBe(
			'Source: Global Terrorism Index; years 2020-2024. Extract version unknown. PUBLIC.'
		);
	});

	test('the exported SVG and the slide carry the date once in their source lines', async () => {
		const chart = {
			markup: '<svg xmlns="http://www.w3.org/2000/svg"/>',
			width: 400,
			height: 200,
			legend: []
		};
		const text = { title: 'Visits', subtitle: 'Visits per year.', source: figureSource(extract) };
		for (const layout of ['figure', 'slide'] as const) {
			const { svg } = composeFigureSvg(chart, text, ctx, { layout });
			// Lines may wrap anywhere: read the text content as one string.
			const words = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
			expect(count(words, '29 Oct 2026')).toBe(1);
			expect(words).toContain(`Version ${hash}.`);
		}
		const stamp = sourceLine(text.source, ctx).slice(text.source.length + 1);
		const deck = buildBriefingDeck(
			PptxGenJS,
			[
				{
					key: 'k',
					title: 'Visits',
					definition: 'Visits per year.',
					filters: ctx.filters,
					source: text.source,
					marking,
					tier: 'restricted',
					stamp,
					page: '/visits',
					addedAt: '2026-11-01T00:00:00Z',
					image: 'data:image/png;base64,iVBORw0KGgo='
				}
			],
			{
				title: 'Briefing',
				subtitle: 'Figures',
				dateLine: 'Prepared 1 Nov 2026.',
				sourcesTitle: 'Sources',
				marking,
				tier: 'restricted',
				notesLabels: { definition: 'Definition:', filters: 'Filters:' }
			}
		);
		const zip = await JSZip.loadAsync((await deck.write({ outputType: 'nodebuffer' })) as Buffer);
		for (const n of [2, 3]) {
			const xml = await zip.file(`ppt/slides/slide${n}.xml`)!.async('string');
			expect(count(xml, '29 Oct 2026')).toBe(1);
		}
	});
});
