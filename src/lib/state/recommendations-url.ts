/** The recommendations page's URL parameters: its sections' choices and the table's (shared links depend on them). */
import {
	DEFAULT_REC_TABLE,
	REC_SORT_COLUMNS,
	type RecSortKey,
	type RecTableOptions
} from '../queries/recommendation-table';
import type { SurvivalGroup } from '../queries/survival';
import { choiceParam, isoDateParam, textParam, type UrlParam, type UrlSchema } from './url-params';

export const RATE_DIMENSIONS = ['area', 'region', 'un_group', 'priority', 'resolution'] as const;
export type RateDimension = (typeof RATE_DIMENSIONS)[number];
export const SURVIVAL_GROUPS = ['priority', 'area', 'none'] as const satisfies SurvivalGroup[];

export const OVERDUE_SORT_KEYS = ['name', 'report_adopted', 'due_date', 'days_overdue'] as const;
export type OverdueSortKey = (typeof OVERDUE_SORT_KEYS)[number];
export interface OverdueSort {
	readonly key: OverdueSortKey;
	readonly ascending: boolean;
}

export interface SelectedCell {
	readonly from: string;
	readonly to: string;
}

export interface RecView {
	readonly dimension: RateDimension;
	readonly survival: SurvivalGroup;
	/** The status-flow dates; null takes D and two years before the end date. */
	readonly flowFrom: string | null;
	readonly flowTo: string | null;
	/** The chosen cell of the transition matrix. */
	readonly cell: SelectedCell | null;
	readonly overdueSort: OverdueSort;
}

/** The transition-matrix cell: `<from status>.<to status>`. */
const cell: UrlParam<SelectedCell | null> = {
	name: 'cell',
	default: null,
	parse: (text) => {
		const m = /^([a-z_]+)\.([a-z_]+)$/.exec(text);
		return m ? { from: m[1], to: m[2] } : undefined;
	},
	serialise: (c) => (c ? `${c.from}.${c.to}` : ''),
	same: (a, b) => a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to)
};

/** The overdue list's order: `<column>.<asc|desc>`; most days overdue first by default. */
const overdueSort: UrlParam<OverdueSort> = {
	name: 'od_sort',
	default: { key: 'days_overdue', ascending: false },
	parse: (text) => {
		const [key, dir] = text.split('.');
		const known = OVERDUE_SORT_KEYS.find((k) => k === key);
		return known && (dir === 'asc' || dir === 'desc')
			? { key: known, ascending: dir === 'asc' }
			: undefined;
	},
	serialise: (sort) => `${sort.key}.${sort.ascending ? 'asc' : 'desc'}`,
	same: (a, b) => a.key === b.key && a.ascending === b.ascending
};

export const REC_URL: UrlSchema<RecView> = {
	dimension: choiceParam('dim', RATE_DIMENSIONS, 'area'),
	survival: choiceParam('km', SURVIVAL_GROUPS, 'priority'),
	flowFrom: isoDateParam('flow_from'),
	flowTo: isoDateParam('flow_to'),
	cell,
	overdueSort
};

/** The table's filters, order and page (from 0; the URL counts from 1). */
export type RecTableView = Omit<RecTableOptions, 'pageSize'>;

export const REC_TABLE_URL: UrlSchema<RecTableView> = {
	search: textParam('q'),
	status: textParam('status'),
	sort: choiceParam('sort', Object.keys(REC_SORT_COLUMNS) as RecSortKey[], DEFAULT_REC_TABLE.sort),
	descending: {
		name: 'desc',
		default: DEFAULT_REC_TABLE.descending,
		parse: (text) => text !== '0',
		serialise: (descending) => (descending ? '1' : '0')
	},
	page: {
		name: 'page',
		default: 0,
		parse: (text) => {
			const n = Number(text);
			return Number.isInteger(n) && n >= 1 ? n - 1 : undefined;
		},
		serialise: (page) => String(page + 1)
	}
};

/** The table's opened row, apart from its options so opening one does not re-run the page query. */
export const REC_OPENED_URL: UrlSchema<{ readonly recId: string | null }> = {
	recId: textParam('rec')
};
