/** English messages of the cross-cutting view; merged into the catalogue by en.ts. */
export const enCrossCutting = {
	'cc.title': 'Gender, children and human rights',
	'cc.lead':
		"How far gender (para. 28), children's rights (para. 29) and human rights and the rule of law (para. 21) of resolution 2395 (2017) are integrated in assessments, recommendations, visits, assistance and engagements, at the reference date {date}.",
	'cc.leadUndated':
		"How far gender (para. 28), children's rights (para. 29) and human rights and the rule of law (para. 21) of resolution 2395 (2017) are integrated in CTED's work.",
	'cc.marker': 'Res. 2395',
	'cc.source': 'Source: CTED records{demo}, extract of {date}.',

	'cc.w2sTitle': 'Gender-specific recommendations',
	'cc.w2sDefinition':
		'Recommendations that target gender (gender-specific), over recommendations, by year issued: the stricter part of W2.',
	'cc.w2sNumerator': 'gender-specific recommendations',

	'cc.scorecard': 'Cross-cutting scorecard, {year}',
	'cc.scorecardNoYear': 'Cross-cutting scorecard',
	'cc.scorecardNote':
		'Current value: calendar year {year}, the latest complete year before the reference date ({date}); a partial year would mislead. Changes are in percentage points against {previous} and against 2017, the year resolution 2395 was adopted. The scorecard uses the region and group filters but every year, so 2017 stays in reach. Hollow figures with "small base": fewer than {n} in the denominator.',
	'cc.colIndicator': 'Indicator',
	'cc.colPara': 'Para.',
	'cc.colCurrent': '{year}',
	'cc.colCounts': 'n / N',
	'cc.colVsPrevious': 'vs {year}',
	'cc.colVs2017': 'vs 2017',
	'cc.colTrend': 'Trend',
	'cc.points': '{sign}{value} pts',
	'cc.noChange': 'n/a',
	'cc.noChangeTitle': 'No data in one of the two years',
	'cc.sparkLabel': '{title}: rate by year from {first} to {last}',

	'cc.byYear': 'Indicators by year',
	'cc.chooseIndicator': 'Indicator',
	'cc.chooseBreakdown': 'Breakdown',
	'cc.byYearSubtitle':
		'{definition} Grey bands: the pooled rate up to 2017 and from 2018; dashed rule: 21 Dec 2017. Hollow points: small base.',
	'cc.axisShare': 'Share',
	'cc.beforeAfter': 'Before and after resolution 2395 (pooled)',
	'cc.colCategory': 'Category',
	'cc.colBefore': 'Up to 2017',
	'cc.colAfter': 'From 2018',
	'cc.colChange': 'Change',
	'cc.tableByYear': 'Rates by year, with numerator and denominator',
	'cc.colYear': 'Year',
	'cc.all': 'All',
	'cc.unknownCategory': 'Not recorded',

	'cc.breakdown.none': 'None',
	'cc.breakdown.region': 'Region',
	'cc.breakdown.un_group': 'UN regional group',
	'cc.breakdown.assessment_type': 'Assessment type',
	'cc.breakdown.area': 'Thematic area',
	'cc.breakdown.resolution': 'Resolution',

	'cc.area.legislation': 'Legislation',
	'cc.area.cft': 'Financing of terrorism',
	'cc.area.law_enforcement': 'Law enforcement',
	'cc.area.border_control': 'Border control',
	'cc.area.international_cooperation': 'International cooperation',
	'cc.area.criminal_justice': 'Criminal justice',
	'cc.area.incitement': 'Incitement',
	'cc.area.ict': 'ICT and the Internet',
	'cc.area.ftf': 'Foreign terrorist fighters',
	'cc.area.critical_infrastructure': 'Critical infrastructure',
	'cc.area.arms': 'Arms',
	'cc.area.human_rights': 'Human rights',
	'cc.area.gender': 'Gender',
	'cc.area.children': "Children's rights",

	'cc.missing': 'Where integration is missing',
	'cc.missingGender': 'Assessments without gender analysis ({n})',
	'cc.missingGenderLead':
		'Adopted reports in the period with no gender analysis (W1, para. 28), newest first.',
	'cc.missingChildren': "FTF-affected States' assessments without children's rights ({n})",
	'cc.missingChildrenLead':
		"Adopted reports of States that had received recommendations on foreign terrorist fighters by D, with no analysis of children's rights (C5, para. 29), newest first.",
	'cc.missingNone': 'None under these filters.',
	'cc.colAssessment': 'Assessment',
	'cc.colType': 'Type',
	'cc.colAdopted': 'Report adopted',
	'cc.colFtf': 'FTF recommendations',
	'cc.exportCsv': 'Download CSV: {title}',
	'cc.showRows': 'Show all {n}',
	'cc.showFewer': 'Show fewer',

	'cc.context': 'Context: Women, Peace and Security Index',
	'cc.wpsTitle': '{indicator} by State against the WPS Index score',
	'cc.wpsSubtitle':
		'Each point is a State with a WPS Index 2025/26 score and CTED data in the period: its {indicator} rate over the period (y) against its WPS score (x). Hollow: small base.',
	'cc.wpsChoose': 'Indicator against the WPS score',
	'cc.wpsAxis': 'WPS Index score (0-1) →',
	'cc.wpsSource':
		'Sources: GIWPS and PRIO, Women, Peace and Security Index 2025/26 (public); CTED records{demo}, extract of {date}.',
	'cc.wpsCaution':
		"Read as context only. A State's WPS score describes women's inclusion, justice and security in the country; it says nothing about what CTED did there, and neither figure causes the other. Small bases make State rates noisy.",
	'cc.wpsLeftOut':
		'{n} States with a WPS score have no {indicator} data in the period and are not drawn.',

	'cc.participation': "Women's participation in engagements (W7)",
	'cc.participationSubtitle':
		'Women participants over all participants, by kind of engagement and year; only engagements that report both numbers count.',
	'cc.lacking': 'Engagements without participant numbers',
	'cc.lackingLead':
		'{n} of {total} engagements in the period did not report both the number of women and the total; they are left out of W7.',
	'cc.colKind': 'Kind of engagement',
	'cc.colWithCounts': 'With numbers',
	'cc.colWithoutCounts': 'Without numbers',
	'cc.colWomen': 'Women / participants',

	'cc.humanRights': 'Human rights and the rule of law',
	'cc.h1Title': 'Human rights in recommendations by year (H1)',
	'cc.h1Subtitle':
		'Recommendations addressing human rights and the rule of law, over recommendations, by year issued. Dashed level: the public figure, not computed from these data.',
	'cc.publicFigure': 'Public figure: about 15 % of visit recommendations, 2017-2023',
	'cc.publicFigureNote':
		'The public reference (about 15 % of visit recommendations in 2017-2023) is a published figure, shown for context; it is not computed from this extract, whose H1 counts every recommendation.',
	'cc.h2Title': 'Implementation of human-rights recommendations (H2)',
	'cc.h2Lead':
		'R1 at D: recommendations implemented, over recommendations issued 12 months or more before D that are still relevant.',
	'cc.h2HumanRights': 'Human-rights recommendations',
	'cc.h2Others': 'Other recommendations',

	'cc.definitions': 'Definitions',
	'cc.definitionsLead':
		'Every indicator of this page in plain words, with the paragraph of resolution 2395 (2017) it serves. A rate whose denominator is 0 is "no data", never 0 %.'
} as const satisfies Record<string, string>;
