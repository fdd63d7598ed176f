import type { ExtractVersion } from '../hash/extract-version';
import type { Tier } from '../schema';

/** A drawn chart before the title, source and marking go around it (export's ChartImage). */
export interface BriefingChart {
	readonly markup: string;
	readonly width: number;
	readonly height: number;
	readonly box?: {
		readonly x: number;
		readonly y: number;
		readonly width: number;
		readonly height: number;
	};
	readonly legend: readonly { readonly colour: string; readonly label: string }[];
}

/**
 * What the figure pack needs of a basket entry besides its slide image: the
 * chart as drawn (before title, source and marking go around it), the rows it
 * shows, and the export context it was added under. The same shapes as the
 * export layer's ChartImage, FigureData and ExportContext, which state may not import.
 */
export interface BriefingFigure {
	readonly chart: BriefingChart;
	/** A drawing of its own for slides, where the figure has one (drawn on demand). */
	readonly slideChart?: BriefingChart;
	readonly table: {
		readonly columns: readonly string[];
		readonly rows: readonly object[];
		readonly labels?: Readonly<Record<string, string>>;
	};
	readonly context: {
		readonly filters: string;
		readonly marking: { readonly tier: Tier; readonly demo: boolean; readonly demoLabel: string };
		readonly version: ExtractVersion | null;
		readonly stamp: string;
	};
}

/** One chart in the briefing basket: everything needed to rebuild its slide on any page. */
export interface BriefingSlide {
	/** Figure id, title and filters: the same chart under the same filters is added once. */
	readonly key: string;
	readonly title: string;
	/** The one-line definition; it goes into the speaker notes. */
	readonly definition: string;
	readonly filters: string;
	readonly source: string;
	/** The marking line, e.g. "RESTRICTED - Synthetic demo data". */
	readonly marking: string;
	readonly tier: Tier;
	/** What follows the source on the slide (sourceStamp): "Version 1a2b3c4d. ..." after a source naming the extract's date, else "Extract of 29 Oct 2026, version 1a2b3c4d. ..." */
	readonly stamp: string;
	/** Path and query of the view it came from, to go back to it. */
	readonly page: string;
	/** ISO timestamp. */
	readonly addedAt: string;
	/** PNG data URL of the slide image (SLIDE_BODY_SIZE). */
	readonly image: string;
	/** Absent on slides stored before the figure pack existed. */
	readonly figure?: BriefingFigure;
}

/**
 * localStorage key, before its tier and extract (extractStorageKey); the
 * suffix changes if the stored shape ever does.
 */
export const BASKET_KEY = 'ctc-cted-briefing-v1';

const TEXT_FIELDS = [
	'key',
	'title',
	'definition',
	'filters',
	'source',
	'marking',
	'tier',
	'stamp',
	'page',
	'addedAt',
	'image'
] as const;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isSize = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v > 0;

/** True for a stored figure of the right shape and of `tier`; anything else is dropped from its slide. */
function isFigure(v: unknown, tier: Tier): v is BriefingFigure {
	if (!isRecord(v) || !isRecord(v.chart) || !isRecord(v.table) || !isRecord(v.context))
		return false;
	const { chart, table, context } = v;
	return (
		typeof chart.markup === 'string' &&
		chart.markup.startsWith('<svg') &&
		isSize(chart.width) &&
		isSize(chart.height) &&
		Array.isArray(chart.legend) &&
		Array.isArray(table.columns) &&
		table.columns.every((c) => typeof c === 'string') &&
		Array.isArray(table.rows) &&
		table.rows.every(isRecord) &&
		typeof context.filters === 'string' &&
		typeof context.stamp === 'string' &&
		isRecord(context.marking) &&
		context.marking.tier === tier
	);
}

/**
 * The stored basket, keeping only well-formed entries of `tier` (a damaged
 * store must not break pages, and a slide of another tier is never shown).
 */
export function parseBasket(text: string | null, tier: Tier): BriefingSlide[] {
	if (!text) return [];
	try {
		const value: unknown = JSON.parse(text);
		if (!Array.isArray(value)) return [];
		return value
			.filter(
				(s): s is BriefingSlide =>
					isRecord(s) &&
					TEXT_FIELDS.every((f) => typeof s[f] === 'string') &&
					s.tier === tier &&
					(s.image as string).startsWith('data:image/png;base64,')
			)
			.map(({ figure, ...slide }) => (isFigure(figure, tier) ? { ...slide, figure } : slide));
	} catch {
		return [];
	}
}

/** The basket with `slide` appended, unless the same chart is in it already. */
export function withSlide(list: readonly BriefingSlide[], slide: BriefingSlide): BriefingSlide[] {
	return list.some((s) => s.key === slide.key) ? [...list] : [...list, slide];
}

/** The basket with the slide at `index` moved by `delta` places (clamped to the ends). */
export function movedSlide(
	list: readonly BriefingSlide[],
	index: number,
	delta: number
): BriefingSlide[] {
	const next = [...list];
	const to = Math.min(Math.max(index + delta, 0), list.length - 1);
	if (index < 0 || index >= list.length || to === index) return next;
	const [slide] = next.splice(index, 1);
	next.splice(to, 0, slide);
	return next;
}

export function withoutSlide(list: readonly BriefingSlide[], key: string): BriefingSlide[] {
	return list.filter((s) => s.key !== key);
}

/** Storage used by a stored text, in bytes: browsers count localStorage in UTF-16 code units. */
export function storedBytes(text: string): number {
	return text.length * 2;
}

/** "1.4 MB" */
export function formatBytes(bytes: number): string {
	return bytes < 1024 * 1024
		? `${Math.max(1, Math.round(bytes / 1024))} kB`
		: `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** True for the errors browsers throw when localStorage is full. */
export function isQuotaError(error: unknown): boolean {
	return (
		error instanceof DOMException &&
		(error.name === 'QuotaExceededError' ||
			error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
			error.code === 22)
	);
}
