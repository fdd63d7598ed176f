/** English messages of chart exports, data downloads and the briefing basket; merged by en.ts. */
export const enExports = {
	'exports.filtersNotApplied': 'Global filters do not apply to this figure.',
	'exports.filtersUnapplied':
		'Filter not applied to this figure (its records have no such field): {filters}.',
	'exports.view': 'View: {toggles}.',
	'exports.stamp': 'Extract of {date}, version {hash}. {marking}.',
	'exports.stampUnknown': 'Extract version unknown. {marking}.',
	/** The stamp after a source line that already names the extract's date (figure.source and its kin). */
	'exports.stampVersion': 'Version {hash}. {marking}.',
	/** How figure.source, cc.source and cc.wpsSource name the extract's date; keep in step with them. */
	'exports.extractOf': 'extract of {date}',

	'exports.menu': 'Download',
	'exports.menuLabel': 'Download options: {title}',
	'exports.svg': 'SVG',
	'exports.png1': 'PNG',
	'exports.png2': 'PNG 2x',
	'exports.slide': 'Slide PNG (1920×1080)',
	'exports.csv': 'CSV',
	'exports.xlsx': 'Excel (XLSX)',
	'exports.label': 'Download {format}: {title}',
	'exports.failed': 'The export failed: {message}',
	'exports.preparing': 'Preparing the file...',

	'exports.notes.sheet': 'Notes',
	'exports.notes.data': 'Data',
	'exports.notes.title': 'Title',
	'exports.notes.marking': 'Marking',
	'exports.notes.tier': 'Confidentiality tier',
	'exports.notes.definition': 'Definition',
	'exports.notes.filters': 'Filters and view',
	'exports.notes.source': 'Source',
	'exports.notes.referenceDate': 'Extract reference date',
	'exports.notes.version': 'Extract version (SHA-256)',
	'exports.notes.rows': 'Rows',
	'exports.notes.columns': 'Columns',
	'exports.notes.column': 'Column',
	'exports.notes.meaning': 'Meaning',
	'exports.notes.escaping':
		'Text cells that began with = + - @, a tab or a carriage return start with an apostrophe, so no spreadsheet runs them as formulas.',

	'exports.col.numerator': 'Numerator: the cases counted by the indicator',
	'exports.col.denominator': 'Denominator: the cases the rate is taken over (0 means no data)',
	'exports.col.rate':
		'Rate: numerator / denominator, from 0 to 1; empty where the denominator is 0',
	'exports.col.year': 'Calendar year',
	'exports.col.implemented': 'R1 numerator: recommendations implemented at the reference date',
	'exports.col.progressed':
		'R2 numerator: recommendations implemented or partially implemented at the reference date',
	'exports.col.due':
		'Denominator of R1 and R2: recommendations issued 12 or more months before the reference date, still relevant',

	'briefing.add': 'Add to briefing',
	'briefing.addLabel': 'Add to briefing: {title}',
	'briefing.added': 'In briefing',
	'briefing.addedLabel': 'Already in the briefing: {title}',
	'briefing.full':
		'Browser storage is full: this chart was not added. The basket holds {n} charts ({size}); other data of this site may use the rest. Export the deck or remove charts, then add again.',
	'briefing.nav': 'Briefing ({n})',
	'briefing.title': 'Briefing basket',
	'briefing.lead':
		'Charts added from any view, kept in this browser until removed. Order them, then export one PowerPoint deck with the marking on every slide.',
	'briefing.empty': 'The basket is empty. Use "Add to briefing" under any chart.',
	'briefing.count': '{n} charts, {size} of browser storage.',
	'briefing.up': 'Move up',
	'briefing.down': 'Move down',
	'briefing.remove': 'Remove',
	'briefing.upLabel': 'Move up: {title}',
	'briefing.downLabel': 'Move down: {title}',
	'briefing.removeLabel': 'Remove: {title}',
	'briefing.clear': 'Remove all',
	'briefing.export': 'Export PowerPoint (PPTX)',
	'briefing.exporting': 'Building the deck...',
	'briefing.moved': '{title} moved to position {n}.',
	'briefing.removed': '{title} removed.',
	'briefing.from': 'From {page}, added {date}.',
	'briefing.deckTitle': 'CTC-CTED briefing',
	'briefing.deckSubtitle': 'Figures from the CTC-CTED analytics dashboard',
	'briefing.deckDate': 'Prepared {date}. Extract of {extract}.',
	'briefing.sourcesTitle': 'Sources',
	'briefing.definition': 'Definition: {text}',
	'briefing.filters': 'Filters: {text}',
	'briefing.slideOf': 'Slide {n} of {total}'
} as const;
