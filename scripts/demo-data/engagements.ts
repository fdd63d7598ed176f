/**
 * Briefings, workshops, consultations and research-network meetings. Some
 * consultations are part of a visit (same State, during or just before it);
 * the rest follow a yearly rhythm. Gender and child-rights content become
 * common after resolution 2395.
 */
import { ENGAGEMENT_KIND } from '../../src/lib/schema';
import {
	DATA_END,
	FIRST_YEAR,
	LAST_YEAR,
	RESEARCH_NETWORK_LAUNCHED,
	post2395Share,
	yearEnd,
	yearStart,
	years
} from './calendar';
import { childConfLevel, pickConfLevel, type ConfCell, type ConfMix } from './conf-levels';
import type { CsvRow } from './csv-writer';
import { dayOf, isoDate, yearOf, type Day } from './dates';
import { isVisit, type Assessment } from './model';
import type { Random } from './random';
import type { MemberState } from './reference';

type Kind = (typeof ENGAGEMENT_KIND.codes)[number];

interface Engagement {
	readonly date: Day;
	readonly kind: Kind;
	readonly iso3: string | null;
	readonly assessment: Assessment | null;
	readonly conf: ConfCell;
}

interface Rhythm {
	/** Engagements per year at scale 1, inclusive range. */
	readonly perYear: readonly [number, number];
	readonly since: Day;
	/** Share that concerns one State (without being part of a visit). */
	readonly stateShare: number;
	readonly participants: readonly [number, number];
	readonly conf: ConfMix;
}

const OPEN: ConfMix = { public: 0.9, un_system: 0.1, restricted: 0, empty: 0 };
const MIXED: ConfMix = { public: 0.45, un_system: 0.4, restricted: 0.13, empty: 0.02 };
const CLOSED: ConfMix = { public: 0.2, un_system: 0.5, restricted: 0.27, empty: 0.03 };
const START = yearStart(FIRST_YEAR);

// prettier-ignore
const RHYTHMS: Readonly<Record<Kind, Rhythm>> = {
	ctc_briefing: { perYear: [6, 10], since: START, stateShare: 0.1, participants: [15, 60], conf: CLOSED },
	council_briefing: { perYear: [1, 3], since: START, stateShare: 0, participants: [30, 80], conf: OPEN },
	open_briefing: { perYear: [2, 4], since: dayOf(2010, 1, 1), stateShare: 0, participants: [40, 250], conf: OPEN },
	workshop: { perYear: [4, 9], since: START, stateShare: 0.6, participants: [15, 90], conf: MIXED },
	csos_consultation: { perYear: [1, 3], since: START, stateShare: 0.4, participants: [5, 40], conf: MIXED },
	womens_org_consultation: { perYear: [0, 2], since: dayOf(2016, 1, 1), stateShare: 0.4, participants: [5, 30], conf: MIXED },
	child_rights_consultation: { perYear: [0, 2], since: dayOf(2017, 1, 1), stateShare: 0.4, participants: [5, 30], conf: MIXED },
	research_network: { perYear: [2, 5], since: RESEARCH_NETWORK_LAUNCHED, stateShare: 0, participants: [10, 60], conf: MIXED }
};

/** Consultations held as part of a visit, during it or in the preparatory days before it. */
function visitEngagements(rng: Random, visit: Assessment): Engagement[] {
	if (visit.visitStart === null || visit.visitEnd === null) return [];
	const start = visit.visitStart;
	const end = visit.visitEnd;
	const during = () => rng.int(start - 10, end);
	const linked = (kind: Kind, date: Day): Engagement => ({
		date,
		kind,
		iso3: visit.iso3,
		assessment: visit,
		conf: childConfLevel(rng, visit.conf, 0.1)
	});
	const found: Engagement[] = [];
	const consulted: [Kind, boolean][] = [
		['csos_consultation', rng.chance(post2395Share(start, 0.25, 0.75))],
		['womens_org_consultation', (visit.womensOrgsConsulted ?? 0) > 0 && rng.chance(0.7)],
		['child_rights_consultation', visit.childRightsActorsConsulted === true && rng.chance(0.6)]
	];
	for (const [kind, held] of consulted) if (held) found.push(linked(kind, during()));
	// The Committee is briefed on the visit before it adopts the report.
	const adopted = visit.reportAdopted;
	if (adopted !== null && adopted - end > 30 && rng.chance(0.3)) {
		found.push(linked('ctc_briefing', rng.int(end + 14, adopted - 7)));
	}
	return found;
}

function rhythmEngagements(
	rng: Random,
	states: readonly MemberState[],
	scale: number
): Engagement[] {
	const found: Engagement[] = [];
	for (const year of years(FIRST_YEAR, LAST_YEAR)) {
		for (const kind of ENGAGEMENT_KIND.codes) {
			const rhythm = RHYTHMS[kind];
			const first = Math.max(yearStart(year), rhythm.since);
			const last = Math.min(yearEnd(year), DATA_END);
			if (first > last) continue;
			const count = Math.round(rng.int(rhythm.perYear[0], rhythm.perYear[1]) * scale);
			for (let i = 0; i < count; i++) {
				const date = rng.int(first, last);
				const members = states.filter((s) => s.admitted <= date);
				const iso3 = rng.chance(rhythm.stateShare) ? rng.pick(members).iso3 : null;
				found.push({ date, kind, iso3, assessment: null, conf: pickConfLevel(rng, rhythm.conf) });
			}
		}
	}
	return found;
}

function participants(rng: Random, e: Engagement): { total: number | null; women: number | null } {
	if (rng.chance(0.15)) return { total: null, women: null };
	const [min, max] = RHYTHMS[e.kind].participants;
	const total = rng.int(min, max);
	if (rng.chance(0.06)) return { total, women: null };
	const share =
		e.kind === 'womens_org_consultation'
			? rng.between(0.7, 1)
			: rng.between(post2395Share(e.date, 0.15, 0.35), post2395Share(e.date, 0.35, 0.6));
	return { total, women: Math.min(total, Math.round(total * share)) };
}

function engagementRow(rng: Random, id: string, e: Engagement): CsvRow {
	const share = (before: number, established: number) => post2395Share(e.date, before, established);
	const { total, women } = participants(rng, e);
	return {
		engagement_id: id,
		date: isoDate(e.date),
		kind: e.kind,
		iso3: e.iso3,
		assessment_id: e.assessment?.id ?? null,
		gender_content: e.kind === 'womens_org_consultation' || rng.chance(share(0.15, 0.7)),
		child_rights_content: e.kind === 'child_rights_consultation' || rng.chance(share(0.08, 0.45)),
		human_rights_content: rng.chance(share(0.3, 0.7)),
		participants_total: total,
		participants_women: women,
		conf_level: e.conf
	};
}

/** All engagements, numbered ENG-<year>-<n> in date order. */
export function* engagements(
	rng: Random,
	assessments: readonly Assessment[],
	states: readonly MemberState[],
	scale: number
): Generator<CsvRow> {
	const linkedRng = rng.fork('visits');
	const all = [
		...assessments.filter(isVisit).flatMap((visit) => visitEngagements(linkedRng, visit)),
		...rhythmEngagements(rng.fork('rhythm'), states, scale)
	]
		.map((engagement, order) => ({ engagement, order }))
		.sort((x, y) => x.engagement.date - y.engagement.date || x.order - y.order)
		.map(({ engagement }) => engagement);
	const perYear = new Map<number, number>();
	for (const e of all) perYear.set(yearOf(e.date), (perYear.get(yearOf(e.date)) ?? 0) + 1);
	const width = Math.max(3, String(Math.max(0, ...perYear.values())).length);
	const seq = new Map<number, number>();
	const attributes = rng.fork('attributes');
	for (const e of all) {
		const year = yearOf(e.date);
		const n = (seq.get(year) ?? 0) + 1;
		seq.set(year, n);
		yield engagementRow(attributes, `ENG-${year}-${String(n).padStart(width, '0')}`, e);
	}
}
