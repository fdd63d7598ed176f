import {
	ASSESSMENT_TYPE,
	CONSENT,
	ENGAGEMENT_KIND,
	GENDER_CONTENT,
	INSTRUMENT,
	MODALITY,
	PARTNER,
	PRIORITY,
	RATING,
	REC_STATUS,
	RESOLUTION,
	STATUS_SOURCE,
	TA_PROVIDER,
	TA_STATUS
} from './enums.ts';
import { col, confLevelColumn, iso3Column } from './columns.ts';
import type { TableDef } from './types.ts';

const areaCode = col.text('area_code', 'Thematic area', {
	required: true,
	foreignKey: { table: 'thematic_areas', column: 'area_code' }
});

export const assessments: TableDef<'assessments'> = {
	name: 'assessments',
	kind: 'fact',
	description:
		'One row per assessment (visit or desk review). Regional visits have one row per State.',
	key: ['assessment_id'],
	inheritsConfidentialityVia: ['parent_assessment_id'],
	rules: [
		{
			kind: 'order',
			lesser: 'visit_start',
			greater: 'visit_end',
			reason: 'visit_end is before visit_start'
		},
		{
			kind: 'order',
			lesser: 'visit_end',
			greater: 'report_adopted',
			reason: 'report_adopted is before visit_end'
		},
		{
			kind: 'order',
			lesser: 'report_adopted',
			greater: 'followup_report_date',
			reason: 'followup_report_date is before report_adopted'
		},
		{
			kind: 'required_when',
			column: 'parent_assessment_id',
			when: { column: 'assessment_type', equals: 'follow_up' },
			reason: 'a follow_up assessment needs the parent_assessment_id it follows up'
		}
	],
	columns: [
		col.text('assessment_id', 'Assessment identifier', { required: true }),
		iso3Column('Assessed Member State'),
		col.enum('assessment_type', ASSESSMENT_TYPE, 'Kind of assessment', { required: true }),
		col.enum('modality', MODALITY, 'How the visit took place'),
		col.text('parent_assessment_id', 'The assessment a follow-up visit follows up', {
			foreignKey: { table: 'assessments', column: 'assessment_id' }
		}),
		col.date('visit_start', 'First day of the visit'),
		col.date('visit_end', 'Last day of the visit'),
		col.date('report_adopted', 'The Committee adopted the report'),
		col.date(
			'followup_report_date',
			'CTED reported to the Committee on steps taken (para 10: due within 12 months of the report)'
		),
		col.list('partners', PARTNER, 'Partner entities on the visit'),
		col.bool('gender_expert', 'A gender specialist was on the team'),
		col.bool('human_rights_expert', 'A human-rights specialist was on the team'),
		col.int('womens_orgs_consulted', "Women's organizations consulted (para 28)", { min: 0 }),
		col.int('civil_society_consulted', 'Civil-society actors consulted', { min: 0 }),
		col.bool('child_rights_actors_consulted', 'Child-rights actors were consulted (para 29)'),
		col.bool('gender_analysis', 'The report has gender analysis (para 28)'),
		col.bool(
			'child_rights_analysis',
			'The report addresses children and families of foreign terrorist fighters (para 29)'
		),
		confLevelColumn
	]
};

export const recommendations: TableDef<'recommendations'> = {
	name: 'recommendations',
	kind: 'fact',
	description: 'One row per recommendation of an assessment.',
	key: ['rec_id'],
	inheritsConfidentialityVia: ['assessment_id'],
	rules: [
		{
			kind: 'equal_to_referenced',
			column: 'iso3',
			via: 'assessment_id',
			referencedColumn: 'iso3',
			reason: "iso3 differs from its assessment's iso3"
		}
	],
	columns: [
		col.text('rec_id', 'Recommendation identifier', { required: true }),
		col.text('assessment_id', 'The assessment that issued it', {
			required: true,
			foreignKey: { table: 'assessments', column: 'assessment_id' }
		}),
		iso3Column("Member State (equals the assessment's)"),
		areaCode,
		col.enum('resolution', RESOLUTION, 'Resolution the recommendation serves', { required: true }),
		col.enum('priority', PRIORITY, 'Priority recommendation or standard', { required: true }),
		col.bool('technical_assistance', 'The recommendation names a technical-assistance need'),
		col.enum('gender', GENDER_CONTENT, 'Gender dimension'),
		col.bool('child_rights', "Addresses children's rights"),
		col.bool('human_rights', 'Addresses human rights and the rule of law'),
		col.date('issued', "Date issued, normally the assessment's report_adopted", { required: true }),
		col.text('text', "The recommendation's wording; may be empty", { freeText: true }),
		confLevelColumn
	]
};

export const recommendationStatus: TableDef<'recommendation_status'> = {
	name: 'recommendation_status',
	kind: 'fact',
	description:
		'Status history: the status at date D is the latest row with as_of <= D; before the first row it is not_started.',
	key: ['rec_id', 'as_of'],
	inheritsConfidentialityVia: ['rec_id'],
	rules: [
		{
			kind: 'not_before_referenced',
			column: 'as_of',
			via: 'rec_id',
			referencedColumn: 'issued',
			reason: "as_of is before the recommendation's issued date"
		}
	],
	columns: [
		col.text('rec_id', 'Recommendation', {
			required: true,
			foreignKey: { table: 'recommendations', column: 'rec_id' }
		}),
		col.date('as_of', 'Date of the observation', { required: true }),
		col.enum('status', REC_STATUS, 'Implementation status', { required: true }),
		col.enum('source', STATUS_SOURCE, 'Where the observation comes from'),
		confLevelColumn
	]
};

export const surveyItems: TableDef<'survey_items'> = {
	name: 'survey_items',
	kind: 'fact',
	description:
		'Assessment-tool ratings, one row per question. Scores: full 1, largely 2/3, partial 1/3, not 0; no_information and not_applicable have no score.',
	key: ['iso3', 'instrument', 'edition', 'question_id'],
	inheritsConfidentialityVia: [],
	rules: [],
	columns: [
		iso3Column(),
		col.enum('instrument', INSTRUMENT, 'Assessment tool', { required: true }),
		col.text('edition', 'Edition of the tool, e.g. 2021', { required: true }),
		col.date('as_of', 'Date of the rating', { required: true }),
		areaCode,
		col.text('question_id', 'Question, stable across editions', { required: true }),
		col.enum('rating', RATING, 'Rating of the question', { required: true }),
		confLevelColumn
	]
};

export const technicalAssistance: TableDef<'technical_assistance'> = {
	name: 'technical_assistance',
	kind: 'fact',
	description: 'Technical assistance delivered or planned, linked to a recommendation where known.',
	key: ['ta_id'],
	inheritsConfidentialityVia: ['rec_id'],
	rules: [
		{
			kind: 'order',
			lesser: 'start_date',
			greater: 'end_date',
			reason: 'end_date is before start_date'
		}
	],
	columns: [
		col.text('ta_id', 'Assistance identifier', { required: true }),
		iso3Column('Receiving Member State'),
		col.text('rec_id', 'The recommendation it answers, if any', {
			foreignKey: { table: 'recommendations', column: 'rec_id' }
		}),
		areaCode,
		col.enum('provider', TA_PROVIDER, 'Provider', { required: true }),
		col.enum('status', TA_STATUS, 'Delivery status', { required: true }),
		col.date('start_date', 'Start (planned or actual)'),
		col.date('end_date', 'End (planned or actual)'),
		col.int('gender_marker', 'UN gender-equality marker, 0 to 3', { min: 0, max: 3 }),
		col.bool('child_focus', 'Focused on children'),
		confLevelColumn
	]
};

export const engagements: TableDef<'engagements'> = {
	name: 'engagements',
	kind: 'fact',
	description: 'Consultations, briefings and workshops.',
	key: ['engagement_id'],
	inheritsConfidentialityVia: ['assessment_id'],
	rules: [
		{
			kind: 'order',
			lesser: 'participants_women',
			greater: 'participants_total',
			reason: 'participants_women is greater than participants_total'
		}
	],
	columns: [
		col.text('engagement_id', 'Engagement identifier', { required: true }),
		col.date('date', 'Date', { required: true }),
		col.enum('kind', ENGAGEMENT_KIND, 'Kind of engagement', { required: true }),
		col.text('iso3', 'Member State, if the engagement concerns one', {
			foreignKey: { table: 'member_states', column: 'iso3' }
		}),
		col.text('assessment_id', 'Assessment, if part of one', {
			foreignKey: { table: 'assessments', column: 'assessment_id' }
		}),
		col.bool('gender_content', 'Gender was addressed'),
		col.bool('child_rights_content', "Children's rights were addressed"),
		col.bool('human_rights_content', 'Human rights were addressed'),
		col.int('participants_total', 'Participants', { min: 0 }),
		col.int('participants_women', 'Women participants', { min: 0 }),
		confLevelColumn
	]
};

export const visitPlan: TableDef<'visit_plan'> = {
	name: 'visit_plan',
	kind: 'fact',
	description: "The Committee's annual list of States CTED should ask to visit (para 7).",
	key: ['plan_year', 'iso3'],
	inheritsConfidentialityVia: [],
	rules: [],
	columns: [
		col.int('plan_year', 'Year of the list', { required: true, min: 2005, max: 2100 }),
		iso3Column(),
		col.bool('requested_by_state', 'The State asked for the visit'),
		col.enum('consent', CONSENT, "The State's consent", { required: true }),
		col.bool('committee_approved', 'The Committee approved the State on the list'),
		confLevelColumn
	]
};
