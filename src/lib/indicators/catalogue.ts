/**
 * Every indicator of INDICATORS.md: its id, the paragraph of S/RES/2395 (2017)
 * it serves, and its definition in plain words. The data page lists them all;
 * each figure shows its own.
 */
import { CROSS_CUTTING_INDICATORS } from './catalogue-cross-cutting';
import type { IndicatorDef, IndicatorGroup } from './indicator-def';

export type { IndicatorDef, IndicatorGroup };

export const INDICATORS: readonly IndicatorDef[] = [
	{
		id: 'G1',
		key: 'area_score',
		group: 'gaps',
		paragraphs: [4, 14, 17],
		title: 'Area score',
		definition:
			'Per State and thematic area, latest survey edition as of D: mean item score over rated items (full 1, largely 2/3, partial 1/3, not 0).'
	},
	{
		id: 'G2',
		key: 'gap_share',
		group: 'gaps',
		paragraphs: [4, 14, 17],
		title: 'Gap share',
		definition: 'Items rated partial or not, over rated items.',
		numerator: 'items rated partial or not',
		denominator: 'rated items'
	},
	{
		id: 'G3',
		key: 'information_coverage',
		group: 'gaps',
		paragraphs: [4, 14, 17],
		title: 'Information coverage',
		definition: 'Rated items over items that are not "not applicable".',
		numerator: 'rated items',
		denominator: 'items not "not applicable"'
	},
	{
		id: 'G4',
		key: 'regional_gap_prevalence',
		group: 'gaps',
		paragraphs: [4, 14, 17],
		title: 'Regional gap prevalence',
		definition:
			'States in the group with an area score under 0.5, over States in the group with an area score.',
		numerator: 'States with G1 < 0.5',
		denominator: 'States with a G1'
	},
	{
		id: 'G5',
		key: 'change',
		group: 'gaps',
		paragraphs: [4, 14, 17],
		title: 'Change between editions',
		definition:
			'Area score in the latest edition minus the area score in the previous edition, same State and area.'
	},
	{
		id: 'R1',
		key: 'implementation_rate',
		group: 'recommendations',
		paragraphs: [10, 13],
		title: 'Implementation rate',
		definition:
			'Recommendations implemented at D, over recommendations issued at least 12 months before D, leaving out those no longer relevant at D.',
		numerator: 'recommendations implemented at D',
		denominator: 'recommendations issued 12+ months before D, not "no longer relevant"'
	},
	{
		id: 'R2',
		key: 'progress_rate',
		group: 'recommendations',
		paragraphs: [10, 13],
		title: 'Progress rate',
		definition:
			'Recommendations implemented or partially implemented at D, over the same denominator as R1.',
		numerator: 'implemented or partially implemented at D',
		denominator: 'as R1'
	},
	{
		id: 'R3',
		key: 'priority_implementation_rate',
		group: 'recommendations',
		paragraphs: [10],
		title: 'Priority implementation rate',
		definition: 'R1 over priority recommendations.',
		numerator: 'priority recommendations implemented at D',
		denominator: 'priority recommendations in the R1 denominator'
	},
	{
		id: 'R4',
		key: 'followup_on_time',
		group: 'recommendations',
		paragraphs: [10],
		title: 'Follow-up on time',
		definition:
			'Assessments whose follow-up report came within 12 months of the report, over assessments whose report is at least 12 months old at D. The rest, with no follow-up report, are overdue.',
		numerator: 'follow-up reported within 12 months',
		denominator: 'reports adopted 12+ months before D'
	},
	{
		id: 'R5',
		key: 'stale_share',
		group: 'recommendations',
		paragraphs: [10],
		title: 'Stale recommendations',
		definition:
			'Open recommendations whose latest status is more than 24 months old at D, over open recommendations.',
		numerator: 'open, no update in 24 months',
		denominator: 'open recommendations'
	},
	{
		id: 'R6',
		key: 'time_to_implementation',
		group: 'recommendations',
		paragraphs: [10],
		title: 'Time to implementation',
		definition:
			'Kaplan-Meier curve of months from issue to the first "implemented" status, censored at D or at "no longer relevant"; median and quartiles.'
	},
	{
		id: 'R7',
		key: 'ta_alignment',
		group: 'recommendations',
		paragraphs: [13],
		title: 'Technical-assistance alignment',
		definition:
			'Recommendations naming a technical-assistance need that have linked assistance planned, ongoing or completed, over recommendations naming such a need.',
		numerator: 'needs with linked assistance',
		denominator: 'recommendations naming a need'
	},
	{
		id: 'V1',
		key: 'coverage',
		group: 'visits',
		paragraphs: [7],
		title: 'Visit coverage',
		definition:
			'Member States visited (any assessment but a desk review) in the period, up to D, over Member States.',
		numerator: 'States visited',
		denominator: 'Member States'
	},
	{
		id: 'V2',
		key: 'never_visited',
		group: 'visits',
		paragraphs: [7],
		title: 'Never visited',
		definition:
			'Member States with no visit by the end of the period (or D), over Member States; listed by region and group.',
		numerator: 'States never visited',
		denominator: 'Member States'
	},
	{
		id: 'V3',
		key: 'years_since_last_visit',
		group: 'visits',
		paragraphs: [7],
		title: 'Years since last visit',
		definition: 'Per State, years from the latest visit_end to D; none if never visited.'
	},
	{
		id: 'V4',
		key: 'report_turnaround',
		group: 'visits',
		paragraphs: [9],
		title: 'Report turnaround',
		definition:
			'Days from the end of a visit to the Committee adopting the report; median and 90th percentile by year of visit end.'
	},
	{
		id: 'V5',
		key: 'annual_list_execution',
		group: 'visits',
		paragraphs: [7],
		title: 'Annual list execution',
		definition:
			"States approved on the year's list that were visited that year, over States approved on the list.",
		numerator: 'approved States visited in the year',
		denominator: 'approved States'
	},
	{
		id: 'V6',
		key: 'consent_rate',
		group: 'visits',
		paragraphs: [7],
		title: 'Consent rate',
		definition: 'Visit requests granted, over visit-plan rows whose consent was requested.',
		numerator: 'granted',
		denominator: 'requests made'
	},
	{
		id: 'V7',
		key: 'risk_priority',
		group: 'visits',
		paragraphs: [7],
		title: 'Risk-based priority',
		definition:
			'Per State, a weighted sum of normalised components: never visited, years since the last visit (capped at 10), mean gap share, open priority recommendations and GTI score. The user sets the weights.'
	},
	...CROSS_CUTTING_INDICATORS,
	{
		id: 'E1',
		key: 'fatf_r6',
		group: 'external',
		paragraphs: [25],
		title: 'FATF R.6 and IO.10',
		definition:
			'Member States rated compliant or largely compliant on FATF R.6, over Member States with an R.6 rating; the same for IO.10 rated high or substantial. Unrated Members are listed.',
		numerator: 'rated C or LC',
		denominator: 'Members with a rating'
	},
	{
		id: 'E2',
		key: 'wps_index',
		group: 'external',
		paragraphs: [28],
		title: 'WPS Index',
		definition: 'Women, Peace and Security Index score and rank per State, beside W1-W3.'
	},
	{
		id: 'E3',
		key: 'gti_score',
		group: 'external',
		paragraphs: [7, 30],
		title: 'GTI score',
		definition:
			'Global Terrorism Index score per State and year, as threat context for the visit priority (V7).'
	}
];

export function indicator(id: string): IndicatorDef {
	const def = INDICATORS.find((i) => i.id === id);
	if (!def) throw new Error(`No indicator "${id}" in the catalogue (INDICATORS.md).`);
	return def;
}
