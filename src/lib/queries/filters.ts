import type { PRIORITY, RESOLUTION } from '../schema/enums';

export type PriorityCode = (typeof PRIORITY.codes)[number];
export type ResolutionCode = (typeof RESOLUTION.codes)[number];

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
	/** Thematic area codes, any of which a record may have; never an empty list. */
	readonly areas: readonly string[] | null;
	readonly priority: PriorityCode | null;
	readonly resolution: ResolutionCode | null;
}

/**
 * The record dimensions a global filter may select on besides place and
 * period. A query applies one only where its table has that column
 * (INDICATORS.md, common rules); the filter bar says where it is not applied.
 */
export type RecordDimension = 'area' | 'priority' | 'resolution';

export const NO_FILTERS: GlobalFilters = {
	yearFrom: null,
	yearTo: null,
	region: null,
	subRegion: null,
	unGroup: null,
	areas: null,
	priority: null,
	resolution: null
};

/** Every record dimension, for a figure whose table has all three (recommendations). */
export const RECORD_DIMENSIONS: readonly RecordDimension[] = ['area', 'priority', 'resolution'];

/** What a selection is about, for its sentence: recommendations (all three dimensions), or any record. */
export type FilterSubject = 'recommendations' | 'records';
