/** English messages of the gaps view, the world map and the State profiles; merged into the catalogue by en.ts. */
export const enGaps = {
	'gaps.title': 'Implementation gaps',
	'gaps.lead':
		'Where implementation of resolutions 1373 (2001), 1624 (2005) and 2178 (2014) falls short, by thematic area, region and State, from the latest survey edition of each State as of the reference date (resolution 2395, paras 4, 14 and 17). Missing information is shown apart, never as a low score.',
	'gaps.controls.label': 'Gap filters',
	'gaps.controls.resolution': 'Resolution',
	'gaps.controls.allResolutions': 'All resolutions',
	'gaps.controls.area': 'Thematic area',
	'gaps.controls.allAreas': 'All areas',
	'gaps.controls.edition': 'Survey edition',
	'gaps.controls.latestEdition': 'Latest of each State',
	'gaps.controls.editionOption': '{edition} ({n} States)',

	'gaps.rows.legend': 'Rows',
	'gaps.rows.region': 'Region',
	'gaps.rows.un_group': 'UN regional group',
	'gaps.rows.state': 'Member State',
	'gaps.measure.legend': 'Colour',
	'gaps.measure.g1': 'Mean score (G1)',
	'gaps.measure.g2': 'Gap share (G2)',

	'gaps.heatmap.title': 'Implementation score by thematic area and region',
	'gaps.heatmap.subtitle.g1':
		'G1: mean over States of the area score (fully 1, largely 2/3, partially 1/3, not 0); "cov." is G3, rated items / applicable items.',
	'gaps.heatmap.subtitle.g2':
		'G2: mean over States of the share of rated items partially or not implemented; "cov." is G3, rated items / applicable items.',
	'gaps.heatmap.caption':
		'Implementation by thematic area: each cell gives the score and the information coverage.',
	'gaps.heatmap.hintDrill': 'Select a cell to see the States of that row.',
	'gaps.heatmap.hintState': "Select a cell to open the State's profile.",
	'gaps.cell.label': '{row}, {area}: {value}, {n} States scored, information coverage {coverage}',
	'gaps.cell.notAssessed': '{row}, {area}: not assessed',
	'gaps.cell.notAssessedShort': 'Not assessed',
	'gaps.cell.noInformation': 'no information',
	'gaps.cell.noInformationShort': 'No info',
	'gaps.cell.notApplicable': 'not applicable',
	'gaps.cell.notApplicableShort': 'N/A',
	'gaps.cell.coverage': 'cov. {value}',
	'gaps.value.notAssessed': 'Not assessed',

	'gaps.legend.label': 'Legend',
	'gaps.legend.g1': 'Mean score',
	'gaps.legend.g2': 'Gap share',
	'gaps.legend.noInformation': 'No information (nothing rated)',
	'gaps.legend.noDataMap': 'No data: not assessed, or nothing rated',
	'gaps.legend.notApplicable': 'Not applicable',
	'gaps.legend.notAssessed': 'Not assessed',
	'gaps.legend.notMember': 'Not a Member State, or outside the filter',
	'gaps.legend.marker': 'Marker: small State',
	'gaps.legend.smallBase': '* fewer than {n} States scored: read with care',

	'gaps.map.title': 'Implementation by Member State: {area}',
	'gaps.map.subtitle.g1':
		'G1 area score of each State on its latest survey edition; small States are marked with a dot. Select a State for its profile.',
	'gaps.map.subtitle.g2':
		'G2 share of rated items partially or not implemented; small States are marked with a dot. Select a State for its profile.',
	'gaps.map.viewLegend': 'Show as',
	'gaps.map.asMap': 'Map',
	'gaps.map.asTable': 'Table',
	'gaps.map.tableCaption': 'The map as a table: each Member State and its value.',
	'gaps.map.items': 'Items rated / applicable',
	'gaps.map.memberLabel': '{name}: {value} ({n} of {d} applicable items rated)',
	'gaps.map.noRated': '{name}: no data (no item rated)',
	'gaps.map.notAssessed': '{name}: not assessed',

	'gaps.change.heading': 'Change between survey editions',
	'gaps.change.title': 'Largest changes in area score between the two latest editions',
	'gaps.change.subtitle':
		'G5: G1 in the latest edition minus G1 in the previous one, same State and area ({n} pairs); hollow dot previous, filled dot latest.',
	'gaps.change.improved': 'Largest improvements',
	'gaps.change.regressed': 'Largest regressions',
	'gaps.change.none': 'None under these filters.',

	'gaps.fatf.heading': 'External context: FATF ratings (para 25)',
	'gaps.fatf.lead':
		'E1: Member States rated compliant or largely compliant on FATF Recommendation 6 (targeted financial sanctions), and high or substantial on Immediate Outcome 10, over those rated. Members with no mutual evaluation are unrated, not non-compliant.',
	'gaps.fatf.title': 'FATF {measure} ratings of Member States by region',
	'gaps.fatf.subtitle.r6': 'Technical compliance with Recommendation 6; N/A and unrated in grey.',
	'gaps.fatf.subtitle.io10':
		'Effectiveness on Immediate Outcome 10 (terrorist financing preventive measures and sanctions); unrated in grey.',
	'gaps.fatf.source': 'Source: {source}, as loaded in the extract of {date}.',
	'gaps.fatf.states': 'Member States',
	'gaps.fatf.unrated': 'Unrated',
	'gaps.fatf.tableCaption': 'E1 by region',
	'gaps.fatf.r6Share': 'R.6 C or LC',
	'gaps.fatf.io10Share': 'IO.10 high or substantial',
	'gaps.fatf.unratedCount': 'Unrated Members',
	'gaps.fatf.unratedHeading': 'Member States without a FATF rating ({n})',
	'gaps.fatf.noneUnrated': 'Every Member State under these filters has a rating.'
} as const satisfies Record<string, string>;
