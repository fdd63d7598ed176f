import {
	AlignmentType,
	Document,
	Footer,
	Header,
	HeadingLevel,
	ImageRun,
	Packer,
	PageNumber,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType
} from 'docx';
import type { Tier } from '../schema';

/**
 * The annual report's book as an editable Word document. The content comes
 * already computed and worded (the page's own numbers, captions and
 * summaries); this module only lays it out, in Word's built-in style names
 * (Heading 1/2, Caption, Table Grid) so the text drops into a UN template.
 */

export interface ReportDocxFigure {
	readonly kind: 'figure';
	readonly number: number;
	readonly caption: string;
	/** PNG bytes at print resolution; width and height are its CSS size, which sets its aspect. */
	readonly png: Uint8Array;
	readonly width: number;
	readonly height: number;
	readonly source: string;
	readonly summary: string | null;
}

export interface ReportDocxTable {
	readonly kind: 'table';
	readonly number: number;
	readonly caption: string;
	readonly header: readonly string[];
	/** Cells as displayed on the page (formatted numbers). */
	readonly rows: readonly (readonly string[])[];
	/** Per column: right-aligned, as numbers are. */
	readonly numeric: readonly boolean[];
	readonly source: string;
	readonly summary: string | null;
}

export type ReportDocxItem = ReportDocxFigure | ReportDocxTable;

export interface ReportDocxContent {
	readonly title: string;
	readonly year: number;
	/** The extract the book is pinned to; `text` is the page's sentence stating it. */
	readonly pin: {
		readonly d: string;
		readonly hash: string;
		readonly tier: Tier;
		readonly text: string;
	};
	/** The tier marking line, printed in every page's header and footer. */
	readonly marking: string;
	readonly chapters: readonly {
		readonly title: string;
		readonly items: readonly ReportDocxItem[];
	}[];
	/** The annex of definitions; left out when empty. */
	readonly definitions?: {
		readonly title: string;
		readonly entries: readonly { readonly term: string; readonly text: string }[];
	};
	/** Words of the page's language: "Figure", "Table", "Page", "of". */
	readonly labels: {
		readonly figure: string;
		readonly table: string;
		readonly page: string;
		readonly of: string;
	};
}

/** A4 in twentieths of a point, with 2 cm margins. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134;
/** The text width in CSS pixels (96 per inch), the unit of ImageRun. */
const TEXT_WIDTH_PX = Math.floor(((A4.width - 2 * MARGIN) / 1440) * 96);

const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
	.map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`)
	.join('');

/**
 * Word's "Table Grid" and "caption" as Word defines them, and the source
 * line's style. docx writes Title and the headings itself but no table or
 * caption style, and takes further styles only as styles.xml text.
 */
const EXTRA_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:uiPriority w:val="59"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>${BORDERS}</w:tblBorders><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="35"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="100"/></w:pPr><w:rPr><w:b/><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Source"><w:name w:val="Source"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:spacing w:before="60" w:after="120"/></w:pPr><w:rPr><w:i/><w:sz w:val="16"/></w:rPr></w:style>
</w:styles>`;

function markingParagraph(marking: string, pageLabel?: { page: string; of: string }): Paragraph {
	const children = [new TextRun({ text: marking, bold: true })];
	if (pageLabel) {
		children.push(
			new TextRun({ text: `\t${pageLabel.page} ` }),
			new TextRun({ children: [PageNumber.CURRENT] }),
			new TextRun({ text: ` ${pageLabel.of} ` }),
			new TextRun({ children: [PageNumber.TOTAL_PAGES] })
		);
	}
	return new Paragraph({
		children,
		alignment: pageLabel ? AlignmentType.LEFT : AlignmentType.CENTER,
		tabStops: pageLabel ? [{ type: 'right', position: A4.width - 2 * MARGIN }] : undefined
	});
}

function caption(label: string, item: ReportDocxItem): Paragraph {
	return new Paragraph({
		style: 'Caption',
		keepNext: true,
		children: [new TextRun(`${label} ${item.number}. ${item.caption}`)]
	});
}

function after(item: ReportDocxItem): Paragraph[] {
	const out = [new Paragraph({ style: 'Source', children: [new TextRun(item.source)] })];
	if (item.summary) out.push(new Paragraph({ children: [new TextRun(item.summary)] }));
	return out;
}

function figure(f: ReportDocxFigure, label: string): (Paragraph | Table)[] {
	const scale = Math.min(1, TEXT_WIDTH_PX / f.width);
	return [
		caption(label, f),
		new Paragraph({
			keepNext: true,
			children: [
				new ImageRun({
					type: 'png',
					data: f.png,
					transformation: {
						width: Math.round(f.width * scale),
						height: Math.round(f.height * scale)
					},
					altText: { name: `${label} ${f.number}`, title: f.caption, description: f.caption }
				})
			]
		}),
		...after(f)
	];
}

/**
 * Column widths in twentieths of a point, over the text width: a number
 * column as wide as its longest cell (a number must not break inside), a
 * text column as its longest text up to a cap (it wraps at spaces), a
 * header only by its longest word (headers wrap).
 */
function columnWidths(t: ReportDocxTable): number[] {
	const weights = t.header.map((head, column) => {
		const cells = t.rows.map((row) => (row[column] ?? '').length);
		const word = Math.max(...head.split(/\s+/).map((w) => w.length));
		// Bold header letters are wider than the cells' regular ones.
		const longest = Math.max(word * 1.3, ...cells);
		return (t.numeric[column] ? longest : Math.min(longest, 24)) + 3;
	});
	const total = weights.reduce((a, b) => a + b, 0);
	return weights.map((w) => Math.floor((w / total) * (A4.width - 2 * MARGIN)));
}

function table(t: ReportDocxTable, label: string): (Paragraph | Table)[] {
	const widths = columnWidths(t);
	const cell = (text: string, column: number, header: boolean) =>
		new TableCell({
			width: { size: widths[column], type: WidthType.DXA },
			children: [
				new Paragraph({
					alignment: t.numeric[column] ? AlignmentType.RIGHT : AlignmentType.LEFT,
					children: [new TextRun({ text, bold: header })]
				})
			]
		});
	return [
		caption(label, t),
		new Table({
			style: 'TableGrid',
			width: { size: 100, type: WidthType.PERCENTAGE },
			columnWidths: widths,
			rows: [
				new TableRow({
					tableHeader: true,
					cantSplit: true,
					children: t.header.map((h, i) => cell(h, i, true))
				}),
				...t.rows.map(
					(row) =>
						new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, i, false)) })
				)
			]
		}),
		...after(t)
	];
}

/** The book as DOCX bytes. */
export async function buildReportDocx(content: ReportDocxContent): Promise<Uint8Array> {
	const { labels } = content;
	const body: (Paragraph | Table)[] = [
		new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(content.title)] }),
		new Paragraph({ children: [new TextRun(content.pin.text)] })
	];
	content.chapters.forEach((chapter, i) => {
		body.push(
			new Paragraph({
				heading: HeadingLevel.HEADING_1,
				pageBreakBefore: i > 0,
				children: [new TextRun(`${i + 1}. ${chapter.title}`)]
			})
		);
		for (const item of chapter.items) {
			body.push(
				...(item.kind === 'figure' ? figure(item, labels.figure) : table(item, labels.table))
			);
		}
	});
	const definitions = content.definitions;
	if (definitions && definitions.entries.length > 0) {
		body.push(
			new Paragraph({
				heading: HeadingLevel.HEADING_1,
				pageBreakBefore: true,
				children: [new TextRun(definitions.title)]
			})
		);
		for (const entry of definitions.entries) {
			body.push(
				new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(entry.term)] }),
				new Paragraph({ children: [new TextRun(entry.text)] })
			);
		}
	}

	const doc = new Document({
		title: content.title,
		subject: String(content.year),
		description: `D ${content.pin.d}, ${content.pin.hash}, ${content.pin.tier}`,
		externalStyles: EXTRA_STYLES,
		styles: {
			default: {
				document: { run: { font: 'Times New Roman', size: 20 } },
				title: { run: { font: 'Times New Roman', size: 32, bold: true, color: '000000' } },
				heading1: {
					run: { font: 'Times New Roman', size: 28, bold: true, color: '000000' },
					paragraph: { spacing: { before: 240, after: 120 }, keepNext: true }
				},
				heading2: {
					run: { font: 'Times New Roman', size: 22, bold: true, color: '000000' },
					paragraph: { spacing: { before: 120, after: 60 }, keepNext: true }
				}
			}
		},
		sections: [
			{
				properties: {
					page: {
						size: A4,
						margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN }
					}
				},
				headers: { default: new Header({ children: [markingParagraph(content.marking)] }) },
				footers: {
					default: new Footer({ children: [markingParagraph(content.marking, labels)] })
				},
				children: body
			}
		]
	});
	return Packer.pack(doc, 'uint8array');
}
