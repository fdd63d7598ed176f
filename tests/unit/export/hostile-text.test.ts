import ExcelJS from 'exceljs';
import { JSDOM } from 'jsdom';
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { FORMULA_START, HOSTILE_TEXTS } from '../../../scripts/e2e/hostile-texts';
import type { BriefingSlide } from '../../../src/lib/state/briefing-basket';
import { buildBriefingDeck } from '../../../src/lib/export/briefing-pptx';
import { rowsToCsv } from '../../../src/lib/export/csv';
import { resultCsv, resultXlsx } from '../../../src/lib/export/explore-results';
import { composeFigureSvg, type ChartImage } from '../../../src/lib/export/figure-svg';
import { fillFigureWorkbook } from '../../../src/lib/export/figure-xlsx';

/*
 * Hostile free text (issue 18, part 7) in every export: it arrives as text
 * and stays text. A cell a spreadsheet would run starts with an apostrophe;
 * markup is escaped so the XML of SVG, XLSX and PPTX parses with the hostile
 * text as character data and no element or attribute of its own.
 */

const { window } = new JSDOM('');

/** The text as a spreadsheet must receive it: a formula start behind an apostrophe. */
const inert = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/** Parses XML strictly; a hostile text that closed an element early would break it or add elements. */
function parseXml(xml: string, type: DOMParserSupportedType = 'application/xml'): Document {
	const doc = new window.DOMParser().parseFromString(xml, type);
	const error = doc.getElementsByTagName('parsererror')[0];
	if (error) throw new Error(`not well-formed: ${error.textContent}`);
	return doc;
}

/** Elements and attributes that would make markup live in a viewer. */
function liveMarkup(doc: Document): string[] {
	const found: string[] = [];
	for (const el of Array.from(doc.getElementsByTagName('*'))) {
		const name = el.localName.toLowerCase();
		if (['script', 'img', 'foreignobject', 'iframe', 'b'].includes(name)) found.push(`<${name}>`);
		if (name === 'svg' && el !== doc.documentElement && !el.hasAttribute('viewBox')) {
			found.push('<svg> without viewBox (not the chart)');
		}
		for (const attr of Array.from(el.attributes)) {
			if (/^on/i.test(attr.localName)) found.push(`${name} ${attr.localName}`);
		}
	}
	return found;
}

const rows = HOSTILE_TEXTS.map((text, i) => ({ rec_id: `R${i}`, text }));

describe('hostile free text in exports', () => {
	test('CSV of a figure and of the console: every text back as written, formulas behind an apostrophe', () => {
		for (const csv of [
			rowsToCsv(['rec_id', 'text'], rows, ['RESTRICTED']),
			resultCsv(['rec_id', 'text'], rows, ['RESTRICTED'])
		]) {
			const records = parse(csv, { relax_column_count: true }) as string[][];
			expect(records.slice(2).map((r) => r[1])).toEqual(HOSTILE_TEXTS.map(inert));
			expect(records.flat().filter((cell) => FORMULA_START.test(cell))).toEqual([]);
		}
	});

	test('XLSX of a figure and of the console: text cells only, no formula anywhere', async () => {
		const figure = new ExcelJS.Workbook();
		const title = HOSTILE_TEXTS[3];
		fillFigureWorkbook(
			figure,
			{ columns: ['rec_id', 'text'], rows, labels: {} },
			{
				title,
				definition: HOSTILE_TEXTS[0],
				filters: `Filters: search ${HOSTILE_TEXTS[1]}`,
				marking: 'RESTRICTED',
				tier: 'RESTRICTED',
				source: 'Source: CTED',
				version: { referenceDate: '2026-10-29', shortHash: 'abcdef12', hash: 'ab'.repeat(32) }
			}
		);
		const console = await resultXlsx(['=rec_id', 'text'], rows, ['RESTRICTED']);
		for (const buffer of [
			(await figure.xlsx.writeBuffer()) as ArrayBuffer,
			await console.arrayBuffer()
		]) {
			const zip = await JSZip.loadAsync(buffer);
			for (const name of Object.keys(zip.files).filter((f) => f.endsWith('.xml'))) {
				const xml = await zip.file(name)!.async('string');
				parseXml(xml);
				expect([name, /<f[ >]/.test(xml)]).toEqual([name, false]);
			}
			const back = new ExcelJS.Workbook();
			await back.xlsx.load(buffer);
			const texts: string[] = [];
			back.eachSheet((sheet) =>
				sheet.eachRow((row) =>
					row.eachCell((cell) => {
						expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
						if (typeof cell.value === 'string') texts.push(cell.value);
					})
				)
			);
			expect(texts.filter((t) => FORMULA_START.test(t))).toEqual([]);
			for (const text of HOSTILE_TEXTS) expect(texts).toContain(inert(text));
		}
	});

	test('PPTX: slide text and speaker notes hold the text as characters, no element of its own', async () => {
		const slide: BriefingSlide = {
			key: 'k',
			title: HOSTILE_TEXTS[2],
			definition: HOSTILE_TEXTS[0],
			filters: `Filters: ${HOSTILE_TEXTS[8]}`,
			source: HOSTILE_TEXTS[7],
			marking: 'RESTRICTED',
			tier: 'restricted',
			stamp: HOSTILE_TEXTS[1],
			page: '/',
			addedAt: '2026-11-28T17:00:00Z',
			image:
				'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='
		};
		const deck = buildBriefingDeck(PptxGenJS, [slide], {
			title: HOSTILE_TEXTS[3],
			subtitle: HOSTILE_TEXTS[4],
			dateLine: 'Prepared 28 Nov 2026.',
			sourcesTitle: 'Sources',
			marking: 'RESTRICTED',
			tier: 'restricted',
			notesLabels: { definition: 'Definition:', filters: 'Filters:' }
		});
		const zip = await JSZip.loadAsync((await deck.write({ outputType: 'nodebuffer' })) as Buffer);
		const parts = Object.keys(zip.files).filter((f) =>
			/^ppt\/(slides|notesSlides)\/\w+\.xml$/.test(f)
		);
		let text = '';
		for (const name of parts) {
			const doc = parseXml(await zip.file(name)!.async('string'));
			expect([name, liveMarkup(doc)]).toEqual([name, []]);
			text += Array.from(doc.getElementsByTagName('a:t'))
				.map((t) => t.textContent)
				.join('\n');
		}
		for (const hostile of [0, 1, 2, 3, 4, 7].map((i) => HOSTILE_TEXTS[i])) {
			expect(text).toContain(hostile);
		}
		expect(text).toContain(`Filters: ${HOSTILE_TEXTS[8]}`);
	});

	test('SVG: title, filters, source and legend are character data; only the chart is markup', () => {
		const chart: ChartImage = {
			markup:
				'<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300" viewBox="0 0 600 300"><rect width="10" height="10"/></svg>',
			width: 600,
			height: 300,
			legend: HOSTILE_TEXTS.slice(0, 3).map((label) => ({ colour: '#4e79a7', label }))
		};
		const { svg } = composeFigureSvg(
			chart,
			{ title: HOSTILE_TEXTS[2], subtitle: HOSTILE_TEXTS[7], source: HOSTILE_TEXTS[8] },
			{
				filters: `Filters: search ${HOSTILE_TEXTS[1]}`,
				marking: { tier: 'restricted', demo: true, demoLabel: 'Synthetic demo data' },
				version: { referenceDate: '2026-10-29', shortHash: '1a2b3c4d', hash: '1a'.repeat(32) },
				stamp: 'Extract of 29 Oct 2026.'
			}
		);
		const doc = parseXml(svg, 'image/svg+xml');
		expect(liveMarkup(doc)).toEqual([]);
		expect(doc.getElementsByTagName('title')[0].textContent).toBe(HOSTILE_TEXTS[2]);
		const text = doc.documentElement.textContent ?? '';
		for (const label of HOSTILE_TEXTS.slice(0, 3)) expect(text).toContain(label);
	});
});
