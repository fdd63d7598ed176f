/** The gaps page's URL parameters, parsed and written without Svelte (shared links depend on them). */
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
