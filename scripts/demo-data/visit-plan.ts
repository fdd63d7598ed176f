/**
 * The Committee's annual lists of States to visit (para 7). Lists are built
 * from what actually happened: most States visited in a year were on that
 * year's list with consent granted, plus States that were approved but
 * postponed, declined or never answered. The last list lies in the future.
 */
import type { ConfMix } from './conf-levels';
import { pickConfLevel } from './conf-levels';
import { LAST_PLAN_YEAR, LAST_YEAR, yearStart, years } from './calendar';
import type { CsvRow } from './csv-writer';
import { yearOf } from './dates';
import { isVisit, type Assessment } from './model';
import type { Random, Weighted } from './random';
import type { MemberState } from './reference';

const FIRST_PLAN_YEAR = 2010;
const PLAN_CONF: ConfMix = { public: 0.18, un_system: 0.45, restricted: 0.35, empty: 0.02 };

type Consent = 'not_requested' | 'pending' | 'granted' | 'declined' | 'postponed';

interface ListEntry {
	readonly consent: Consent;
	readonly approved: boolean;
}

/** Entries other than the visits that took place, per year at scale 1. */
function unvisitedEntries(rng: Random, year: number): [Consent, boolean, number][] {
	if (year > LAST_YEAR) {
		return [
			['pending', true, rng.int(6, 9)],
			['not_requested', false, rng.int(2, 4)],
			['granted', true, rng.int(2, 5)],
			['postponed', true, rng.int(0, 1)]
		];
	}
	// The current year's list still holds the visits planned after the end of the data.
	const grantedNotVisited = year === LAST_YEAR ? rng.int(2, 4) : rng.int(0, 2);
	return [
		['granted', true, grantedNotVisited],
		['postponed', true, rng.int(0, 2)],
		['declined', true, rng.int(0, 2)],
		['pending', true, rng.int(1, 3)],
		['not_requested', false, rng.int(0, 2)]
	];
}

function listOfYear(
	rng: Random,
	year: number,
	visitedIso3: readonly string[],
	states: readonly MemberState[],
	scale: number
): Map<string, ListEntry> {
	const list = new Map<string, ListEntry>();
	// A few visits happen at short notice, outside the list.
	for (const iso3 of visitedIso3)
		if (rng.chance(0.9)) list.set(iso3, { consent: 'granted', approved: true });
	const candidates: Weighted<MemberState> = states
		.filter((s) => s.admitted <= yearStart(year) && !visitedIso3.includes(s.iso3))
		.map((s) => [s, 1 + s.threat / 2]);
	for (const [consent, approved, count] of unvisitedEntries(rng, year)) {
		for (let i = 0; i < Math.round(count * scale); i++) {
			const open = candidates.filter(([s]) => !list.has(s.iso3));
			if (open.length === 0) return list;
			list.set(rng.weighted(open).iso3, { consent, approved: approved || rng.chance(0.3) });
		}
	}
	return list;
}

export function* visitPlan(
	rng: Random,
	assessments: readonly Assessment[],
	states: readonly MemberState[],
	scale: number
): Generator<CsvRow> {
	const visitedByYear = new Map<number, string[]>();
	for (const a of assessments) {
		if (!isVisit(a)) continue;
		const year = yearOf(a.start);
		const visited = visitedByYear.get(year) ?? [];
		if (!visited.includes(a.iso3)) visited.push(a.iso3);
		visitedByYear.set(year, visited);
	}
	for (const year of years(FIRST_PLAN_YEAR, LAST_PLAN_YEAR)) {
		const list = listOfYear(rng, year, visitedByYear.get(year) ?? [], states, scale);
		for (const iso3 of [...list.keys()].sort()) {
			const entry = list.get(iso3);
			if (!entry) continue;
			yield {
				plan_year: year,
				iso3,
				requested_by_state: rng.chance(0.15),
				consent: entry.consent,
				committee_approved: entry.approved,
				conf_level: pickConfLevel(rng, PLAN_CONF)
			};
		}
	}
}
