import type { GlobalFilters } from '../queries/filters';
import { textParam, type UrlParam, type UrlSchema } from './url-params';

function yearParam(name: string): UrlParam<number | null> {
	return {
		name,
		default: null,
		parse: (text) => (/^\d{4}$/.test(text) ? Number(text) : undefined),
		serialise: (year) => (year === null ? '' : String(year))
	};
}

/** The global filters in the URL: ?from=&to=&region=&group= on every page. */
export const FILTER_URL: UrlSchema<GlobalFilters> = {
	yearFrom: yearParam('from'),
	yearTo: yearParam('to'),
	region: textParam('region'),
	unGroup: textParam('group')
};
