/**
 * The global filters of every page (kept in the URL). A null field means "all".
 * The period is inclusive years; each indicator applies it to the date its
 * definition names (INDICATORS.md, common rules).
 */
export interface GlobalFilters {
	readonly yearFrom: number | null;
	readonly yearTo: number | null;
	readonly region: string | null;
	/**
	 * An M49 sub-region or intermediate region: a State matches when either of
	 * its two equals it, so "Western Africa" and "Sub-Saharan Africa" both
	 * select Nigeria.
	 */
	readonly subRegion: string | null;
	readonly unGroup: string | null;
}

export const NO_FILTERS: GlobalFilters = {
	yearFrom: null,
	yearTo: null,
	region: null,
	subRegion: null,
	unGroup: null
};
