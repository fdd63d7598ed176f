import { formatDate, t } from '../i18n';
import { extractVersion } from '../hash/extract-version';
import { NO_FILTERS } from '../queries/filters';
import { TIER_MARKING, type ExtractManifest } from '../schema';
import { exportContext, sourceLine } from './export-context';
import { markingLine } from './marking';
import type { ReportBook } from './report-book';
import type { ReportDocxContent, ReportDocxItem } from './report-docx';

/** A figure of the book drawn as PNG: bytes at print resolution, and its size in CSS pixels. */
export interface ReportFigureImage {
	readonly png: Uint8Array;
	readonly width: number;
	readonly height: number;
}

/** The print resolution of the book's figures: 3 image pixels per CSS pixel, 288 dpi on paper. */
export const REPORT_PNG_SCALE = 3;

/**
 * The Word document's content: the book's chapters, items and definitions,
 * each figure's image, the extract pin and the marking. `source` is the
 * figure source line of the extract (figureSource). The page's button and
 * `npm run report` both build the document through here.
 */
export function reportDocxContent(
	book: ReportBook,
	images: Readonly<Record<string, ReportFigureImage>>,
	manifest: ExtractManifest,
	source: string
): ReportDocxContent {
	const ctx = exportContext({
		manifest,
		tier: manifest.tier,
		filters: NO_FILTERS,
		toggles: [],
		filtersApply: false
	});
	const version = extractVersion(manifest);
	const marking = markingLine(ctx.marking);
	const fullSource = sourceLine(source, ctx);
	const chapters = book.chapters.map((chapter) => ({
		title: chapter.title,
		items: chapter.items.map((item): ReportDocxItem => {
			if (item.kind === 'table') {
				return {
					kind: 'table',
					number: item.number,
					caption: item.title,
					header: item.header,
					rows: item.rows,
					numeric: item.numeric,
					source: fullSource,
					summary: item.note ? `${item.summary} ${item.note}` : item.summary
				};
			}
			const image = images[item.id];
			if (!image) throw new Error(`Figure ${item.number} (${item.title}) has no image.`);
			return {
				kind: 'figure',
				number: item.number,
				caption: item.title,
				png: image.png,
				width: image.width,
				height: image.height,
				source: fullSource,
				summary: item.summary
			};
		})
	}));
	return {
		title: t('report.title', { year: book.year }),
		year: book.year,
		pin: {
			d: book.d,
			hash: version.hash,
			tier: manifest.tier,
			text: t('report.pin', {
				d: formatDate(book.d),
				hash: version.shortHash,
				extractDate: formatDate(manifest.referenceDate),
				marking: TIER_MARKING[manifest.tier]
			})
		},
		marking,
		chapters,
		definitions: { title: t('report.docx.annex'), entries: book.definitions },
		labels: {
			figure: t('report.docx.figure'),
			table: t('report.docx.table'),
			page: t('report.docx.page'),
			of: t('report.docx.of')
		}
	};
}
