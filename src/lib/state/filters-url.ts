import type { GlobalFilters } from '../queries/filters';
import { SUBREGIONS, type MemberState } from '../reference/member-states';
import { choiceParam, textParam, type UrlParam, type UrlSchema } from './url-params';

function yearParam(name: string): UrlParam<number | null> {
	return {
		name,
		default: null,
		parse: (text) => (/^\d{4}$/.test(text) ? Number(text) : undefined),
		serialise: (year) => (year === null ? '' : String(year))
	};
}

/** The global filters in the URL: ?from=&to=&region=&subregion=&group= on every page. */
export const FILTER_URL: UrlSchema<GlobalFilters> = {
	yearFrom: yearParam('from'),
	yearTo: yearParam('to'),
	region: textParam('region'),
	// An unknown name falls back to all, and the filter bar says so (refusedParams).
	subRegion: choiceParam<string | null>('subregion', SUBREGIONS, null),
	unGroup: textParam('group')
};

/**
 * Whether a Member State is among those the global filters keep (the period
 * aside): the bundled list's counterpart of filteredStatesSql, for views that
 * list States without a query.
 */
export function inStateFilters(s: MemberState, f: GlobalFilters): boolean {
	return (
		(f.region === null || s.region === f.region) &&
		(f.subRegion === null || s.subRegion === f.subRegion || s.intermediateRegion === f.subRegion) &&
		(f.unGroup === null || s.unRegionalGroup === f.unGroup)
	);
}
