/**
 * Assessment rows: dates, modality, partners and the team and consultation
 * practices that resolution 2395 (paras 28-29) made routine after 2017.
 */
import { PARTNER } from '../../src/lib/schema';
import {
	DATA_END,
	PANDEMIC_START,
	RES_2395_ADOPTED,
	UNOCT_ESTABLISHED,
	isPandemic,
	post2395Share
} from './calendar';
import { ASSESSMENT_CONF, atLeastAsRestricted, pickConfLevel } from './conf-levels';
import { yearOf, type Day } from './dates';
import type { Assessment, Modality } from './model';
import type { Random } from './random';
import type { MemberState } from './reference';
import { scheduleAssessments, type Placement } from './visit-schedule';

function modalityAt(rng: Random, start: Day): Modality {
	if (isPandemic(start))
		return rng.weighted([
			['virtual', 0.65],
			['hybrid', 0.25],
			['in_person', 0.1]
		]);
	if (start < PANDEMIC_START) return 'in_person';
	return rng.weighted([
		['in_person', 0.86],
		['hybrid', 0.1],
		['virtual', 0.04]
	]);
}

/** Days on site: comprehensive visits take most of a week; virtual ones spread over weeks. */
function visitLengthDays(rng: Random, placement: Placement, modality: Modality): number {
	if (modality === 'virtual') return rng.int(4, 20);
	const base = {
		comprehensive: [3, 4],
		follow_up: [2, 3],
		focused: [1, 3],
		regional: [3, 4],
		desk_review: [0, 0]
	}[placement.type];
	return rng.int(base[0], base[1]) + (modality === 'hybrid' ? rng.int(1, 5) : 0);
}

/** The Committee adopts most reports 3-12 months after the visit; some take much longer. */
function reportDelayDays(rng: Random, visitEnd: Day): number {
	let delay = rng.logNormal(175, 0.4);
	if (rng.chance(0.08)) delay *= rng.between(1.8, 3);
	if (isPandemic(visitEnd)) delay += 45;
	return Math.round(Math.min(900, Math.max(60, delay)));
}

/** Para 10 asks for a follow-up report within 12 months; before 2018 this was less systematic. */
function followupReportDate(rng: Random, adopted: Day): Day | null {
	const after2395 = adopted > RES_2395_ADOPTED;
	const outcome = rng.weighted([
		['on_time', after2395 ? 0.72 : 0.45],
		['late', after2395 ? 0.14 : 0.2],
		['missing', after2395 ? 0.14 : 0.35]
	]);
	if (outcome === 'missing') return null;
	const reported = adopted + (outcome === 'on_time' ? rng.int(120, 365) : rng.int(380, 650));
	// Not yet reported by the end of the data: overdue or simply not yet due.
	return reported <= DATA_END ? reported : null;
}

function partnersAt(rng: Random, start: Day): string[] {
	const share = (before: number, established: number) => post2395Share(start, before, established);
	const chance: Record<string, number> = {
		unodc: 0.5,
		icao: 0.2,
		interpol: 0.3,
		unoct: start >= UNOCT_ESTABLISHED ? 0.3 : 0,
		ohchr: share(0.05, 0.3),
		un_women: share(0.02, 0.25),
		unicef: share(0.01, 0.15),
		fatf_fsrb: 0.25,
		iom: 0.08,
		undp: 0.08,
		other: 0.1
	};
	// Enum order keeps the list stable and easy to read.
	return PARTNER.codes.filter((code) => rng.chance(chance[code] ?? 0));
}

interface SharedVisitDates {
	readonly visitEnd: Day;
	readonly reportAdopted: Day | null;
}

function visitDates(
	rng: Random,
	placement: Placement,
	modality: Modality,
	shared: Map<object, SharedVisitDates>
): SharedVisitDates {
	const known = placement.regionalGroup ? shared.get(placement.regionalGroup) : undefined;
	if (known) return known;
	const visitEnd = Math.min(DATA_END, placement.start + visitLengthDays(rng, placement, modality));
	const adopted = visitEnd + reportDelayDays(rng, visitEnd);
	const dates = { visitEnd, reportAdopted: adopted <= DATA_END ? adopted : null };
	if (placement.regionalGroup) shared.set(placement.regionalGroup, dates);
	return dates;
}

function describeVisit(
	rng: Random,
	placement: Placement,
	parent: Assessment | null,
	state: MemberState,
	shared: Map<object, SharedVisitDates>
): Assessment {
	const start = placement.start;
	const share = (before: number, established: number) => post2395Share(start, before, established);
	const modality = modalityAt(rng, start);
	const { visitEnd, reportAdopted } = visitDates(rng, placement, modality, shared);
	const genderExpert = rng.chance(share(0.08, 0.7));
	const womensOrgs = rng.chance(share(0.12, 0.75)) ? rng.int(1, 6) : 0;
	const otherCivilSociety = rng.chance(share(0.35, 0.85)) ? rng.int(1, 14) : 0;
	// States affected by foreign terrorist fighters get child-rights analysis earlier.
	const ftfConcern = state.threat > 3 ? 0.1 : 0;
	return {
		id: '',
		iso3: placement.iso3,
		type: placement.type,
		parent,
		start,
		modality,
		visitStart: start,
		visitEnd,
		reportAdopted,
		followupReport: reportAdopted === null ? null : followupReportDate(rng, reportAdopted),
		partners: partnersAt(rng, start),
		genderExpert,
		humanRightsExpert: rng.chance(share(0.25, 0.75)),
		womensOrgsConsulted: womensOrgs,
		civilSocietyConsulted: womensOrgs + otherCivilSociety,
		childRightsActorsConsulted: rng.chance(share(0.05, 0.55)),
		genderAnalysis: rng.chance(Math.min(1, share(0.15, 0.78) + (genderExpert ? 0.08 : 0))),
		childRightsAnalysis: rng.chance(share(0.06, 0.6) + ftfConcern),
		conf: atLeastAsRestricted(pickConfLevel(rng, ASSESSMENT_CONF), parent?.conf)
	};
}

/** A desk review has no visit, team or consultations; its date is the review's adoption. */
function describeDeskReview(rng: Random, placement: Placement): Assessment {
	const share = (before: number, established: number) =>
		post2395Share(placement.start, before, established);
	return {
		id: '',
		iso3: placement.iso3,
		type: 'desk_review',
		parent: null,
		start: placement.start,
		modality: null,
		visitStart: null,
		visitEnd: null,
		reportAdopted: placement.start,
		followupReport: null,
		partners: [],
		genderExpert: null,
		humanRightsExpert: null,
		womensOrgsConsulted: null,
		civilSocietyConsulted: null,
		childRightsActorsConsulted: null,
		genderAnalysis: rng.chance(share(0.1, 0.6)),
		childRightsAnalysis: rng.chance(share(0.04, 0.4)),
		conf: pickConfLevel(rng, ASSESSMENT_CONF)
	};
}

/** Ids such as VIS-2014-007 and DR-2014-003, numbered in date order within each year. */
function assignIds(assessments: readonly Assessment[]): void {
	const counters = new Map<string, number>();
	const keys = assessments.map(
		(a) => `${a.type === 'desk_review' ? 'DR' : 'VIS'}-${yearOf(a.start)}`
	);
	for (const key of keys) counters.set(key, (counters.get(key) ?? 0) + 1);
	const width = Math.max(3, String(Math.max(...counters.values())).length);
	const next = new Map<string, number>();
	assessments.forEach((assessment, i) => {
		const seq = (next.get(keys[i]) ?? 0) + 1;
		next.set(keys[i], seq);
		assessment.id = `${keys[i]}-${String(seq).padStart(width, '0')}`;
	});
}

export function generateAssessments(
	rng: Random,
	states: readonly MemberState[],
	scale: number
): Assessment[] {
	const stateByIso3 = new Map(states.map((s) => [s.iso3, s]));
	const placements = scheduleAssessments(rng.fork('schedule'), states, scale);
	const attributes = rng.fork('attributes');
	const byPlacement = new Map<Placement, Assessment>();
	const sharedDates = new Map<object, SharedVisitDates>();
	const assessments = placements.map((placement) => {
		const parent = placement.parent ? (byPlacement.get(placement.parent) ?? null) : null;
		const state = stateByIso3.get(placement.iso3);
		if (!state) throw new Error(`Unknown Member State ${placement.iso3}`);
		const assessment =
			placement.type === 'desk_review'
				? describeDeskReview(attributes, placement)
				: describeVisit(attributes, placement, parent, state, sharedDates);
		byPlacement.set(placement, assessment);
		return assessment;
	});
	assignIds(assessments);
	return assessments;
}
