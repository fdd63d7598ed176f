/**
 * In-memory records the generators pass to each other. Assessments are held
 * in memory (a few tens of thousands even at scale 100); recommendations and
 * everything below them are streamed to the files as they are made.
 */
import type { AssessmentType, RecStatus } from '../../src/lib/schema';
import type { ConfCell } from './conf-levels';
import type { Day } from './dates';

export type Modality = 'in_person' | 'hybrid' | 'virtual';
export type Gender = 'none' | 'sensitive' | 'specific';
export type Resolution = '1373' | '1624' | '2178' | 'other';
export type StatusSource = 'state_report' | 'follow_up_visit' | 'desk_review' | 'partner';

export interface Assessment {
	/** Assigned once all assessments are placed in date order. */
	id: string;
	readonly iso3: string;
	readonly type: AssessmentType;
	readonly parent: Assessment | null;
	/** For desk reviews: the day the review was completed (they have no visit). */
	readonly start: Day;
	modality: Modality | null;
	visitStart: Day | null;
	visitEnd: Day | null;
	reportAdopted: Day | null;
	followupReport: Day | null;
	partners: string[];
	genderExpert: boolean | null;
	humanRightsExpert: boolean | null;
	womensOrgsConsulted: number | null;
	civilSocietyConsulted: number | null;
	childRightsActorsConsulted: boolean | null;
	genderAnalysis: boolean;
	childRightsAnalysis: boolean;
	conf: ConfCell;
}

export interface Recommendation {
	readonly id: string;
	readonly assessment: Assessment;
	readonly areaCode: string;
	readonly resolution: Resolution;
	readonly priority: boolean;
	readonly technicalAssistance: boolean;
	readonly gender: Gender;
	readonly childRights: boolean;
	readonly humanRights: boolean;
	readonly issued: Day;
	readonly text: string | null;
	readonly conf: ConfCell;
}

export interface StatusObservation {
	readonly asOf: Day;
	readonly source: StatusSource;
}

export interface StatusRow {
	readonly asOf: Day;
	readonly status: RecStatus;
	readonly source: StatusSource;
	readonly conf: ConfCell;
}

export function isVisit(assessment: Assessment): boolean {
	return assessment.type !== 'desk_review';
}
