/** The /states index's own URL parameters (name search and sort), parsed and written without Svelte. */

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
	readonly ascending: boolean;
}

export const STATES_INDEX_PARAMS = { q: 'q', sort: 'sort', dir: 'dir' } as const;

/** Names sort A-Z first; numbers and dates sort largest or latest first. */
export function defaultAscending(key: StateSortKey): boolean {
	return key === 'name' || key === 'region' || key === 'group';
}

export const DEFAULT_VIEW: StatesIndexView = { q: '', sort: 'name', ascending: true };

export function statesViewFromSearchParams(params: URLSearchParams): StatesIndexView {
	const sortText = params.get(STATES_INDEX_PARAMS.sort);
	const sort = STATE_SORT_KEYS.find((k) => k === sortText) ?? 'name';
	const dir = params.get(STATES_INDEX_PARAMS.dir);
	return {
		q: params.get(STATES_INDEX_PARAMS.q)?.trim() ?? '',
		sort,
		ascending: dir === 'asc' ? true : dir === 'desc' ? false : defaultAscending(sort)
	};
}

/** Defaults are left out, so a plain link stays plain; other parameters are kept. */
export function statesViewToSearchParams(
	view: StatesIndexView,
	base: URLSearchParams = new URLSearchParams()
): URLSearchParams {
	const out = new URLSearchParams(base);
	const set = (name: string, value: string | null) =>
		value === null ? out.delete(name) : out.set(name, value);
	set(STATES_INDEX_PARAMS.q, view.q.trim() === '' ? null : view.q.trim());
	set(STATES_INDEX_PARAMS.sort, view.sort === 'name' ? null : view.sort);
	set(
		STATES_INDEX_PARAMS.dir,
		view.ascending === defaultAscending(view.sort) ? null : view.ascending ? 'asc' : 'desc'
	);
	return out;
}
