/**
 * Assessment-tool ratings (DIS and OIA style). Each State has a latent
 * capacity per area that mostly grows between editions, with the occasional
 * setback; each question has a fixed difficulty, so the same question tends
 * to get similar ratings across editions, as real survey items do.
 */
import type { Rating } from '../../src/lib/schema';
import { DATA_END, yearEnd, yearStart } from './calendar';
import { pickConfLevel, type ConfCell } from './conf-levels';
import type { CsvRow } from './csv-writer';
import { isoDate } from './dates';
import type { Random } from './random';
import type { MemberState, ThematicArea } from './reference';

type Instrument = 'oia' | 'dis';

interface Edition {
	readonly instrument: Instrument;
	readonly edition: string;
	readonly year: number;
}

const EDITIONS: readonly Edition[] = [
	{ instrument: 'dis', edition: '2013', year: 2013 },
	{ instrument: 'oia', edition: '2016', year: 2016 },
	{ instrument: 'dis', edition: '2018', year: 2018 },
	{ instrument: 'oia', edition: '2021', year: 2021 },
	{ instrument: 'oia', edition: '2024', year: 2024 }
];

const FIRST_EDITION_YEAR = 2013;
const SURVEY_CONF = { public: 0.35, un_system: 0.45, restricted: 0.17, empty: 0.03 };

interface Question {
	readonly id: string;
	readonly areaCode: string;
}

/** The question list of an instrument; the scale multiplies the questions per area. */
function questionnaire(
	rng: Random,
	instrument: Instrument,
	areas: readonly ThematicArea[],
	scale: number
): Question[] {
	const questions: Question[] = [];
	for (const area of areas) {
		const count = rng.int(5, 10) * scale;
		const width = Math.max(2, String(count).length);
		for (let i = 1; i <= count; i++) {
			questions.push({
				id: `${instrument}.${area.code}.${String(i).padStart(width, '0')}`,
				areaCode: area.code
			});
		}
	}
	return questions;
}

function ratingOf(score: number): Rating {
	if (score >= 0.8) return 'full';
	if (score >= 0.6) return 'largely';
	if (score >= 0.35) return 'partial';
	return 'not';
}

/** What a State brings to every question: a starting capacity and a pace of improvement. */
interface StateProfile {
	readonly capacity: number;
	readonly yearlyGain: number;
	readonly areaOffset: ReadonlyMap<string, number>;
}

function stateProfile(
	rng: Random,
	state: MemberState,
	areas: readonly ThematicArea[]
): StateProfile {
	const capacity = rng.normal(0.55, 0.15) - (state.ldc ? 0.15 : 0) - (state.sids ? 0.05 : 0);
	return {
		capacity: Math.min(0.95, Math.max(0.05, capacity)),
		yearlyGain: rng.normal(0.015, 0.012),
		areaOffset: new Map(areas.map((a) => [a.code, rng.normal(0, 0.12)]))
	};
}

/** Which editions a State answered: most answer most, some none at all. */
function editionsAnswered(rng: Random): Edition[] {
	if (!rng.chance(0.85)) return [];
	const takes: Record<Instrument, boolean> = { oia: rng.chance(0.92), dis: rng.chance(0.55) };
	const answered: Edition[] = [];
	for (const instrument of ['oia', 'dis'] as const) {
		if (!takes[instrument]) continue;
		const editions = EDITIONS.filter((e) => e.instrument === instrument);
		const chosen = editions.filter(() => rng.chance(0.85));
		answered.push(...(chosen.length > 0 ? chosen : [rng.pick(editions)]));
	}
	return answered.sort((x, y) => x.year - y.year);
}

function* stateItems(
	rng: Random,
	state: MemberState,
	areas: readonly ThematicArea[],
	questionnaires: ReadonlyMap<Instrument, readonly Question[]>
): Generator<CsvRow> {
	const profile = stateProfile(rng, state, areas);
	const answered = editionsAnswered(rng);
	// Difficulty and applicability belong to the (State, question) pair, so they hold across editions.
	const difficulty = new Map<Instrument, Float64Array>();
	const notApplicable = new Map<Instrument, Uint8Array>();
	for (const [instrument, questions] of questionnaires) {
		difficulty.set(
			instrument,
			Float64Array.from(questions, () => rng.normal(0, 0.15))
		);
		notApplicable.set(
			instrument,
			Uint8Array.from(questions, () => (rng.chance(0.03) ? 1 : 0))
		);
	}
	for (const edition of answered) {
		const questions = questionnaires.get(edition.instrument) ?? [];
		const asOf = isoDate(
			rng.int(yearStart(edition.year), Math.min(yearEnd(edition.year), DATA_END))
		);
		const conf: ConfCell = pickConfLevel(rng, SURVEY_CONF);
		const setback = new Map(
			areas.map((a) => [a.code, rng.chance(0.1) ? rng.between(0.05, 0.2) : 0])
		);
		const elapsed = edition.year - FIRST_EDITION_YEAR;
		const missingShare = edition.year < 2018 ? 0.07 : 0.04;
		const hard = difficulty.get(edition.instrument) ?? new Float64Array();
		const inapplicable = notApplicable.get(edition.instrument) ?? new Uint8Array();
		for (let i = 0; i < questions.length; i++) {
			const { id, areaCode } = questions[i];
			let rating: Rating;
			if (inapplicable[i] === 1) rating = 'not_applicable';
			else if (rng.chance(missingShare)) rating = 'no_information';
			else {
				const score =
					profile.capacity +
					(profile.areaOffset.get(areaCode) ?? 0) +
					elapsed * profile.yearlyGain -
					(setback.get(areaCode) ?? 0) -
					hard[i] +
					rng.normal(0, 0.08);
				rating = ratingOf(score);
			}
			yield {
				iso3: state.iso3,
				instrument: edition.instrument,
				edition: edition.edition,
				as_of: asOf,
				area_code: areaCode,
				question_id: id,
				rating,
				conf_level: conf
			};
		}
	}
}

export function* surveyItems(
	rng: Random,
	states: readonly MemberState[],
	areas: readonly ThematicArea[],
	scale: number
): Generator<CsvRow> {
	const questionnaires = new Map<Instrument, readonly Question[]>(
		(['oia', 'dis'] as const).map((instrument) => [
			instrument,
			questionnaire(rng.fork(`questions/${instrument}`), instrument, areas, scale)
		])
	);
	for (const state of states) yield* stateItems(rng.fork(state.iso3), state, areas, questionnaires);
}
