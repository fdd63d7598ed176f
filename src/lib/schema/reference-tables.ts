import { FATF_EFFECTIVENESS, FATF_TECHNICAL, RESOLUTION } from './enums.ts';
import { col, iso3Column } from './columns.ts';
import type { EnumDef } from './enums.ts';
import type { TableDef } from './types.ts';

/** Thematic areas may cite resolutions beyond the four assessment codes (2396, 2462...). */
const AREA_RESOLUTION: EnumDef = {
	name: 'area_resolution',
	codes: ['1373', '1624', '2178', '2242', '2341', '2370', '2395', '2396', '2462'],
	labels: Object.fromEntries(
		['1373', '1624', '2178', '2242', '2341', '2370', '2395', '2396', '2462'].map((code) => [
			code,
			RESOLUTION.labels[code as keyof typeof RESOLUTION.labels] ?? `Resolution ${code}`
		])
	)
};

export const memberStates: TableDef<'member_states'> = {
	name: 'member_states',
	kind: 'reference',
	description: 'The 193 UN Member States, with M49 regions and UN regional groups.',
	source:
		'UN M49 and UNTERM via datasets/country-codes (ODC-PDDL); UN regional group from world-countries, ODbL; admission dates: United Nations',
	key: ['iso3'],
	rules: [],
	inheritsConfidentialityVia: [],
	columns: [
		col.text('iso3', 'ISO 3166-1 alpha-3 code', { required: true }),
		col.text('iso2', 'ISO 3166-1 alpha-2 code', { required: true }),
		col.text('m49', 'UN M49 numeric code, 3 digits zero-padded (joins the world-atlas map ids)', {
			required: true
		}),
		col.text('name', 'Short name (UNTERM)', { required: true }),
		col.text('region', 'M49 region', { required: true }),
		col.text('sub_region', 'M49 sub-region', { required: true }),
		col.text('intermediate_region', 'M49 intermediate region, where one exists'),
		col.text('un_regional_group', 'UN regional group (approximate; Kiribati has none)'),
		col.bool('ldc', 'Least developed country', { required: true }),
		col.bool('lldc', 'Landlocked developing country', { required: true }),
		col.bool('sids', 'Small island developing State', { required: true }),
		col.date('admission_date', 'Date of admission to the United Nations', { required: true })
	]
};

export const thematicAreas: TableDef<'thematic_areas'> = {
	name: 'thematic_areas',
	kind: 'reference',
	description: 'Assessment areas used for survey items, recommendations and assistance.',
	source: 'Project-defined (INDICATORS.md)',
	key: ['area_code'],
	rules: [],
	inheritsConfidentialityVia: [],
	columns: [
		col.text('area_code', 'Area code', { required: true }),
		col.text('name', 'Area name', { required: true }),
		col.list('resolutions', AREA_RESOLUTION, 'Resolutions the area serves', { required: true }),
		col.bool('cross_cutting', 'A cross-cutting area (human rights, gender, children)', {
			required: true
		}),
		col.int('sort_order', 'Display order', { required: true, min: 0 })
	]
};

const FATF_SOURCE = 'FATF consolidated assessment ratings (FATF/OECD)';

export const fatfRatings: TableDef<'fatf_ratings'> = {
	name: 'fatf_ratings',
	kind: 'external',
	description:
		'FATF ratings of the counter-terrorist-financing recommendations R.5-R.8 and immediate outcomes IO.9-IO.11 (para 25). Members without a mutual evaluation have no row.',
	source: FATF_SOURCE,
	key: ['iso3'],
	rules: [],
	inheritsConfidentialityVia: [],
	columns: [
		iso3Column(),
		col.text('report_date', 'Month of the latest report (YYYY-MM)', { required: true }),
		col.text('assessment_body', 'FATF or FATF-style regional body that assessed'),
		col.text('report_type', 'Mutual evaluation report and follow-ups'),
		...(['r5', 'r6', 'r7', 'r8'] as const).map((name) =>
			col.enum(
				name,
				FATF_TECHNICAL,
				`Technical compliance with ${name.toUpperCase().replace('R', 'R.')}`
			)
		),
		...(['io9', 'io10', 'io11'] as const).map((name) =>
			col.enum(
				name,
				FATF_EFFECTIVENESS,
				`Effectiveness rating of ${name.toUpperCase().replace('IO', 'IO.')}`
			)
		)
	]
};

export const wpsIndex: TableDef<'wps_index'> = {
	name: 'wps_index',
	kind: 'external',
	description: 'Women, Peace and Security Index 2025/26: score (0-1) and rank per country.',
	source: 'GIWPS and PRIO, Women, Peace and Security Index 2025/26',
	key: ['iso3'],
	rules: [],
	inheritsConfidentialityVia: [],
	columns: [
		iso3Column(),
		col.text('edition', 'Index edition', { required: true }),
		col.int('wps_rank', 'Rank among the countries covered (1 = best)', { required: true, min: 1 }),
		col.real('wps_score', 'Index score, 0 to 1', { required: true, min: 0, max: 1 }),
		col.real('parliamentary_representation', "Women's share of parliamentary seats (%)")
	]
};

export const gtiScores: TableDef<'gti_scores'> = {
	name: 'gti_scores',
	kind: 'external',
	description: 'Global Terrorism Index score (0-10) and its components per country and year.',
	source: 'Institute for Economics and Peace, Global Terrorism Index 2023',
	key: ['iso3', 'year'],
	rules: [],
	inheritsConfidentialityVia: [],
	columns: [
		iso3Column(),
		col.int('year', 'Year', { required: true }),
		col.real('score', 'GTI score, 0 (no impact) to 10 (highest impact)', {
			required: true,
			min: 0,
			max: 10
		}),
		col.int('rank', 'GTI rank in that year'),
		col.int('incidents', 'Terrorist incidents', { min: 0 }),
		col.int('fatalities', 'Deaths', { min: 0 }),
		col.int('injuries', 'Injuries', { min: 0 }),
		col.int('hostages', 'Hostages', { min: 0 })
	]
};
