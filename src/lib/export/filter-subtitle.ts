import { formatDate, t, type MessageKey } from '../i18n';
import {
	RECORD_DIMENSIONS,
	type FilterSubject,
	type GlobalFilters,
	type RecordDimension
} from '../queries/filters';
import { thematicArea } from '../reference/thematic-areas';

const RESOLUTION_PHRASE: Readonly<Record<string, MessageKey>> = {
	'1373': 'filters.phrase.res1373',
	'1624': 'filters.phrase.res1624',
	'2178': 'filters.phrase.res2178',
	other: 'filters.phrase.resOther'
};

/** The record phrase: "Priority recommendations under resolution 2178 (2014) on A or B"; null without one. */
function recordPhrase(f: GlobalFilters, subject: FilterSubject): string | null {
	if (f.areas === null && f.priority === null && f.resolution === null) {
		return subject === 'recommendations' ? t('filters.phrase.allRecommendations') : null;
	}
	const areaNames = (f.areas ?? []).map((code) => thematicArea(code)?.name ?? code);
	// Priority and resolution belong to recommendations; areas alone can be any record's.
	if (subject === 'records' && f.priority === null && f.resolution === null) {
		return areaNames.map((name, i) => (i ? lowerFirst(name) : name)).join(t('filters.phrase.or'));
	}
	const noun =
		f.priority === 'priority'
			? t('filters.phrase.priorityRecommendations')
			: f.priority === 'standard'
				? t('filters.phrase.standardRecommendations')
				: t('filters.phrase.recommendations');
	const parts = [noun];
	if (f.resolution) parts.push(t(RESOLUTION_PHRASE[f.resolution]));
	if (areaNames.length) {
		const names = areaNames.map(lowerFirst).join(t('filters.phrase.or'));
		parts.push(t('filters.phrase.onAreas', { areas: names }));
	}
	return parts.join(' ');
}

/** Area names start a sentence in the reference table; inside one they read in lower case. */
function lowerFirst(name: string): string {
	return /^[A-Z][a-z]/.test(name) ? name[0].toLowerCase() + name.slice(1) : name;
}

function placePhrase(f: GlobalFilters): string {
	const places = [f.subRegion, f.region, f.unGroup].filter((p): p is string => p !== null);
	return places.length ? places.join(', ') : t('filters.phrase.allStates');
}

function periodPhrase(
	f: GlobalFilters,
	subject: FilterSubject,
	referenceDate: string | null
): string | null {
	const issued = subject === 'recommendations';
	if (f.yearFrom !== null && f.yearTo !== null) {
		return t(issued ? 'filters.phrase.issuedBetween' : 'filters.phrase.between', {
			from: f.yearFrom,
			to: f.yearTo
		});
	}
	if (f.yearFrom !== null) {
		return t(issued ? 'filters.phrase.issuedFrom' : 'filters.phrase.from', { from: f.yearFrom });
	}
	if (f.yearTo !== null) {
		return t(issued ? 'filters.phrase.issuedTo' : 'filters.phrase.to', { to: f.yearTo });
	}
	if (referenceDate === null) return issued ? null : t('filters.phrase.allYears');
	return t(issued ? 'filters.phrase.issuedToDate' : 'filters.phrase.allYearsToDate', {
		date: formatDate(referenceDate)
	});
}

/**
 * The selection in words, as one sentence: "Priority recommendations on
 * countering the financing of terrorism (incl. FATF R.6), Western Africa,
 * issued 2018 onwards." The filter bar, every export's subtitle and the
 * copied link's confirmation say the same.
 */
export function filterSentence(
	f: GlobalFilters,
	referenceDate: string | null,
	subject: FilterSubject = 'records'
): string {
	const parts = [recordPhrase(f, subject), placePhrase(f), periodPhrase(f, subject, referenceDate)];
	const sentence = parts.filter((p): p is string => p !== null).join(', ');
	return `${sentence[0].toUpperCase()}${sentence.slice(1)}.`;
}

const DIMENSION_LABEL: Readonly<Record<RecordDimension, MessageKey>> = {
	area: 'filters.area',
	priority: 'filters.priority',
	resolution: 'filters.resolution'
};

/** The record filters that are set but that a figure reading only `applied` cannot apply. */
export function unappliedFilters(
	f: GlobalFilters,
	applied: readonly RecordDimension[]
): RecordDimension[] {
	const set: Record<RecordDimension, boolean> = {
		area: f.areas !== null,
		priority: f.priority !== null,
		resolution: f.resolution !== null
	};
	return RECORD_DIMENSIONS.filter((d) => set[d] && !applied.includes(d));
}

/** "Thematic area, priority and resolution" for a note. */
export function dimensionNames(dimensions: readonly RecordDimension[]): string {
	const names = dimensions.map((d, i) =>
		i ? lowerFirst(t(DIMENSION_LABEL[d])) : t(DIMENSION_LABEL[d])
	);
	return names.length > 1
		? `${names.slice(0, -1).join(', ')}${t('filters.phrase.and')}${names.at(-1)}`
		: (names[0] ?? '');
}

/**
 * The line under an exported figure that says what it shows: the selection
 * in words, a note naming any set filter the figure's table cannot apply, and
 * the view's own toggles. `applies` is false on views the global filters do
 * not touch; `dimensions` are the record filters the figure applies.
 */
export function filterSubtitle(
	f: GlobalFilters,
	toggles: readonly string[],
	referenceDate: string | null,
	applies = true,
	dimensions: readonly RecordDimension[] = RECORD_DIMENSIONS
): string {
	const parts: string[] = [];
	if (!applies) parts.push(t('exports.filtersNotApplied'));
	else {
		const subject: FilterSubject = dimensions.includes('priority') ? 'recommendations' : 'records';
		parts.push(filterSentence(f, referenceDate, subject));
		const unapplied = unappliedFilters(f, dimensions);
		if (unapplied.length) {
			parts.push(t('exports.filtersUnapplied', { filters: dimensionNames(unapplied) }));
		}
	}
	if (toggles.length) parts.push(t('exports.view', { toggles: toggles.join('; ') }));
	return parts.join(' ');
}
