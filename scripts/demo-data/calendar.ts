/**
 * Fixed dates and time trends of the synthetic history. The data ends on a
 * fixed day so that the extract's reference date D is reproducible.
 */
import { day, dayOf, type Day } from './dates';

export const FIRST_YEAR = 2006;
/** Latest observation date of the dataset; it becomes the reference date D. */
export const DATA_END: Day = day('2026-10-31');
export const LAST_YEAR = 2026;
/** The Committee's annual list is drawn up ahead, so it runs one year past the data. */
export const LAST_PLAN_YEAR = 2027;

export const RES_2178_ADOPTED: Day = day('2014-09-24');
/** Resolution 2395 asks for gender and child-rights work in assessments (paras 28-29). */
export const RES_2395_ADOPTED: Day = day('2017-12-21');
export const UNOCT_ESTABLISHED: Day = day('2017-06-15');
export const RESEARCH_NETWORK_LAUNCHED: Day = day('2015-04-01');
export const PANDEMIC_START: Day = day('2020-03-15');
const PANDEMIC_END: Day = day('2021-12-31');
/** By then the post-2395 practices are taken as fully established. */
const RAMP_END: Day = day('2024-01-01');

/**
 * Share of a practice at a date: `before` until resolution 2395, then rising
 * linearly to `established` in 2024, as the new methodology took hold.
 */
export function post2395Share(d: Day, before: number, established: number): number {
	if (d <= RES_2395_ADOPTED) return before;
	if (d >= RAMP_END) return established;
	const progress = (d - RES_2395_ADOPTED) / (RAMP_END - RES_2395_ADOPTED);
	return before + (established - before) * progress;
}

export function isPandemic(d: Day): boolean {
	return d >= PANDEMIC_START && d <= PANDEMIC_END;
}

export function yearStart(year: number): Day {
	return dayOf(year, 1, 1);
}

export function yearEnd(year: number): Day {
	return dayOf(year, 12, 31);
}

export function years(from: number, to: number): number[] {
	return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
