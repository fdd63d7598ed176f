import { enCrossCutting } from './en-cross-cutting';
import { enExplore } from './en-explore';
import { enExports } from './en-exports';
import { enGaps } from './en-gaps';
import { enRecommendations } from './en-recommendations';
import { enReport } from './en-report';
import { enVisits } from './en-visits';

/**
 * English messages. Keys are stable; another locale supplies the same keys
 * (the Catalogue type enforces it). `{name}` marks a parameter.
 */
export const en = {
	'app.name': 'CTC-CTED analytics',
	'app.subtitle': 'Counter-Terrorism Committee and its Executive Directorate',
	'app.skipLink': 'Skip to main content',
	'app.footer': 'Offline dashboard on resolution 2395 (2017). Extract of {date}, tier: {marking}.',
	'app.footerLoading': 'Offline dashboard on resolution 2395 (2017).',

	'nav.label': 'Views',
	'nav.overview': 'Overview',
	'nav.gaps': 'Implementation gaps',
	'nav.recommendations': 'Recommendations',
	'nav.crossCutting': 'Cross-cutting',
	'nav.visits': 'Visits',
	'nav.states': 'States',
	'nav.explore': 'Explore',
	'nav.report': 'Report',
	'nav.data': 'Data',
	'nav.briefing': 'Briefing',

	'marking.label': 'Confidentiality marking',
	'demo.banner': 'Synthetic demo data',
	'demo.detail': 'These figures are generated for demonstration. They are not CTED records.',

	'filters.label': 'Global filters',
	'filters.from': 'From',
	'filters.to': 'To',
	'filters.region': 'Region',
	'filters.subRegion': 'Sub-region',
	'filters.group': 'UN regional group',
	'filters.area': 'Thematic area',
	'filters.priority': 'Priority',
	'filters.resolution': 'Resolution',
	'filters.all': 'All',
	'filters.allAreas': 'All areas',
	'filters.areasChosen': '{n} areas',
	'filters.allYears': 'Any year',
	'filters.reset': 'Reset',
	'filters.inverted': 'The first year is after the last year: no record can match.',
	'filters.refused': '{filter}: the link asks for a value that does not exist, so all are shown.',
	'filters.scopeNote': '{filters}: {note}',
	'filters.scope.overview':
		'Applied to the recommendation figures only (R1, H1); visits and assessments have no thematic area, priority or resolution.',
	'filters.scope.recommendations':
		'Applied to every figure but follow-up reporting (R4), which counts assessments.',
	'filters.scope.surveyPriority': 'Not applied on this page: survey items have no priority.',
	'filters.scope.surveyResolution':
		'Not applied: survey items have no resolution. "Areas serving resolution" below selects areas by resolution.',
	'filters.scope.crossCuttingArea':
		'Applied to the recommendation (W2, C2, H1, H2) and assistance (W4, C4) figures only.',
	'filters.scope.crossCuttingRecords':
		'Applied to the recommendation figures (W2, C2, H1, H2) only.',
	'filters.scope.visits':
		'Not applied on this page: visits and the annual list have no thematic area, priority or resolution.',
	'filters.scope.states': "Not applied on this page: the list counts all of each State's records.",
	'filters.phrase.allRecommendations': 'all recommendations',
	'filters.phrase.recommendations': 'recommendations',
	'filters.phrase.priorityRecommendations': 'priority recommendations',
	'filters.phrase.standardRecommendations': 'standard recommendations',
	'filters.phrase.res1373': 'under resolution 1373 (2001)',
	'filters.phrase.res1624': 'under resolution 1624 (2005)',
	'filters.phrase.res2178': 'under resolution 2178 (2014)',
	'filters.phrase.resOther': 'under other resolutions',
	'filters.phrase.onAreas': 'on {areas}',
	'filters.phrase.or': ' or ',
	'filters.phrase.and': ' and ',
	'filters.phrase.allStates': 'all Member States',
	'filters.phrase.issuedBetween': 'issued {from}-{to}',
	'filters.phrase.issuedFrom': 'issued {from} onwards',
	'filters.phrase.issuedTo': 'issued up to {to}',
	'filters.phrase.issuedToDate': 'issued up to {date}',
	'filters.phrase.between': '{from}-{to}',
	'filters.phrase.from': '{from} onwards',
	'filters.phrase.to': 'up to {to}',
	'filters.phrase.allYears': 'all years',
	'filters.phrase.allYearsToDate': 'all years up to {date}',
	'filters.notApplied': 'The global filters do not apply to this view.',

	'state.loading': 'Loading data...',
	'state.linkLoading':
		'Loading the view of this link: its figures appear once the data engine has started.',
	'state.liveUnavailable':
		'The data engine could not start, so the figures below are the default view built with the site and cannot be filtered or changed: {message}',
	'state.empty': 'No data for these filters.',
	'state.error': 'This could not be computed: {message}',
	'state.pageError': 'Some figures on this page could not be computed.',
	'state.loadProblems':
		"Some data files could not be loaded. Figures that need them keep the published extract's default view and cannot be filtered or changed; any other view of them shows an error.",

	'value.noData': 'No data',
	'value.failed': 'Could not be computed',
	'value.smallBase': 'small base',
	'value.smallBaseTitle': 'Small base: fewer than {n} in the denominator; read with care.',
	'value.nOfN': '{n} / {d}',
	'value.hover': '{numLabel}: {n}. {denLabel}: {d}.',
	'value.states': '{n} States',

	'indicator.how': 'How is this computed',
	'indicator.numerator': 'Numerator',
	'indicator.denominator': 'Denominator',
	'indicator.atDate': 'Reference date D: {date}.',
	'indicator.paragraph': 'S/RES/2395 (2017), para. {paras}',
	'indicator.paragraphs': 'S/RES/2395 (2017), paras. {paras}',

	'figure.source': 'Source: CTED assessment records{demo}, extract of {date}.',
	'figure.sourceUndated': 'Source: CTED assessment records.',
	'figure.sourceDemo': ' (synthetic demo data)',
	'figure.exportCsv': 'CSV',

	'overview.title': 'Overview',
	'overview.lead':
		'Headline indicators on visits, recommendations and the cross-cutting dimensions of resolution 2395 (2017), at the reference date {date}.',
	'overview.leadUndated':
		'Headline indicators on visits, recommendations and the cross-cutting dimensions of resolution 2395 (2017).',
	'overview.cards': 'Headline indicators',
	'overview.trends': 'Trends by year',
	'overview.visitsTitle': 'Visits by year',
	'overview.visitsSubtitle':
		'Assessments other than desk reviews, by year of the visit end. The rule marks the adoption of resolution 2395 on 21 Dec 2017.',
	'overview.visitsAxis': 'Visits',
	'overview.sharesTitle': 'Gender, children and human rights by year',
	'overview.sharesSubtitle':
		'W1 and C1: share of reports adopted that year with the analysis; H1: share of recommendations issued that year. Hollow points: small base.',
	'overview.sharesAxis': 'Share',
	'overview.marker': 'Res. 2395',
	'overview.seriesW1': 'W1 gender analysis',
	'overview.seriesC1': "C1 children's rights",
	'overview.seriesH1': 'H1 human rights',
	'overview.neverVisited': 'Member States never visited ({n})',
	'overview.showList': 'Show the list',
	'overview.neverVisitedNone': 'Every Member State under these filters has had a visit.',

	'table.state': 'Member State',
	'table.iso3': 'ISO3',
	'table.region': 'Region',
	'table.subRegion': 'Sub-region',
	'table.group': 'UN regional group',
	'table.admitted': 'Admitted',
	'table.noGroup': 'None',
	'table.sortBy': 'Sort by {column}',

	'states.title': 'Member States',
	'states.lead': 'The 193 Member States of the United Nations. Select a State for its profile.',
	'states.count': 'Showing {n} of {total} Member States.',
	'state.profileLead': '{region}, {subRegion}. UN regional group: {group}. Member since {date}.',
	'state.profilePlanned':
		'a profile of the State: visits and reports, recommendations and their status, assessment scores by area, and the external context (FATF, WPS Index, GTI).',

	'report.title': 'Annual report {year}',

	'data.title': 'Data',
	'data.lead':
		'What the dashboard is built from: the extract loaded in this browser, the data dictionary, the indicator definitions and the sources of the reference data.',
	'data.manifest': 'This extract',
	'data.manifestTier': 'Tier',
	'data.manifestDate': 'Reference date (D)',
	'data.manifestSource': 'Source',
	'data.manifestBuilt': 'Built at',
	'data.manifestSchema': 'Schema version',
	'data.manifestFile': 'File',
	'data.manifestRows': 'Rows',
	'data.manifestBytes': 'Bytes',
	'data.manifestSha': 'SHA-256',
	'data.manifestStatus': 'Status',
	'data.loaded': 'Loaded',
	'data.notLoaded': 'Not loaded: {message}',
	'data.sourceDemo': 'Synthetic demo data (generated, seed {seed})',
	'data.sourceDemoNoSeed': 'Synthetic demo data (generated)',
	'data.sourceReal': 'CTED records',
	'data.dictionary': 'Data dictionary',
	'data.dictionaryLead':
		'Generated from the schema module, the single source of the extract builder, the validator and this page.',
	'data.derived': 'Derived in the browser',
	'data.derivedLead':
		'After loading, DuckDB derives these tables from the extract tables above, so that each figure need not recompute them. They hold nothing the extract does not, and the SQL console can read them.',
	'data.derivedColumns': 'Columns',
	'data.tableKey': 'Key',
	'data.tableSource': 'Source',
	'data.tableKind': 'Kind',
	'data.kind.reference': 'reference',
	'data.kind.fact': 'fact',
	'data.kind.external': 'external',
	'data.column': 'Column',
	'data.type': 'Type',
	'data.required': 'Required',
	'data.yes': 'yes',
	'data.no': 'no',
	'data.allowed': 'Allowed values',
	'data.references': 'References',
	'data.range': '{min} to {max}',
	'data.min': '{min} or more',
	'data.max': '{max} or less',
	'data.description': 'Description',
	'data.indicators': 'Indicator catalogue',
	'data.indicatorsLead':
		'Every indicator with the paragraph of resolution 2395 (2017) it serves. A rate with a denominator of 0 is "no data", never 0 %.',
	'data.indicatorId': 'Id',
	'data.indicatorTitle': 'Indicator',
	'data.indicatorDefinition': 'Definition',
	'data.indicatorParas': 'Paragraphs',
	'data.provenance': 'Reference data: sources and attributions',
	'data.provenanceLead':
		'The reference and external tables are real, public data; none of it is CTED records.',

	'date.months': 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec',
	'date.pattern': '{day} {month} {year}',

	'error.title': 'Page not found',
	'error.other': 'Something went wrong',
	'error.back': 'Go to the overview',

	// Each view keeps its messages in its own file, so views can be built side by side.
	...enCrossCutting,
	...enExplore,
	...enExports,
	...enGaps,
	...enRecommendations,
	...enReport,
	...enVisits
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof en;
export type Catalogue = Readonly<Record<MessageKey, string>>;
