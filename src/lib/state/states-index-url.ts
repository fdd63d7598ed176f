/** The /states index's own URL parameters: name search and sort (shared links depend on them). */
import { choiceParam, type UrlParam, type UrlSchema } from './url-params';

export const STATE_SORT_KEYS = [
	'name',
	'region',
	'group',
	'last_visit',
	'assessments',
	'open',
	'r1'
] as const;
export type StateSortKey = (typeof STATE_SORT_KEYS)[number];

export interface StatesIndexView {
	/** Text the State's name or ISO3 code must contain; '' shows all. */
	readonly q: string;
	readonly sort: StateSortKey;
	/** Null: the sort key's own direction (`defaultAscending`). */
	readonly dir: 'asc' | 'desc' | null;
}

/** Names sort A-Z first; numbers and dates sort largest or latest first. */
export function defaultAscending(key: StateSortKey): boolean {
	return key === 'name' || key === 'region' || key === 'group';
}

/** The direction to write: null where it is the key's own. */
export function sortDir(key: StateSortKey, ascending: boolean): 'asc' | 'desc' | null {
	return ascending === defaultAscending(key) ? null : ascending ? 'asc' : 'desc';
}

const search: UrlParam<string> = {
	name: 'q',
	default: '',
	parse: (text) => text.trim(),
	serialise: (text) => text.trim()
};

export const STATES_INDEX_URL: UrlSchema<StatesIndexView> = {
	q: search,
	sort: choiceParam('sort', STATE_SORT_KEYS, 'name'),
	dir: {
		name: 'dir',
		default: null,
		parse: (text) => (text === 'asc' || text === 'desc' ? text : undefined),
		serialise: (dir) => dir ?? ''
	}
};
