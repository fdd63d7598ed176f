/** English messages of the annual-report figure book; merged into the catalogue by en.ts. */
export const enReport = {
	'report.lead':
		"The standard figures and tables of the Counter-Terrorism Committee's annual report to the Security Council for {year} (S/RES/2395 (2017), paras 7, 9, 10, 13, 21, 28 and 29), over all Member States.",
	'report.dateYearEnd':
		'Figures are computed at 31 December {year} (the reference date D): the state of the records at the end of the reporting year, so the book of a past year does not change when later data arrive. Extract {hash}.',
	'report.dateExtract':
		"Figures are computed at {date} (the reference date D), the extract's own reference date: the latest day its records cover, since {year} is not over in this extract. Extract {hash}.",
	'report.dateFuture':
		"{year} is after the extract's reference date {date}: no record of that year exists yet, so the figures show the state at {date}. Extract {hash}.",
	'report.filtersIgnored':
		'The global filters do not apply to the annual report: it covers all Member States.',
	'report.yearPicker': 'Reporting year',
	'report.yearGo': 'Open',
	'report.print': 'Print or save as PDF',
	'report.printNote':
		'A4 pages with the marking at the top and bottom of every page and page numbers. Leave "Headers and footers" off in the print dialog: the browser\'s own header and footer would replace the marking and page numbers.',
	'report.contents': 'Contents',
	'report.pin': 'Figures at D = {d}. Extract {hash} of {extractDate}. {marking}.',
	'report.hashPending': 'computing',
	'report.figure': 'Figure {n}. {title}',
	'report.table': 'Table {n}. {title}',

	'report.chapter.visits': 'Visits and coverage (paras 7 and 9)',
	'report.chapter.recommendations': 'Recommendations and follow-up (paras 10 and 13)',
	'report.chapter.gaps': 'Implementation gaps (paras 4, 14 and 17)',
	'report.chapter.crossCutting': "Gender, children's rights and human rights (paras 21, 28 and 29)",

	'report.visits.title': 'Visits and States visited, by year',
	'report.visits.subtitle':
		'Running totals at each year end of visits (assessments other than desk reviews, by year of visit end) and of Member States visited at least once.',
	'report.visits.axis': 'Cumulative count',
	'report.visits.visits': 'Visits',
	'report.visits.states': 'States visited',
	'report.coverage.title': 'Coverage (V1) and never-visited States (V2), by region',
	'report.coverage.region': 'Region',
	'report.coverage.states': 'Member States',
	'report.coverage.visited': 'Visited at least once',
	'report.coverage.share': 'Coverage (V1)',
	'report.coverage.never': 'Never visited (V2)',
	'report.coverage.within5': 'Visited in the last 5 years',
	'report.total': 'All Member States',
	'report.turnaround.title': 'Report turnaround (V4), by year of visit end',
	'report.turnaround.subtitle':
		"Days from the end of a visit to the Committee's adoption of its report: median and 90th percentile, reports adopted by D.",
	'report.turnaround.axis': 'Days',
	'report.turnaround.median': 'Median',
	'report.turnaround.p90': '90th percentile',
	'report.followup.title': 'Follow-up reports on time (R4), by year of adoption',
	'report.followup.year': 'Report adopted',
	'report.followup.onTime': 'On time',
	'report.followup.late': 'Late',
	'report.followup.overdue': 'Overdue',
	'report.followup.notDue': 'Not yet due',
	'report.followup.rate': 'On time (R4)',
	'report.followup.all': 'All years',
	'report.implementation.title':
		'Implementation (R1) and progress (R2) of recommendations, by thematic area',
	'report.implementation.subtitle':
		'Recommendations issued at least 12 months before D and still relevant: dark bar implemented (R1), light bar implemented or partially implemented (R2), at D.',
	'report.implementation.axis': 'Share of recommendations',
	'report.implementation.r1': 'Implemented (R1)',
	'report.implementation.r2': 'Implemented or partially (R2)',
	'report.gaps.title': 'Mean implementation score (G1) by thematic area and region',
	'report.gaps.area': 'Thematic area',
	'report.gaps.noScore': 'No score',
	'report.gaps.note':
		'G1 from each State\'s latest survey edition as of D: fully 1, largely 2/3, partially 1/3, not 0; each State counts once. * fewer than {n} States scored. "No score": no State of the region rated in the area.',
	'report.trend.title':
		"Gender, children's rights and human rights in reports and recommendations, by year",
	'report.trend.subtitle':
		'W1 and C1: share of reports adopted that year with gender or child-rights analysis; H1: share of recommendations issued that year that concern human rights. Hollow points: small base.',
	'report.trend.axis': 'Share',
	'report.trend.W1': 'Gender analysis (W1)',
	'report.trend.C1': 'Child rights (C1)',
	'report.trend.H1': 'Human rights (H1)',
	'report.cross.gender': 'Gender indicators (para 28)',
	'report.cross.children': "Children's rights indicators (para 29)",
	'report.cross.humanRights': 'Human rights and the rule of law (para 21)',
	'report.cross.indicator': 'Indicator',
	'report.cross.inYear': 'In {year}',
	'report.cross.toDate': 'All years to D',
	'report.cross.h2': 'Implementation (R1) of human-rights recommendations (H2)',
	'report.cross.h2Others': 'Implementation (R1) of the other recommendations',

	'permalink.copy': 'Copy link',
	'permalink.copied': 'Link copied: it opens this view with its filters and choices.',
	'permalink.selection': 'It selects: {selection}',
	'permalink.manual': 'The browser did not allow copying. Copy this link (Ctrl+C):',

	'report.sum.visitsNone': 'No visit is recorded up to {date}.',
	'report.sum.visitsNoneInYear': 'No visit is recorded in {year}.',
	'report.sum.visitsInYear': 'In {year}, CTED conducted {visits} visits to {states} Member States.',
	'report.sum.visitsTotal':
		'By {date}, {visits} visits to {states} States had been conducted in total.',
	'report.sum.coverageNone': 'No Member State is on file at {date}.',
	'report.sum.coverage':
		'By {date}, {n} of the {d} Member States ({pct}) had received at least one visit; {never} had never been visited.',
	'report.sum.turnaroundNone':
		'No report on a visit that ended in {year} had been adopted by {date}.',
	'report.sum.turnaround':
		'For visits that ended in {year}, the median time to adoption of the report was {median} days (90th percentile {p90} days; {reports} reports adopted by {date}).',
	'report.sum.followupNone': 'No follow-up report was due by {date}.',
	'report.sum.followup':
		'Of the {due} assessments whose follow-up report was due by {date}, {n} ({pct}) were reported on time; overdue at that date: {overdue}.',
	'report.sum.implementationNone':
		'No recommendation issued at least 12 months before {date} is on file.',
	'report.sum.implementation':
		'At {date}, {r1} of recommendations issued at least 12 months earlier were implemented ({r1n}) and {r2} were implemented or partially implemented ({r2n}).',
	'report.sum.gapsNone': 'No survey score is on file at {date}.',
	'report.sum.gaps':
		'At {date}, {pct} of State scores by area were below 0.5 ({nOfN}); the lowest regional mean was {area} in {region} ({score}).',
	'report.sum.trendNone': 'No report was adopted and no recommendation issued in {year}.',
	'report.sum.trend':
		"In {year}, share of reports adopted with gender analysis (W1): {w1}; with children's rights (C1): {c1}. Share of recommendations issued on human rights (H1): {h1}.",
	'report.sum.crossNone': '{label}: no data up to {date}.',
	'report.sum.crossNoneInYear': '{label}: no data in {year}.',
	'report.sum.crossInYear': '{label}: {pct} in {year} ({nOfN}).',
	'report.sum.crossToDate': 'Over all years to {date}: {pct} ({nOfN}).',

	'report.docx.download': 'Download Word (.docx)',
	'report.docx.note':
		"The same book as an editable Word document: A4, Word's own heading, caption and table styles, the marking on every page.",
	'report.docx.working': 'Building the Word document: {step}',
	'report.docx.stepFigures': 'drawing figure {n} of {total}',
	'report.docx.stepDocument': 'writing the document',
	'report.docx.notReady': 'The book is still loading; try again once every figure is drawn.',
	'report.docx.failed': 'The Word document could not be built: {error}',
	'report.docx.done': 'Saved {file}.',
	'report.docx.figure': 'Figure',
	'report.docx.table': 'Table',
	'report.docx.page': 'Page',
	'report.docx.of': 'of',
	'report.docx.annex': 'Annex: definitions of the indicators',
	'report.pack.download': 'Download all figures (.zip)',
	'report.pack.note':
		'Every figure as SVG, PNG at 2x and a 1920x1080 slide, with its rows as CSV and XLSX, and a README.txt naming the extract (D, hash, tier).',
	'report.pack.working': 'Building the figure pack: {step}',
	'report.pack.stepFigures': 'drawing figure {n} of {total}',
	'report.pack.stepZip': 'writing the zip',
	'report.pack.failed': 'The figure pack could not be built: {error}'
} as const;
