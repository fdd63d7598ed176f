/**
 * The global filters of every page (kept in the URL). A null field means "all".
 * The period is inclusive years; each indicator applies it to the date its
 * definition names (INDICATORS.md, common rules).
 */
export interface GlobalFilters {
	readonly yearFrom: number | null;
	readonly yearTo: number | null;
	readonly region: string | null;
	readonly unGroup: string | null;
}

export const NO_FILTERS: GlobalFilters = {
	yearFrom: null,
	yearTo: null,
	region: null,
	unGroup: null
};

/** Parameter names in the URL; shared links depend on them. */
export const FILTER_PARAMS = {
	yearFrom: 'from',
	yearTo: 'to',
	region: 'region',
	unGroup: 'group'
} as const;

function yearParam(value: string | null): number | null {
	if (value === null || !/^\d{4}$/.test(value)) return null;
	return Number(value);
}

export function filtersFromSearchParams(params: URLSearchParams): GlobalFilters {
	const text = (name: string) => {
		const v = params.get(name);
		return v === null || v.trim() === '' ? null : v;
	};
	return {
		yearFrom: yearParam(params.get(FILTER_PARAMS.yearFrom)),
		yearTo: yearParam(params.get(FILTER_PARAMS.yearTo)),
		region: text(FILTER_PARAMS.region),
		unGroup: text(FILTER_PARAMS.unGroup)
	};
}

export function filtersToSearchParams(
	filters: GlobalFilters,
	base?: URLSearchParams
): URLSearchParams {
	const params = new URLSearchParams(base);
	for (const [key, name] of Object.entries(FILTER_PARAMS) as [keyof GlobalFilters, string][]) {
		const value = filters[key];
		if (value === null) params.delete(name);
		else params.set(name, String(value));
	}
	return params;
}

/** True when both hold the same filter values (field by field). */
export function sameFilters(a: GlobalFilters, b: GlobalFilters): boolean {
	return (Object.keys(FILTER_PARAMS) as (keyof GlobalFilters)[]).every((key) => a[key] === b[key]);
}
