import { formatDate, t } from '../i18n';
import type { GlobalFilters } from '../queries/filters';

/**
 * The line under an exported figure that says what it shows: the global
 * filters (or "all Member States, all years up to D") and the view's own
 * toggles, e.g. "Filters: years 2018-2024; Africa. View: measure gap share".
 * `applies` is false on views the global filters do not touch.
 */
export function filterSubtitle(
	f: GlobalFilters,
	toggles: readonly string[],
	referenceDate: string | null,
	applies = true
): string {
	const parts: string[] = [];
	if (applies) {
		if (f.yearFrom !== null && f.yearTo !== null) {
			parts.push(t('filters.period', { from: f.yearFrom, to: f.yearTo }));
		} else if (f.yearFrom !== null) parts.push(t('filters.periodFrom', { from: f.yearFrom }));
		else if (f.yearTo !== null) parts.push(t('filters.periodTo', { to: f.yearTo }));
		if (f.region) parts.push(t('exports.filterRegion', { region: f.region }));
		if (f.subRegion) parts.push(t('exports.filterSubRegion', { subRegion: f.subRegion }));
		if (f.unGroup) parts.push(t('exports.filterGroup', { group: f.unGroup }));
	}
	const scope = !applies
		? t('exports.filtersNotApplied')
		: parts.length
			? t('exports.filtersActive', { parts: parts.join('; ') })
			: referenceDate
				? t('exports.filtersNone', { date: formatDate(referenceDate) })
				: t('exports.filtersNoneUndated');
	return toggles.length ? `${scope} ${t('exports.view', { toggles: toggles.join('; ') })}` : scope;
}
