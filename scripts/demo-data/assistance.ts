/**
 * Technical assistance: some of it answers a recommendation that names an
 * assistance need (indicator R7), the rest is delivered without a recorded
 * link. Planned assistance may lie after the end of the data.
 */
import { TA_PROVIDER } from '../../src/lib/schema';
import type { CsvRow } from './csv-writer';
import {
	DATA_END,
	FIRST_YEAR,
	LAST_PLAN_YEAR,
	post2395Share,
	yearEnd,
	yearStart,
	years
} from './calendar';
import { childConfLevel, pickConfLevel, type ConfCell } from './conf-levels';
import { addMonths, isoOrNull, type Day } from './dates';
import type { Recommendation } from './model';
import type { Random, Weighted } from './random';
import type { MemberState, ThematicArea } from './reference';

type Provider = (typeof TA_PROVIDER.codes)[number];

/** Each area has its natural providers; anything else is spread over the rest. */
const AREA_PROVIDERS: Readonly<Record<string, Partial<Record<Provider, number>>>> = {
	legislation: { unodc: 5, unoct: 2 },
	cft: { unodc: 4, regional: 2, bilateral: 2 },
	law_enforcement: { interpol: 3, unodc: 2, bilateral: 3 },
	border_control: { icao: 3, interpol: 3, unoct: 3 },
	international_cooperation: { unodc: 5 },
	criminal_justice: { unodc: 4, undp: 2 },
	incitement: { unoct: 3, undp: 2 },
	ict: { unoct: 2, unodc: 2, bilateral: 2 },
	ftf: { unoct: 3, unodc: 2, unicef: 1 },
	human_rights: { ohchr: 5 },
	gender: { un_women: 5 },
	children: { unicef: 5 }
};

function providerFor(rng: Random, areaCode: string): Provider {
	const preferred = AREA_PROVIDERS[areaCode] ?? {};
	const entries: Weighted<Provider> = TA_PROVIDER.codes.map((code) => [
		code,
		preferred[code] ?? 0.4
	]);
	return rng.weighted(entries);
}

function genderMarker(rng: Random, areaCode: string, date: Day): number {
	if (areaCode === 'gender') return rng.chance(0.8) ? 3 : 2;
	const three = post2395Share(date, 0.01, 0.1);
	const two = post2395Share(date, 0.09, 0.35);
	const one = post2395Share(date, 0.3, 0.35);
	return rng.weighted([
		[3, three],
		[2, two],
		[1, one],
		[0, 1 - three - two - one]
	]);
}

function childFocus(rng: Random, areaCode: string, date: Day): boolean {
	if (areaCode === 'children') return true;
	return rng.chance(areaCode === 'ftf' ? 0.3 : post2395Share(date, 0.02, 0.08));
}

/** Status follows from where the dates fall relative to the end of the data. */
function deliveryOf(
	rng: Random,
	start: Day
): { status: string; start: Day | null; end: Day | null } {
	const end = start + rng.int(30, 720);
	if (start > DATA_END) {
		const requested = rng.chance(0.3);
		return requested && rng.chance(0.5)
			? { status: 'requested', start: null, end: null }
			: { status: requested ? 'requested' : 'planned', start, end };
	}
	if (end <= DATA_END) return { status: rng.chance(0.88) ? 'completed' : 'cancelled', start, end };
	return { status: rng.chance(0.92) ? 'ongoing' : 'cancelled', start, end };
}

export class AssistanceIds {
	private count = 0;
	next(): string {
		this.count += 1;
		return `TA-${String(this.count).padStart(6, '0')}`;
	}
}

function assistanceRow(
	rng: Random,
	id: string,
	iso3: string,
	recId: string | null,
	areaCode: string,
	start: Day,
	conf: ConfCell
): CsvRow {
	const delivery = deliveryOf(rng, start);
	return {
		ta_id: id,
		iso3,
		rec_id: recId,
		area_code: areaCode,
		provider: providerFor(rng, areaCode),
		status: delivery.status,
		start_date: isoOrNull(delivery.start),
		end_date: isoOrNull(delivery.end),
		gender_marker: genderMarker(rng, areaCode, start),
		child_focus: childFocus(rng, areaCode, start),
		conf_level: conf
	};
}

/** Assistance answering a recommendation: same State and area, starting months after the report. */
export function* linkedAssistance(
	rng: Random,
	rec: Recommendation,
	ids: AssistanceIds
): Generator<CsvRow> {
	if (!rec.technicalAssistance || !rng.chance(0.45)) return;
	const projects = rng.chance(0.08) ? 2 : 1;
	for (let i = 0; i < projects; i++) {
		const start = addMonths(rec.issued, rng.logNormal(14, 0.6));
		// Nobody plans assistance years ahead; such a need simply has no project yet.
		if (start > addMonths(DATA_END, 15)) return;
		const conf = childConfLevel(rng, rec.conf, 0.1);
		yield assistanceRow(rng, ids.next(), rec.assessment.iso3, rec.id, rec.areaCode, start, conf);
	}
}

const UNLINKED_PER_YEAR = 8;
const UNLINKED_CONF = { public: 0.45, un_system: 0.35, restricted: 0.17, empty: 0.03 };

/** Assistance with no recorded recommendation, spread over the years and the States. */
export function* unlinkedAssistance(
	rng: Random,
	states: readonly MemberState[],
	areas: readonly ThematicArea[],
	scale: number,
	ids: AssistanceIds
): Generator<CsvRow> {
	// Least developed and high-threat States receive more assistance.
	const weight = (s: MemberState) => 1 + (s.ldc ? 1 : 0) + s.threat / 3;
	const areaWeights = areas.map((a) => [a, a.crossCutting ? 0.5 : 1] as const);
	for (const year of years(FIRST_YEAR + 2, LAST_PLAN_YEAR)) {
		const count = Math.round(UNLINKED_PER_YEAR * scale);
		const recipients = states
			.filter((s) => s.admitted <= yearStart(year))
			.map((s) => [s, weight(s)] as const);
		for (let i = 0; i < count; i++) {
			const state = rng.weighted(recipients);
			const area = rng.weighted(areaWeights);
			const start = rng.int(yearStart(year), yearEnd(year));
			const conf = pickConfLevel(rng, UNLINKED_CONF);
			yield assistanceRow(rng, ids.next(), state.iso3, null, area.code, start, conf);
		}
	}
}
