import type { GlobalFilters, PriorityCode, ResolutionCode } from '../queries/filters';
import { AREA_CODES } from '../reference/thematic-areas';
import { REGIONS, SUBREGIONS, UN_GROUPS, type MemberState } from '../reference/member-states';
import { PRIORITY, RESOLUTION } from '../schema/enums';
import { choiceParam, type UrlParam, type UrlSchema } from './url-params';

function yearParam(name: string): UrlParam<number | null> {
	return {
		name,
		default: null,
		parse: (text) => (/^\d{4}$/.test(text) ? Number(text) : undefined),
		serialise: (year) => (year === null ? '' : String(year))
	};
}

/**
 * Thematic areas as a repeated parameter (`area=cft&area=ftf` means either);
 * one unknown code refuses the whole list, so the page shows all areas and
 * says so rather than a narrower selection than the link meant.
 */
function areasParam(name: string): UrlParam<readonly string[] | null> {
	return {
		name,
		default: null,
		repeated: true,
		parse: (text) => {
			const codes = [...new Set(text.split(',').map((code) => code.trim()))].filter(Boolean);
			if (codes.length === 0 || codes.some((code) => !AREA_CODES.includes(code))) return undefined;
			return AREA_CODES.filter((code) => codes.includes(code));
		},
		serialise: (codes) => (codes ?? []).join(','),
		same: (a, b) =>
			a === b ||
			(a !== null && b !== null && a.length === b.length && a.every((code, i) => code === b[i]))
	};
}

/**
 * The global filters in the URL on every page:
 * ?from=&to=&region=&subregion=&group=&area=&priority=&resolution=.
 * An unknown value falls back to all, and the filter bar says so (refusedParams).
 */
export const FILTER_URL: UrlSchema<GlobalFilters> = {
	yearFrom: yearParam('from'),
	yearTo: yearParam('to'),
	region: choiceParam<string | null>('region', REGIONS, null),
	subRegion: choiceParam<string | null>('subregion', SUBREGIONS, null),
	unGroup: choiceParam<string | null>('group', UN_GROUPS, null),
	areas: areasParam('area'),
	priority: choiceParam<PriorityCode | null>('priority', PRIORITY.codes, null),
	resolution: choiceParam<ResolutionCode | null>('resolution', RESOLUTION.codes, null)
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
