import { goto } from '$app/navigation';
import { page } from '$app/state';
import type { ResolvedPathname } from '$app/types';
import type { GapFilters, GapRows } from '$lib/queries/gaps';

/** Which gap measure colours the heatmap and the map: G1 mean score or G2 gap share. */
export type GapMeasure = 'g1' | 'g2';

/** The gaps page's own choices, beside the global filters; all live in the URL. */
export interface GapView {
	readonly gap: GapFilters;
	readonly rows: GapRows;
	readonly measure: GapMeasure;
	/** Show the heatmap or map as a table instead of a picture. */
	readonly mapTable: boolean;
}

/** URL parameter names; shared links depend on them. */
export const GAP_PARAMS = {
	resolution: 'res',
	areaCode: 'area',
	edition: 'edition',
	rows: 'rows',
	measure: 'colour',
	mapTable: 'maptable'
} as const;

const ROWS: readonly GapRows[] = ['region', 'un_group', 'state'];

export function gapViewFromSearchParams(params: URLSearchParams): GapView {
	const text = (name: string) => {
		const v = params.get(name);
		return v === null || v.trim() === '' ? null : v;
	};
	const rows = text(GAP_PARAMS.rows);
	return {
		gap: {
			resolution: text(GAP_PARAMS.resolution),
			areaCode: text(GAP_PARAMS.areaCode),
			edition: text(GAP_PARAMS.edition)
		},
		rows: ROWS.find((r) => r === rows) ?? 'region',
		measure: text(GAP_PARAMS.measure) === 'g2' ? 'g2' : 'g1',
		mapTable: text(GAP_PARAMS.mapTable) === '1'
	};
}

/** The URL parameters of a view; defaults are left out so plain links stay plain. */
export function gapViewToSearchParams(
	view: GapView,
	base: URLSearchParams = new URLSearchParams()
): URLSearchParams {
	const out = new URLSearchParams(base);
	const set = (name: string, value: string | null) =>
		value === null ? out.delete(name) : out.set(name, value);
	set(GAP_PARAMS.resolution, view.gap.resolution);
	set(GAP_PARAMS.areaCode, view.gap.areaCode);
	set(GAP_PARAMS.edition, view.gap.edition);
	set(GAP_PARAMS.rows, view.rows === 'region' ? null : view.rows);
	set(GAP_PARAMS.measure, view.measure === 'g1' ? null : view.measure);
	set(GAP_PARAMS.mapTable, view.mapTable ? '1' : null);
	return out;
}

/** The gaps page's view in the URL; empty until `activate()` (prerendered HTML has no query string). */
export class GapViewState {
	#active = $state(false);

	readonly current: GapView = $derived(
		gapViewFromSearchParams(this.#active ? page.url.searchParams : new URLSearchParams())
	);

	activate(): void {
		this.#active = true;
	}

	/** Changes the view and, optionally, global filters (`region`, `group`) in one navigation. */
	async apply(patch: Partial<GapView>, globals: Record<string, string | null> = {}): Promise<void> {
		const params = gapViewToSearchParams({ ...this.current, ...patch }, page.url.searchParams);
		for (const [name, value] of Object.entries(globals)) {
			if (value === null) params.delete(name);
			else params.set(name, value);
		}
		const qs = params.toString();
		const target = `${page.url.pathname}${qs ? `?${qs}` : ''}` as ResolvedPathname;
		await goto(target, { keepFocus: true, noScroll: true });
	}
}
