/**
 * Dates as whole days since 1970-01-01 (UTC). Integer arithmetic keeps the
 * generator independent of the machine's time zone and fast on millions of rows.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export function day(iso: string): Day {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) throw new Error(`Not an ISO date: "${iso}"`);
	return dayOf(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function dayOf(year: number, month: number, dayOfMonth: number): Day {
	return Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY;
}

/** Year, month and day of a day number (H. Hinnant's civil_from_days). */
export function civil(d: Day): { year: number; month: number; day: number } {
	const z = d + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor(
		(doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
	);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const dayOfMonth = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const month = mp < 10 ? mp + 3 : mp - 9;
	return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfMonth };
}

export function yearOf(d: Day): number {
	return civil(d).year;
}

// The dataset spans a few thousand distinct days but millions of cells.
const isoCache = new Map<Day, string>();

export function isoDate(d: Day): string {
	let text = isoCache.get(d);
	if (text === undefined) {
		const { year, month, day: dd } = civil(d);
		text = `${year}-${String(month).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
		isoCache.set(d, text);
	}
	return text;
}

export function isoOrNull(d: Day | null): string | null {
	return d === null ? null : isoDate(d);
}

/** Average month length: durations in months are estimates, so calendar precision is not needed. */
export const DAYS_PER_MONTH = 30.44;

export function addMonths(d: Day, months: number): Day {
	return d + Math.round(months * DAYS_PER_MONTH);
}

export function monthsBetween(from: Day, to: Day): number {
	return (to - from) / DAYS_PER_MONTH;
}

export function clampDay(d: Day, min: Day, max: Day): Day {
	return Math.min(max, Math.max(min, d));
}
