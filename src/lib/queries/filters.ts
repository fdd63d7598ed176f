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
