import { extractVersion } from '../hash/extract-version';
import { NO_FILTERS } from '../queries/filters';
import type { ExtractManifest } from '../schema';
import { exportContext } from './export-context';
import type { PackFigure, PackPin } from './figure-pack';
import type { ChartImage } from './figure-svg';
import { markingLine } from './marking';
import type { BookFigure, ReportBook } from './report-book';

/** The book's figures in reading order (the pack holds the figures; the tables are in the Word document). */
export function bookFigures(book: ReportBook): BookFigure[] {
	return book.chapters
		.flatMap((c) => c.items)
		.filter((item): item is BookFigure => item.kind === 'figure');
}

/**
 * The report's figure pack: each figure of the book with its caption, the
 * extract's source line, its drawn chart and its rows, and the pin (the
 * report's D, the extract hash and tier). `charts` holds each figure's
 * drawing by id; `source` is the figure source line (figureSource). The page's
 * button and `npm run report -- --format zip` both build the pack through here.
 */
export function reportPack(
	book: ReportBook,
	charts: Readonly<Record<string, ChartImage>>,
	manifest: ExtractManifest,
	source: string
): { figures: PackFigure[]; pin: PackPin } {
	const ctx = exportContext({
		manifest,
		tier: manifest.tier,
		filters: NO_FILTERS,
		toggles: [],
		filtersApply: false
	});
	const figures = bookFigures(book).map((figure): PackFigure => {
		const chart = charts[figure.id];
		if (!chart) throw new Error(`Figure ${figure.number} (${figure.title}) has no drawing.`);
		return {
			number: figure.number,
			text: { title: figure.title, subtitle: figure.subtitle, source },
			ctx,
			chart,
			table: figure.data
		};
	});
	return {
		figures,
		pin: {
			d: book.d,
			hash: extractVersion(manifest).hash,
			tier: manifest.tier,
			marking: markingLine(ctx.marking)
		}
	};
}
