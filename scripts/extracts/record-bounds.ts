import type { ColumnDef, TableDef } from '../../src/lib/schema';
import { Invalid, type CellParser } from './parse-cell';
import { quote } from './problems';

/** Resolution 1373 (2001) set up the Committee: no CTED record is older. */
export const RESOLUTION_1373_ADOPTED = '2001-09-28';

/**
 * Dates planned rather than observed: assistance is entered before it starts
 * ("planned or actual" in the schema), so its dates may lie ahead, within
 * this many years of the build.
 */
const PLANNED_YEARS = 5;
const PLANNED_DATES: Readonly<Record<string, readonly string[]>> = {
	technical_assistance: ['start_date', 'end_date']
};

/** The day of the build, which no observed date may be after. */
export interface RecordBounds {
	/** YYYY-MM-DD. */
	readonly buildDay: string;
}

/**
 * The build day on the machine's calendar: a date typed today in the
 * builder's time zone must not be refused as future because UTC has moved on.
 */
export function boundsAt(now: Date): RecordBounds {
	const pad = (n: number): string => String(n).padStart(2, '0');
	return {
		buildDay: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
	};
}

function addYears(day: string, years: number): string {
	return `${String(Number(day.slice(0, 4)) + years).padStart(4, '0')}${day.slice(4)}`;
}

/**
 * The parser of a column with the plausibility bounds of CTED records
 * (fact tables): dates from resolution 1373 to the day of the build (a year
 * 2999 typo would otherwise become the reference date D), planned dates up to
 * PLANNED_YEARS ahead, and a visit plan no later than next year's list.
 */
export function withBounds(
	table: TableDef,
	col: ColumnDef,
	bounds: RecordBounds,
	parse: CellParser
): CellParser {
	if (table.kind !== 'fact') return parse;
	if (col.type === 'date') {
		const planned = PLANNED_DATES[table.name]?.includes(col.name) ?? false;
		const latest = planned ? addYears(bounds.buildDay, PLANNED_YEARS) : bounds.buildDay;
		const after = planned
			? `is more than ${PLANNED_YEARS} years after the day of the build (${bounds.buildDay})`
			: `is after the day of the build (${bounds.buildDay})`;
		return (text) => {
			const value = parse(text);
			if (typeof value !== 'string') return value;
			if (value < RESOLUTION_1373_ADOPTED) {
				return new Invalid(
					`${quote(value)} is before ${RESOLUTION_1373_ADOPTED}, the adoption of resolution 1373 (no CTED record is older)`
				);
			}
			if (value > latest) return new Invalid(`${quote(value)} ${after}`);
			return value;
		};
	}
	if (table.name === 'visit_plan' && col.name === 'plan_year') {
		const nextYear = Number(bounds.buildDay.slice(0, 4)) + 1;
		return (text) => {
			const value = parse(text);
			if (typeof value === 'number' && value > nextYear) {
				return new Invalid(
					`${value} is after next year's list (${nextYear}): the day of the build is ${bounds.buildDay}`
				);
			}
			return value;
		};
	}
	return parse;
}
