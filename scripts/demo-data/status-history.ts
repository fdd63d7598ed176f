/**
 * Implementation histories. Information arrives in batches (a follow-up
 * report, a follow-up visit, a later desk review, periodic State reports), so
 * all recommendations of a report share observation dates; each recommendation
 * then moves through not_started -> in_progress -> partially_implemented ->
 * implemented on its own clock, which typically runs for years.
 */
import type { RecStatus } from '../../src/lib/schema';
import { DATA_END } from './calendar';
import { childConfLevel } from './conf-levels';
import type { Day } from './dates';
import type {
	Assessment,
	Recommendation,
	StatusObservation,
	StatusRow,
	StatusSource
} from './model';
import type { Random } from './random';

/** Open recommendations with no update for this long count as stale (indicator R5). */
const STALE_AFTER_DAYS = 730;
const DAYS_PER_YEAR = 365.25;

/**
 * The dates on which CTED learned something about the recommendations of
 * `assessment`. Some reports go stale: updates stop more than 24 months before
 * the end of the data.
 */
export function observationSchedule(
	rng: Random,
	assessment: Assessment,
	followUps: readonly Assessment[],
	laterDeskReviews: readonly Assessment[]
): StatusObservation[] {
	const issued = assessment.reportAdopted;
	if (issued === null) return [];
	const byDay = new Map<Day, StatusSource>();
	const add = (d: Day | null, source: StatusSource) => {
		if (d !== null && d > issued && d <= DATA_END && !byDay.has(d)) byDay.set(d, source);
	};
	add(assessment.followupReport, 'state_report');
	for (const visit of followUps) add(visit.visitEnd, 'follow_up_visit');
	for (const review of laterDeskReviews) add(review.reportAdopted, 'desk_review');
	for (let d = assessment.followupReport ?? issued; ;) {
		d += rng.int(300, 900);
		if (d > DATA_END) break;
		add(d, rng.chance(0.15) ? 'partner' : 'state_report');
	}
	const latestStaleUpdate = DATA_END - STALE_AFTER_DAYS - rng.int(1, 1500);
	const stale = rng.chance(0.3) && latestStaleUpdate > issued;
	return [...byDay]
		.filter(([d]) => !stale || d <= latestStaleUpdate)
		.sort(([x], [y]) => x - y)
		.map(([asOf, source]) => ({ asOf, source }));
}

/** Years after issue at which a recommendation reaches each stage (Infinity: never). */
interface Milestones {
	readonly inProgress: number;
	readonly partial: number;
	readonly implemented: number;
	readonly noLongerRelevant: number;
}

function milestones(rng: Random, rec: Recommendation, stateSpeed: number): Milestones {
	const pace = stateSpeed * (rec.priority ? 0.8 : 1);
	const noLongerRelevant = rng.chance(0.05) ? rng.between(1.5, 10) : Infinity;
	if (rng.chance(0.3)) {
		// Never implemented within the horizon: work starts, and may stall half-way.
		const inProgress = rng.logNormal(2, 0.7) * pace;
		const partial = rng.chance(0.5) ? inProgress + rng.logNormal(3, 0.5) * pace : Infinity;
		return { inProgress, partial, implemented: Infinity, noLongerRelevant };
	}
	const implemented = rng.logNormal(4.5, 0.6) * pace;
	return {
		inProgress: implemented * rng.between(0.1, 0.4),
		partial: implemented * rng.between(0.45, 0.85),
		implemented,
		noLongerRelevant
	};
}

function statusAt(years: number, m: Milestones): RecStatus {
	if (years >= m.noLongerRelevant) return 'no_longer_relevant';
	if (years >= m.implemented) return 'implemented';
	if (years >= m.partial) return 'partially_implemented';
	if (years >= m.inProgress) return 'in_progress';
	return 'not_started';
}

/**
 * The status rows of one recommendation. Reports do not cover every
 * recommendation every time, some observations say "no information", and
 * reporting stops once a recommendation is implemented or no longer relevant.
 */
export function* statusHistory(
	rng: Random,
	rec: Recommendation,
	schedule: readonly StatusObservation[],
	stateSpeed: number
): Generator<StatusRow> {
	const m = milestones(rng, rec, stateSpeed);
	for (const observation of schedule) {
		if (rng.chance(0.12)) continue;
		let status = statusAt((observation.asOf - rec.issued) / DAYS_PER_YEAR, m);
		const settled = status === 'implemented' || status === 'no_longer_relevant';
		if (!settled && rng.chance(0.06)) status = 'no_information';
		yield {
			asOf: observation.asOf,
			source: observation.source,
			status,
			conf: childConfLevel(rng, rec.conf, 0.03)
		};
		if (settled) return;
	}
}
