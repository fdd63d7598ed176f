import {
	LINKED_FLAGS,
	NO_SELECTION,
	type LinkedFlag,
	type LinkedSelection
} from '../queries/explore-linked';

/**
 * What /explore keeps in its URL: the tab, the console's query (a permalink)
 * and the linked views' selections. Names are distinct from the global
 * filters' (from, to, region, group), which do not apply here.
 */
export const EXPLORE_PARAMS = {
	view: 'view',
	sql: 'sql',
	years: 'years',
	region: 'sel_region',
	area: 'sel_area',
	status: 'sel_status',
	flag: 'sel_flag'
} as const;

export type ExploreTab = 'console' | 'linked';

export function tabFromSearchParams(params: URLSearchParams): ExploreTab {
	return params.get(EXPLORE_PARAMS.view) === 'linked' ? 'linked' : 'console';
}

export function selectionFromSearchParams(params: URLSearchParams): LinkedSelection {
	const text = (name: string) => {
		const v = params.get(name)?.trim();
		return v ? v : null;
	};
	const years = /^(\d{4})-(\d{4})$/.exec(params.get(EXPLORE_PARAMS.years) ?? '');
	const from = years ? Number(years[1]) : null;
	const to = years ? Number(years[2]) : null;
	const flag = text(EXPLORE_PARAMS.flag);
	return {
		years:
			from !== null && to !== null ? { from: Math.min(from, to), to: Math.max(from, to) } : null,
		region: text(EXPLORE_PARAMS.region),
		area: text(EXPLORE_PARAMS.area),
		status: text(EXPLORE_PARAMS.status),
		flag: LINKED_FLAGS.includes(flag as LinkedFlag) ? (flag as LinkedFlag) : null
	};
}

/** `base` with the selection written in (and cleared selections removed). */
export function selectionToSearchParams(
	selection: LinkedSelection,
	base?: URLSearchParams
): URLSearchParams {
	const params = new URLSearchParams(base);
	const set = (name: string, value: string | null) =>
		value === null ? params.delete(name) : params.set(name, value);
	set(
		EXPLORE_PARAMS.years,
		selection.years ? `${selection.years.from}-${selection.years.to}` : null
	);
	set(EXPLORE_PARAMS.region, selection.region);
	set(EXPLORE_PARAMS.area, selection.area);
	set(EXPLORE_PARAMS.status, selection.status);
	set(EXPLORE_PARAMS.flag, selection.flag);
	return params;
}

/** `pathname?query` with one parameter set (or removed when null), the others kept. */
export function hrefWith(url: URL, name: string, value: string | null): string {
	const params = new URLSearchParams(url.searchParams);
	if (value === null) params.delete(name);
	else params.set(name, value);
	const qs = params.toString();
	return `${url.pathname}${qs ? `?${qs}` : ''}`;
}

/** `pathname?query` with the selection written in. */
export function hrefWithSelection(url: URL, selection: LinkedSelection): string {
	const qs = selectionToSearchParams(selection, url.searchParams).toString();
	return `${url.pathname}${qs ? `?${qs}` : ''}`;
}

export { NO_SELECTION };
