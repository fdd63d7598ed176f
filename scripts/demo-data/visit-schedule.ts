/**
 * Which State is assessed when, and how. The yearly pace and the share of
 * first visits are tuned to CTED's public cumulative figures (INDICATORS.md):
 * 133 visits to 93 States by September 2017, 181 to 117 by November 2021 and
 * 205 to 119 by September 2024, so that about 70 States are never visited.
 */
import type { AssessmentType } from '../../src/lib/schema';
import { DATA_END, FIRST_YEAR, LAST_YEAR, yearEnd, yearStart, years } from './calendar';
import { dayOf, type Day } from './dates';
import type { Random, Weighted } from './random';
import type { MemberState } from './reference';

/** Visits (any type but desk_review) per year at scale 1; 2020 is the pandemic trough. */
// prettier-ignore
const VISITS_PER_YEAR: Readonly<Record<number, number>> = {
	2006: 9, 2007: 11, 2008: 11, 2009: 12, 2010: 12, 2011: 11, 2012: 12, 2013: 11, 2014: 12,
	2015: 12, 2016: 11, 2017: 12, 2018: 13, 2019: 14, 2020: 5, 2021: 10, 2022: 8, 2023: 8,
	2024: 8, 2025: 9, 2026: 8
};

const DESK_REVIEWS_PER_YEAR = 7;

/** Share of visits that go to a State never visited before; it falls as coverage grows. */
function firstVisitShare(year: number): number {
	if (year <= 2012) return 0.8;
	if (year <= 2017) return 0.55;
	if (year <= 2021) return 0.5;
	if (year <= 2024) return 0.1;
	return 0.2;
}

/** A follow-up needs a report to follow up, so the parent must be at least this old. */
const MIN_FOLLOW_UP_GAP_DAYS = 365;
/** Visits last up to three weeks (virtual ones), and must end by DATA_END. */
const LATEST_VISIT_START: Day = DATA_END - 25;

export interface Placement {
	readonly iso3: string;
	readonly type: AssessmentType;
	readonly start: Day;
	readonly parent: Placement | null;
	/** Members of one regional visit share this object (and their dates). */
	readonly regionalGroup: object | null;
}

/** Month weights: few visits in August and over the year-end holidays. */
const MONTH_WEIGHTS = [0.6, 1, 1, 1, 1, 1, 0.9, 0.3, 1, 1, 1, 0.5];

function randomDayInYear(rng: Random, year: number, latest: Day): Day {
	const month = rng.weighted(MONTH_WEIGHTS.map((w, i) => [i, w] as const));
	// Day 0 of the next month is the last day of this one.
	const candidate = rng.int(dayOf(year, month + 1, 1), dayOf(year, month + 2, 0));
	return candidate <= latest ? candidate : rng.int(yearStart(year), latest);
}

class ScheduleState {
	readonly placements: Placement[] = [];
	/** Visits per State, oldest first. */
	readonly visits = new Map<string, Placement[]>();

	add(placement: Placement): void {
		this.placements.push(placement);
		if (placement.type === 'desk_review') return;
		const list = this.visits.get(placement.iso3) ?? [];
		list.push(placement);
		this.visits.set(placement.iso3, list);
	}

	lastVisit(iso3: string, before: Day): Placement | null {
		const list = this.visits.get(iso3) ?? [];
		for (let i = list.length - 1; i >= 0; i--) if (list[i].start <= before) return list[i];
		return null;
	}
}

/** High-threat States were visited first and revisited more often. */
const threatWeight = (state: MemberState) => 1 + state.threat * 0.5;

function firstVisits(
	rng: Random,
	start: Day,
	slotsLeft: number,
	unvisited: readonly MemberState[],
	eligible: readonly MemberState[],
	schedule: ScheduleState
): Placement[] {
	const lead = rng.weighted(unvisited.map((s) => [s, threatWeight(s)] as const));
	if (slotsLeft >= 2 && rng.chance(0.1)) {
		const neighbours = eligible.filter((s) => s.subRegion === lead.subRegion && s !== lead);
		const preferred = neighbours.filter((s) => !schedule.visits.has(s.iso3));
		const pool = preferred.length > 0 ? preferred : neighbours;
		const others = rng.sample(pool, Math.min(rng.int(1, 3), slotsLeft - 1));
		if (others.length > 0) {
			const regionalGroup = {};
			return [lead, ...others].map((s): Placement => ({
				iso3: s.iso3,
				type: 'regional',
				start,
				parent: null,
				regionalGroup
			}));
		}
	}
	const type = rng.chance(0.85) ? 'comprehensive' : 'focused';
	return [{ iso3: lead.iso3, type, start, parent: null, regionalGroup: null }];
}

function repeatVisit(
	rng: Random,
	start: Day,
	visited: readonly MemberState[],
	schedule: ScheduleState
): Placement {
	const weights: Weighted<MemberState> = visited.map((s) => {
		const last = schedule.lastVisit(s.iso3, start);
		const yearsSince = last === null ? 10 : (start - last.start) / 365.25;
		return [s, Math.min(10, Math.max(0.05, yearsSince)) * threatWeight(s)];
	});
	const state = rng.weighted(weights);
	const parent = schedule.lastVisit(state.iso3, start - MIN_FOLLOW_UP_GAP_DAYS);
	const type: AssessmentType = rng.weighted([
		['follow_up', parent ? 0.55 : 0],
		['focused', 0.3],
		['comprehensive', 0.15]
	]);
	return {
		iso3: state.iso3,
		type,
		start,
		parent: type === 'follow_up' ? parent : null,
		regionalGroup: null
	};
}

function scheduleVisitsOfYear(
	rng: Random,
	year: number,
	scale: number,
	schedule: ScheduleState,
	states: readonly MemberState[]
): void {
	const count = Math.round((VISITS_PER_YEAR[year] ?? 0) * scale);
	const latest = Math.min(yearEnd(year), LATEST_VISIT_START);
	const starts = Array.from({ length: count }, () => randomDayInYear(rng, year, latest)).sort(
		(x, y) => x - y
	);
	for (let slot = 0; slot < count;) {
		const start = starts[slot];
		const eligible = states.filter((s) => s.admitted <= start);
		const unvisited = eligible.filter((s) => !schedule.visits.has(s.iso3));
		const visited = eligible.filter((s) => schedule.visits.has(s.iso3));
		const first =
			visited.length === 0 || (unvisited.length > 0 && rng.chance(firstVisitShare(year)));
		const placed = first
			? firstVisits(rng, start, count - slot, unvisited, eligible, schedule)
			: [repeatVisit(rng, start, visited, schedule)];
		for (const placement of placed) schedule.add(placement);
		slot += placed.length;
	}
}

function scheduleDeskReviewsOfYear(
	rng: Random,
	year: number,
	scale: number,
	schedule: ScheduleState,
	states: readonly MemberState[]
): void {
	const count = Math.round(DESK_REVIEWS_PER_YEAR * scale);
	const latest = Math.min(yearEnd(year), DATA_END);
	for (let i = 0; i < count; i++) {
		const start = randomDayInYear(rng, year, latest);
		const state = rng.pick(states.filter((s) => s.admitted <= start));
		schedule.add({
			iso3: state.iso3,
			type: 'desk_review',
			start,
			parent: null,
			regionalGroup: null
		});
	}
}

/** All assessments of the history, in date order (a parent always comes before its follow-up). */
export function scheduleAssessments(
	rng: Random,
	states: readonly MemberState[],
	scale: number
): Placement[] {
	const schedule = new ScheduleState();
	for (const year of years(FIRST_YEAR, LAST_YEAR)) {
		scheduleVisitsOfYear(rng, year, scale, schedule, states);
		scheduleDeskReviewsOfYear(rng, year, scale, schedule, states);
	}
	// Stable sort: same-day placements keep their generation order, so the output is reproducible.
	return schedule.placements
		.map((placement, order) => ({ placement, order }))
		.sort((x, y) => x.placement.start - y.placement.start || x.order - y.order)
		.map(({ placement }) => placement);
}
