import type { Tier } from '../schema';

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

/**
 * The stored basket, keeping only well-formed entries of `tier` (a damaged
 * store must not break pages, and a slide of another tier is never shown).
 */
export function parseBasket(text: string | null, tier: Tier): BriefingSlide[] {
	if (!text) return [];
	try {
		const value: unknown = JSON.parse(text);
		if (!Array.isArray(value)) return [];
		return value.filter(
			(s): s is BriefingSlide =>
				typeof s === 'object' &&
				s !== null &&
				TEXT_FIELDS.every((f) => typeof (s as Record<string, unknown>)[f] === 'string') &&
				(s as BriefingSlide).tier === tier &&
				(s as BriefingSlide).image.startsWith('data:image/png;base64,')
		);
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
