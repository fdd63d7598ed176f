import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { figureSource } from '../../src/lib/components/figure-source';
import { exportContext } from '../../src/lib/export/export-context';
import { buildFigurePack } from '../../src/lib/export/figure-pack';
import type { ChartImage } from '../../src/lib/export/figure-svg';
import { bookFigures, reportPack } from '../../src/lib/export/report-pack';
import { REPORT_FIGURE_WIDTH, reportBook, type ReportBook } from '../../src/lib/export/report-book';
import { buildReportDocx } from '../../src/lib/export/report-docx';
import {
	REPORT_PNG_SCALE,
	reportDocxContent,
	type ReportFigureImage
} from '../../src/lib/export/report-docx-content';
import { NO_FILTERS } from '../../src/lib/queries/filters';
import { runReportQueries, type ReportRows } from '../../src/lib/queries/report';
import type { ExtractManifest, Tier } from '../../src/lib/schema';
import type { Query } from '../../src/lib/sql/query';
import { reportReferenceDate } from '../../src/lib/state/report-date';
import { NodeQueryRunner } from '../lib/duckdb-node';
import { drawChart, figurePng, rasterise } from './figures';

/**
 * The annual report's book without a browser: the page's queries
 * (queries/report.ts) on native DuckDB over a tier's extracts, worded by the
 * page's own book module and laid out by the page's own DOCX module. Only the
 * drawing differs: Plot renders into jsdom and resvg rasterises it.
 */

export interface BookRun {
	readonly manifest: ExtractManifest;
	readonly rows: ReportRows;
	readonly book: ReportBook;
	/** Every query run, in order: what the page's state runs for the same year. */
	readonly queries: readonly Query<unknown>[];
}

/** Reads `<extracts>/<tier>/manifest.json`, saying what to run when it is missing. */
export function readTierManifest(extractsRoot: string, tier: Tier): ExtractManifest {
	const file = join(extractsRoot, tier, 'manifest.json');
	if (!existsSync(file)) {
		throw new Error(
			`${file} does not exist: build the extracts first (npm run extracts, or npm run demo-data && npm run extracts for the demo).`
		);
	}
	const manifest = JSON.parse(readFileSync(file, 'utf8')) as ExtractManifest;
	if (manifest.tier !== tier) {
		throw new Error(`${file} is the manifest of the ${manifest.tier} tier, not ${tier}.`);
	}
	return manifest;
}

/** Runs the book's queries for `year` on native DuckDB and words the book. */
export async function runBook(extractsRoot: string, tier: Tier, year: number): Promise<BookRun> {
	const manifest = readTierManifest(extractsRoot, tier);
	const d = reportReferenceDate(year, manifest.referenceDate).date;
	const runner = await NodeQueryRunner.fromExtracts(join(extractsRoot, tier));
	try {
		const queries: Query<unknown>[] = [];
		const rows = await runReportQueries(
			async <Row>(q: Query<Row>) => {
				queries.push(q as Query<unknown>);
				return runner.run(q);
			},
			year,
			d
		);
		return { manifest, rows, book: reportBook(rows, year, d), queries };
	} finally {
		runner.connection.closeSync();
	}
}

/** The book as DOCX bytes, its figures drawn at the page's print width and resolution. */
export async function bookDocx(run: BookRun): Promise<Uint8Array> {
	const { manifest, book } = run;
	const extract = { referenceDate: manifest.referenceDate, isDemo: manifest.source === 'demo' };
	const source = figureSource(extract);
	const ctx = exportContext({
		manifest,
		tier: manifest.tier,
		filters: NO_FILTERS,
		toggles: [],
		filtersApply: false
	});
	const images: Record<string, ReportFigureImage> = {};
	for (const item of book.chapters.flatMap((c) => c.items)) {
		if (item.kind !== 'figure') continue;
		images[item.id] = figurePng(
			item.spec(REPORT_FIGURE_WIDTH),
			{ title: item.title, subtitle: item.subtitle, source },
			ctx,
			REPORT_PNG_SCALE
		);
	}
	return buildReportDocx(reportDocxContent(book, images, manifest, source));
}

/** The book's figure pack as zip bytes: the page's pack module, the charts drawn in jsdom and rasterised by resvg. */
export async function bookPack(run: BookRun): Promise<Uint8Array> {
	const { manifest, book } = run;
	const source = figureSource({
		referenceDate: manifest.referenceDate,
		isDemo: manifest.source === 'demo'
	});
	const charts: Record<string, ChartImage> = {};
	for (const figure of bookFigures(book)) {
		charts[figure.id] = drawChart(figure.spec(REPORT_FIGURE_WIDTH), figure.title);
	}
	const pack = reportPack(book, charts, manifest, source);
	return buildFigurePack(pack.figures, pack.pin, {
		prepared: new Date().toISOString().slice(0, 10),
		rasterise: async (svg, _width, _height, scale) => rasterise(svg, scale)
	});
}
