import type { IndicatorDef } from './indicator-def';

/**
 * The gender (W), children's-rights (C) and human-rights (H) indicators of
 * INDICATORS.md (paras 21, 28, 29), kept apart from the rest of the catalogue
 * only for length; the catalogue lists them in this order after the visits.
 */
export const CROSS_CUTTING_INDICATORS: readonly IndicatorDef[] = [
	{
		id: 'W1',
		key: 'gender_in_assessments',
		group: 'gender',
		paragraphs: [28],
		title: 'Gender analysis in assessments',
		definition:
			'Assessments whose report has gender analysis, over assessments, by year the report was adopted.',
		numerator: 'reports with gender analysis',
		denominator: 'reports adopted'
	},
	{
		id: 'W2',
		key: 'gender_in_recommendations',
		group: 'gender',
		paragraphs: [28],
		title: 'Gender in recommendations',
		definition:
			'Recommendations that are gender-sensitive or gender-specific, over recommendations, by year issued; gender-specific also alone.',
		numerator: 'gender-sensitive or -specific',
		denominator: 'recommendations'
	},
	{
		id: 'W3',
		key: 'womens_orgs_consulted',
		group: 'gender',
		paragraphs: [28],
		title: "Women's organizations consulted",
		definition:
			"Visits that consulted at least one women's organization, over visits, by year the visit ended.",
		numerator: "visits consulting women's organizations",
		denominator: 'visits'
	},
	{
		id: 'W4',
		key: 'gender_in_assistance',
		group: 'gender',
		paragraphs: [28],
		title: 'Gender in technical assistance',
		definition:
			'Technical assistance with a gender-equality marker of 2 or 3, over technical assistance, by start year.',
		numerator: 'assistance marked 2 or 3',
		denominator: 'assistance'
	},
	{
		id: 'W5',
		key: 'gender_in_briefings',
		group: 'gender',
		paragraphs: [28],
		title: 'Gender in briefings',
		definition: 'Briefings (Committee, Council, open) with gender content, over briefings.',
		numerator: 'briefings with gender content',
		denominator: 'briefings'
	},
	{
		id: 'W6',
		key: 'gender_expertise',
		group: 'gender',
		paragraphs: [28],
		title: 'Gender expertise on visits',
		definition: 'Visits with a gender expert on the team, over visits.',
		numerator: 'visits with a gender expert',
		denominator: 'visits'
	},
	{
		id: 'W7',
		key: 'women_participation',
		group: 'gender',
		paragraphs: [28],
		title: "Women's participation",
		definition:
			'Women participants over all participants, in engagements that report both numbers.',
		numerator: 'women participants',
		denominator: 'participants'
	},
	{
		id: 'C1',
		key: 'children_in_assessments',
		group: 'children',
		paragraphs: [29],
		title: "Children's rights in assessments",
		definition:
			'Assessments whose report addresses children and families of foreign terrorist fighters, over assessments, by year the report was adopted.',
		numerator: "reports addressing children's rights",
		denominator: 'reports adopted'
	},
	{
		id: 'C2',
		key: 'children_in_recommendations',
		group: 'children',
		paragraphs: [29],
		title: "Children's rights in recommendations",
		definition: "Recommendations addressing children's rights, over recommendations.",
		numerator: "recommendations on children's rights",
		denominator: 'recommendations'
	},
	{
		id: 'C3',
		key: 'child_actors_consulted',
		group: 'children',
		paragraphs: [29],
		title: 'Child-rights actors consulted',
		definition: 'Visits that consulted child-rights actors, over visits.',
		numerator: 'visits consulting child-rights actors',
		denominator: 'visits'
	},
	{
		id: 'C4',
		key: 'children_in_assistance',
		group: 'children',
		paragraphs: [29],
		title: 'Children in technical assistance',
		definition: 'Technical assistance focused on children, over technical assistance.',
		numerator: 'assistance focused on children',
		denominator: 'assistance'
	},
	{
		id: 'C5',
		key: 'ftf_children',
		group: 'children',
		paragraphs: [29],
		title: 'Children in FTF-affected States',
		definition:
			'C1 over assessments of States that have any recommendation on foreign terrorist fighters.',
		numerator: "reports addressing children's rights",
		denominator: 'reports on FTF-affected States'
	},
	{
		id: 'H1',
		key: 'human_rights_in_recommendations',
		group: 'human_rights',
		paragraphs: [21],
		title: 'Human rights in recommendations',
		definition:
			'Recommendations addressing human rights and the rule of law, over recommendations, by year issued.',
		numerator: 'human-rights recommendations',
		denominator: 'recommendations'
	},
	{
		id: 'H2',
		key: 'human_rights_implementation',
		group: 'human_rights',
		paragraphs: [21],
		title: 'Implementation of human-rights recommendations',
		definition: 'R1 over human-rights recommendations, beside R1 over the others.'
	},
	{
		id: 'H3',
		key: 'human_rights_expertise',
		group: 'human_rights',
		paragraphs: [21],
		title: 'Human-rights expertise on visits',
		definition: 'Visits with a human-rights expert on the team, over visits.',
		numerator: 'visits with a human-rights expert',
		denominator: 'visits'
	}
];
