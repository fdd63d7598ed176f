import { join } from 'node:path';
import { describe } from 'vitest';
import { at, itRefuses, previousExtracts, set, type BadCase } from './bad-source';
import { rewriteCsv } from './harness';

/** Cells and rules: every rule of DATA-MODEL.md, each refused with file, row, column and reason. */
const previous = previousExtracts();

const PARTNERS =
	'unodc, icao, interpol, unoct, ohchr, un_women, unicef, fatf_fsrb, iom, undp, other';

const cases: BadCase[] = [
	{
		name: 'int that is not a whole number',
		edit: (t) => set(t, 'assessments', 0, 'womens_orgs_consulted', 'three'),
		expected: [at('assessments.csv', 2, 'womens_orgs_consulted', '"three" is not a whole number')]
	},
	{
		name: 'int with a decimal part',
		edit: (t) => set(t, 'engagements', 0, 'participants_total', '20.5'),
		expected: [at('engagements.csv', 2, 'participants_total', '"20.5" is not a whole number')]
	},
	{
		name: 'int too large for INTEGER',
		edit: (t) => set(t, 'engagements', 3, 'participants_total', '99999999999'),
		expected: [
			at(
				'engagements.csv',
				5,
				'participants_total',
				'"99999999999" is too large for a whole-number column'
			)
		]
	},
	{
		name: 'date not in ISO form',
		edit: (t) => set(t, 'recommendations', 0, 'issued', '10/06/2021'),
		expected: [
			at('recommendations.csv', 2, 'issued', '"10/06/2021" is not a date in YYYY-MM-DD form')
		]
	},
	{
		name: 'impossible date 2023-02-30',
		edit: (t) => set(t, 'assessments', 3, 'report_adopted', '2023-02-30'),
		expected: [
			at('assessments.csv', 5, 'report_adopted', '"2023-02-30" is not a real calendar date')
		]
	},
	{
		name: 'real that is not a number (reference table)',
		reference: (d) =>
			rewriteCsv(join(d, 'wps_index.csv'), (h, rows) => {
				rows[1][h.indexOf('wps_score')] = '0,9';
				return { header: h, rows };
			}),
		expected: [at('reference/wps_index.csv', 3, 'wps_score', '"0,9" is not a number')]
	},
	{
		name: 'real above its maximum (reference table)',
		reference: (d) =>
			rewriteCsv(join(d, 'wps_index.csv'), (h, rows) => {
				rows[0][h.indexOf('wps_score')] = '1.5';
				return { header: h, rows };
			}),
		expected: [at('reference/wps_index.csv', 2, 'wps_score', '1.5 is above the maximum of 1')]
	},
	{
		name: 'enum value not listed (codes are lower-case)',
		edit: (t) => set(t, 'assessments', 0, 'assessment_type', 'Comprehensive'),
		expected: [
			at(
				'assessments.csv',
				2,
				'assessment_type',
				'"Comprehensive" is not one of: comprehensive, follow_up, focused, regional, desk_review'
			)
		]
	},
	{
		name: 'unknown conf_level',
		edit: (t) => set(t, 'survey_items', 1, 'conf_level', 'secret'),
		expected: [
			at(
				'survey_items.csv',
				3,
				'conf_level',
				'"secret" is not one of: public, un_system, restricted'
			)
		]
	},
	{
		name: 'list item not listed',
		edit: (t) => set(t, 'assessments', 0, 'partners', 'unodc; nato'),
		expected: [at('assessments.csv', 2, 'partners', `list item "nato" is not one of: ${PARTNERS}`)]
	},
	{
		name: 'boolean not recognised',
		edit: (t) => set(t, 'recommendations', 0, 'human_rights', 'maybe'),
		expected: [
			at(
				'recommendations.csv',
				2,
				'human_rights',
				'"maybe" is not true or false (also accepted: 1/0, yes/no)'
			)
		]
	},
	{
		name: 'required cell empty',
		edit: (t) => set(t, 'survey_items', 0, 'rating', ''),
		expected: [at('survey_items.csv', 2, 'rating', 'required cell is empty')]
	},
	{
		name: 'required cell of only spaces',
		edit: (t) => set(t, 'technical_assistance', 1, 'provider', '   '),
		expected: [at('technical_assistance.csv', 3, 'provider', 'required cell is empty')]
	},
	{
		name: 'int below its minimum',
		edit: (t) => set(t, 'technical_assistance', 0, 'gender_marker', '-1'),
		expected: [at('technical_assistance.csv', 2, 'gender_marker', '-1 is below the minimum of 0')]
	},
	{
		name: 'int above its maximum',
		edit: (t) => set(t, 'technical_assistance', 0, 'gender_marker', '4'),
		expected: [at('technical_assistance.csv', 2, 'gender_marker', '4 is above the maximum of 3')]
	},
	{
		name: 'iso3 not a Member State',
		edit: (t) => set(t, 'survey_items', 2, 'iso3', 'XYZ'),
		expected: [at('survey_items.csv', 4, 'iso3', '"XYZ" is not a UN Member State iso3')]
	},
	{
		name: 'duplicate key',
		edit: (t) => t.assessments.push({ ...t.assessments[1] }),
		expected: [at('assessments.csv', 7, 'assessment_id', 'duplicate key "A2" (also on row 3)')]
	},
	{
		name: 'duplicate composite key',
		edit: (t) =>
			t.recommendation_status.push({ ...t.recommendation_status[0], status: 'implemented' }),
		expected: [
			at(
				'recommendation_status.csv',
				9,
				'rec_id, as_of',
				'duplicate key "R1", "2021-12-01" (also on row 2)'
			)
		]
	},
	{
		name: 'duplicate composite key with an int part',
		edit: (t) => t.visit_plan.push({ ...t.visit_plan[0], conf_level: 'restricted' }),
		expected: [
			at('visit_plan.csv', 5, 'plan_year, iso3', 'duplicate key "2024", "FRA" (also on row 2)')
		]
	},
	{
		name: 'orphan recommendation -> assessment',
		edit: (t) => set(t, 'recommendations', 0, 'assessment_id', 'A9'),
		expected: [
			at('recommendations.csv', 2, 'assessment_id', '"A9" is not an assessment_id in assessments')
		]
	},
	{
		name: 'orphan status -> recommendation',
		edit: (t) => set(t, 'recommendation_status', 2, 'rec_id', 'R9'),
		expected: [
			at('recommendation_status.csv', 4, 'rec_id', '"R9" is not a rec_id in recommendations')
		]
	},
	{
		name: 'orphan technical assistance -> recommendation',
		edit: (t) => set(t, 'technical_assistance', 0, 'rec_id', 'R9'),
		expected: [
			at('technical_assistance.csv', 2, 'rec_id', '"R9" is not a rec_id in recommendations')
		]
	},
	{
		name: 'orphan parent_assessment_id',
		edit: (t) => set(t, 'assessments', 2, 'parent_assessment_id', 'A9'),
		expected: [
			at(
				'assessments.csv',
				4,
				'parent_assessment_id',
				'"A9" is not an assessment_id in assessments'
			)
		]
	},
	{
		name: 'parent_assessment_id cycle',
		edit: (t) => set(t, 'assessments', 1, 'parent_assessment_id', 'A3'),
		expected: [
			at('assessments.csv', 4, 'parent_assessment_id', '"A2" closes a cycle of references')
		]
	},
	{
		name: 'orphan engagement -> assessment',
		edit: (t) => set(t, 'engagements', 0, 'assessment_id', 'A9'),
		expected: [
			at('engagements.csv', 2, 'assessment_id', '"A9" is not an assessment_id in assessments')
		]
	},
	{
		name: 'orphan area_code',
		edit: (t) => set(t, 'survey_items', 0, 'area_code', 'nuclear'),
		expected: [
			at('survey_items.csv', 2, 'area_code', '"nuclear" is not an area_code in thematic_areas')
		]
	},
	{
		name: 'visit_end before visit_start',
		edit: (t) => set(t, 'assessments', 0, 'visit_end', '2021-02-28'),
		expected: [
			at(
				'assessments.csv',
				2,
				'visit_end',
				'visit_end is before visit_start (visit_start 2021-03-01, visit_end 2021-02-28)'
			)
		]
	},
	{
		name: 'report_adopted before visit_end',
		edit: (t) => set(t, 'assessments', 1, 'report_adopted', '2022-01-11'),
		expected: [
			at(
				'assessments.csv',
				3,
				'report_adopted',
				'report_adopted is before visit_end (visit_end 2022-01-12, report_adopted 2022-01-11)'
			)
		]
	},
	{
		name: 'as_of before the recommendation was issued',
		edit: (t) => set(t, 'recommendation_status', 0, 'as_of', '2021-06-01'),
		expected: [
			at(
				'recommendation_status.csv',
				2,
				'as_of',
				"as_of is before the recommendation's issued date (as_of 2021-06-01, issued 2021-06-10)"
			)
		]
	},
	{
		name: 'assistance end_date before start_date',
		edit: (t) => set(t, 'technical_assistance', 0, 'end_date', '2021-08-01'),
		expected: [
			at(
				'technical_assistance.csv',
				2,
				'end_date',
				'end_date is before start_date (start_date 2021-09-01, end_date 2021-08-01)'
			)
		]
	},
	{
		name: 'more women than participants',
		edit: (t) => set(t, 'engagements', 0, 'participants_women', '25'),
		expected: [
			at(
				'engagements.csv',
				2,
				'participants_women',
				'participants_women is greater than participants_total (participants_women 25, participants_total 20)'
			)
		]
	},
	{
		name: "recommendation iso3 differs from its assessment's",
		edit: (t) => set(t, 'recommendations', 0, 'iso3', 'DEU'),
		expected: [
			at(
				'recommendations.csv',
				2,
				'iso3',
				'iso3 differs from its assessment\'s iso3 ("DEU" vs "FRA")'
			)
		]
	},
	{
		name: 'follow_up without its parent',
		edit: (t) => set(t, 'assessments', 2, 'parent_assessment_id', ''),
		expected: [
			at(
				'assessments.csv',
				4,
				'parent_assessment_id',
				'a follow_up assessment needs the parent_assessment_id it follows up'
			)
		]
	}
];

describe('a source with a bad cell or a broken rule is refused and nothing is written', () => {
	itRefuses(cases, previous);
});
