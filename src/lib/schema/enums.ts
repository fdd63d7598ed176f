/**
 * Enumerations of DATA-MODEL.md. Codes are lower-case exactly as a source file
 * must spell them; the label is what the interface and data dictionary show.
 */
export interface EnumDef<C extends string = string> {
	readonly name: string;
	readonly codes: readonly C[];
	readonly labels: Readonly<Record<C, string>>;
}

function enumDef<const C extends string>(name: string, labels: Record<C, string>): EnumDef<C> {
	return { name, codes: Object.keys(labels) as C[], labels };
}

export const CONF_LEVEL = enumDef('conf_level', {
	public: 'Public',
	un_system: 'UN system',
	restricted: 'Restricted'
});

export const ASSESSMENT_TYPE = enumDef('assessment_type', {
	comprehensive: 'Comprehensive visit',
	follow_up: 'Follow-up visit',
	focused: 'Focused visit',
	regional: 'Regional visit',
	desk_review: 'Desk review'
});

export const MODALITY = enumDef('modality', {
	in_person: 'In person',
	hybrid: 'Hybrid',
	virtual: 'Virtual'
});

export const PARTNER = enumDef('partner', {
	unodc: 'UNODC',
	icao: 'ICAO',
	interpol: 'INTERPOL',
	unoct: 'UNOCT',
	ohchr: 'OHCHR',
	un_women: 'UN Women',
	unicef: 'UNICEF',
	fatf_fsrb: 'FATF / FATF-style regional body',
	iom: 'IOM',
	undp: 'UNDP',
	other: 'Other'
});

export const RESOLUTION = enumDef('resolution', {
	'1373': 'Resolution 1373 (2001)',
	'1624': 'Resolution 1624 (2005)',
	'2178': 'Resolution 2178 (2014)',
	other: 'Other resolutions'
});

export const PRIORITY = enumDef('priority', {
	priority: 'Priority',
	standard: 'Standard'
});

export const GENDER_CONTENT = enumDef('gender', {
	none: 'No gender dimension',
	sensitive: 'Gender-sensitive',
	specific: 'Gender-specific'
});

export const REC_STATUS = enumDef('status', {
	not_started: 'Not started',
	in_progress: 'In progress',
	partially_implemented: 'Partially implemented',
	implemented: 'Implemented',
	no_longer_relevant: 'No longer relevant',
	no_information: 'No information'
});

export const STATUS_SOURCE = enumDef('source', {
	state_report: 'State report',
	follow_up_visit: 'Follow-up visit',
	desk_review: 'Desk review',
	partner: 'Partner'
});

export const INSTRUMENT = enumDef('instrument', {
	oia: 'Overview of implementation assessment (OIA)',
	dis: 'Detailed implementation survey (DIS)',
	gis: 'Global implementation survey (GIS)'
});

export const RATING = enumDef('rating', {
	full: 'Fully implemented',
	largely: 'Largely implemented',
	partial: 'Partially implemented',
	not: 'Not implemented',
	no_information: 'No information',
	not_applicable: 'Not applicable'
});

export const TA_PROVIDER = enumDef('provider', {
	unoct: 'UNOCT',
	unodc: 'UNODC',
	icao: 'ICAO',
	interpol: 'INTERPOL',
	ohchr: 'OHCHR',
	un_women: 'UN Women',
	unicef: 'UNICEF',
	undp: 'UNDP',
	bilateral: 'Bilateral',
	regional: 'Regional organization',
	other: 'Other'
});

export const TA_STATUS = enumDef('ta_status', {
	requested: 'Requested',
	planned: 'Planned',
	ongoing: 'Ongoing',
	completed: 'Completed',
	cancelled: 'Cancelled'
});

export const ENGAGEMENT_KIND = enumDef('kind', {
	ctc_briefing: 'Briefing to the Committee',
	council_briefing: 'Briefing to the Security Council',
	open_briefing: 'Open briefing',
	workshop: 'Workshop',
	csos_consultation: 'Civil-society consultation',
	womens_org_consultation: "Women's organization consultation",
	child_rights_consultation: 'Child-rights consultation',
	research_network: 'Global Research Network'
});

export const CONSENT = enumDef('consent', {
	not_requested: 'Not requested',
	pending: 'Pending',
	granted: 'Granted',
	declined: 'Declined',
	postponed: 'Postponed'
});

export const FATF_TECHNICAL = enumDef('fatf_technical', {
	C: 'Compliant',
	LC: 'Largely compliant',
	PC: 'Partially compliant',
	NC: 'Non-compliant',
	'N/A': 'Not applicable'
});

export const FATF_EFFECTIVENESS = enumDef('fatf_effectiveness', {
	HE: 'High',
	SE: 'Substantial',
	ME: 'Moderate',
	LE: 'Low'
});

export type ConfLevel = (typeof CONF_LEVEL.codes)[number];
export type RecStatus = (typeof REC_STATUS.codes)[number];
export type Rating = (typeof RATING.codes)[number];
export type AssessmentType = (typeof ASSESSMENT_TYPE.codes)[number];
