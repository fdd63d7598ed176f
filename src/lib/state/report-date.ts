/**
 * The reference date D of the annual report of `year` (INDICATORS.md: D is
 * the date every figure is computed at). A past year is read at its last
 * day, so the book of 2023 shows what was known on 31 Dec 2023 whenever it
 * is opened; the extract's own year (or a later one) is read at the
 * extract's reference date, the latest day the data covers.
 */
export type ReportDateBasis = 'year_end' | 'extract';

export interface ReportDate {
	readonly date: string;
	readonly basis: ReportDateBasis;
	/** The year is after the extract's: nothing in it is recorded yet. */
	readonly future: boolean;
}

export function reportReferenceDate(year: number, extractDate: string): ReportDate {
	const extractYear = Number(extractDate.slice(0, 4));
	if (year < extractYear) {
		return { date: `${String(year).padStart(4, '0')}-12-31`, basis: 'year_end', future: false };
	}
	return { date: extractDate, basis: 'extract', future: year > extractYear };
}
