import { strToU8, zipSync, type Zippable } from 'fflate';
import { t } from '../i18n';
import type { Tier } from '../schema';
import type { BriefingFigure, BriefingSlide } from '../state/briefing-basket';
import { figureCsv, workbookNotes } from './data-download';
import { exportSlug } from './download';
import { sourceLine, tierName } from './export-context';
import type { FigureData } from './figure-data';
import {
	composeFigureSvg,
	SLIDE_SIZE,
	type ChartImage,
	type ComposeOptions,
	type ExportContext,
	type FigureText
} from './figure-svg';
import { figureXlsxBlob } from './figure-xlsx';

/** One figure of a pack: its number, its text (the title is the caption), the drawn chart and its table. */
export interface PackFigure {
	readonly number: number;
	readonly text: FigureText;
	/** Filters, marking and extract stamp as the figure was exported. */
	readonly ctx: ExportContext;
	/** The chart, or a table drawn as an image, before the title, source and marking go around it. */
	readonly chart: ChartImage;
	/** The drawing laid out for a slide, where the figure has one; else the chart is scaled into the slide. */
	readonly slideChart?: ChartImage;
	readonly table: FigureData;
}

/** The extract every figure of the pack was made from. */
export interface PackPin {
	/** The reference date D, ISO. */
	readonly d: string;
	/** The full SHA-256 of the extract (extractVersion). */
	readonly hash: string;
	readonly tier: Tier;
	/** The marking line, e.g. "RESTRICTED - Synthetic demo data". */
	readonly marking: string;
}

export interface PackOptions extends Pick<ComposeOptions, 'measure' | 'fontCss'> {
	/** SVG text to PNG bytes at `scale` times its CSS size (png.ts in the browser). */
	readonly rasterise: (
		svg: string,
		width: number,
		height: number,
		scale: number
	) => Promise<Uint8Array>;
	/** The date the pack is made, ISO; it goes into README.txt. */
	readonly prepared: string;
}

/** The names of one figure's files in the zip, all under the same stem. */
export function packFileNames(figure: Pick<PackFigure, 'number' | 'text'>) {
	// Long titles would make paths some unzip tools refuse; the number keeps stems unique.
	const stem = `figure-${String(figure.number).padStart(2, '0')}_${exportSlug(figure.text.title).slice(0, 60).replace(/-$/, '')}`;
	return {
		svg: `${stem}.svg`,
		png2x: `${stem}@2x.png`,
		slide: `${stem}_slide.png`,
		csv: `${stem}.csv`,
		xlsx: `${stem}.xlsx`
	};
}

/** README.txt: what the pack holds, the extract it was made from, and each figure's caption, source and files. */
export function packReadme(figures: readonly PackFigure[], pin: PackPin, prepared: string): string {
	const lines = [
		t('pack.readme.title'),
		pin.marking,
		'',
		t('pack.readme.prepared', { date: prepared }),
		t('pack.readme.d', { d: pin.d }),
		t('pack.readme.hash', { hash: pin.hash }),
		t('pack.readme.tier', { tier: tierName(pin.tier) }),
		t('pack.readme.formats'),
		''
	];
	for (const figure of figures) {
		const files = packFileNames(figure);
		lines.push(
			t('pack.readme.figure', { n: figure.number, caption: figure.text.title }),
			`  ${t('pack.readme.source', { source: sourceLine(figure.text.source, figure.ctx) })}`,
			`  ${t('pack.readme.filters', { filters: figure.ctx.filters })}`,
			`  ${t('pack.readme.files', { files: Object.values(files).join(', ') })}`,
			''
		);
	}
	return lines.join('\r\n');
}

/**
 * The figure pack: for each figure an SVG (the chart with its title, filters,
 * source, stamp and marking), the same as PNG at 2x, a 1920x1080 slide PNG,
 * and the rows it shows as CSV and XLSX; and a README.txt naming every
 * figure and the extract (D, hash, tier). Figures are composed here exactly
 * as the figure's own download menu composes them (composeFigureSvg).
 */
export async function buildFigurePack(
	figures: readonly PackFigure[],
	pin: PackPin,
	options: PackOptions
): Promise<Uint8Array> {
	const compose = { measure: options.measure, fontCss: options.fontCss };
	const entries: Zippable = {};
	for (const figure of figures) {
		const names = packFileNames(figure);
		const page = composeFigureSvg(figure.chart, figure.text, figure.ctx, {
			...compose,
			layout: 'figure'
		});
		const slide = composeFigureSvg(figure.slideChart ?? figure.chart, figure.text, figure.ctx, {
			...compose,
			layout: 'slide'
		});
		const xlsx = await figureXlsxBlob(figure.table, workbookNotes(figure.text, figure.ctx));
		entries[names.svg] = strToU8(page.svg);
		// PNG and XLSX are compressed already: stored, not deflated again.
		entries[names.png2x] = [
			await options.rasterise(page.svg, page.width, page.height, 2),
			{ level: 0 }
		];
		entries[names.slide] = [
			await options.rasterise(slide.svg, SLIDE_SIZE.width, SLIDE_SIZE.height, 1),
			{ level: 0 }
		];
		entries[names.csv] = strToU8(figureCsv(figure.table, figure.text, figure.ctx));
		entries[names.xlsx] = [new Uint8Array(await xlsx.arrayBuffer()), { level: 0 }];
	}
	entries['README.txt'] = strToU8(packReadme(figures, pin, options.prepared));
	return zipSync(entries, { level: 6 });
}

/**
 * The rows as the basket stores them (JSON in localStorage): a bigint becomes
 * a number and a date its ISO day, as the CSV and XLSX write them anyway.
 */
export function storableTable(data: FigureData): BriefingFigure['table'] {
	const value = (v: unknown) =>
		typeof v === 'bigint' ? Number(v) : v instanceof Date ? v.toISOString().slice(0, 10) : v;
	return {
		columns: [...data.columns],
		rows: data.rows.map((row) =>
			Object.fromEntries(Object.entries(row).map(([k, v]) => [k, value(v)]))
		),
		...(data.labels ? { labels: { ...data.labels } } : {})
	};
}

/**
 * The basket's slides as pack figures, numbered by their place in the basket
 * (the numbers the basket page shows); a slide stored without its figure
 * (before the pack existed) is left out, and the page says how many were.
 */
export function basketPackFigures(slides: readonly BriefingSlide[]): PackFigure[] {
	return slides.flatMap((s, i) =>
		s.figure
			? [
					{
						number: i + 1,
						text: { title: s.title, subtitle: s.definition, source: s.source },
						ctx: s.figure.context,
						chart: s.figure.chart,
						...(s.figure.slideChart ? { slideChart: s.figure.slideChart } : {}),
						table: s.figure.table
					}
				]
			: []
	);
}
