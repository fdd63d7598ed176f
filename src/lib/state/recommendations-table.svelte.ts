import {
	DEFAULT_REC_TABLE,
	REC_SORT_COLUMNS,
	recommendationPage,
	recommendationTextAvailability,
	statusHistory,
	type RecSortKey,
	type RecTableOptions,
	type RecTableRow,
	type StatusHistoryRow,
	type TextAvailabilityRow
} from '$lib/queries/recommendation-table';
import { appData } from './app-data.svelte';
import { filters } from './filters.svelte';
import { QueryResult } from './query.svelte';
import type { ViewParams } from './recommendations-url.svelte';

/** URL parameter names of the table; shared links depend on them. */
export const TABLE_PARAMS = {
	search: 'q',
	areaCode: 'area',
	status: 'status',
	priority: 'priority',
	resolution: 'res',
	sort: 'sort',
	descending: 'desc',
	page: 'page',
	selected: 'rec'
} as const;

const SORT_KEYS = Object.keys(REC_SORT_COLUMNS) as RecSortKey[];

/**
 * The recommendation table: one page at a time through SQL LIMIT/OFFSET, so
 * it stays fast at 100x; its options and the opened row live in the URL.
 */
export class RecommendationTableState {
	readonly url: ViewParams;

	readonly options: RecTableOptions = $derived.by(() => {
		const u = this.url;
		const page = Number(u.get(TABLE_PARAMS.page) ?? '1');
		return {
			...DEFAULT_REC_TABLE,
			search: u.get(TABLE_PARAMS.search),
			areaCode: u.get(TABLE_PARAMS.areaCode),
			status: u.get(TABLE_PARAMS.status),
			priority: u.get(TABLE_PARAMS.priority),
			resolution: u.get(TABLE_PARAMS.resolution),
			sort: u.choice(TABLE_PARAMS.sort, SORT_KEYS, DEFAULT_REC_TABLE.sort),
			descending: u.get(TABLE_PARAMS.descending) !== '0',
			page: Number.isInteger(page) && page > 1 ? page - 1 : 0
		};
	});
	readonly selected: string | null = $derived.by(() => this.url.get(TABLE_PARAMS.selected));

	readonly rows = new QueryResult<RecTableRow>(() =>
		appData.referenceDate
			? recommendationPage(this.options, filters.current, appData.referenceDate)
			: null
	);
	readonly text = new QueryResult<TextAvailabilityRow>(() =>
		appData.referenceDate ? recommendationTextAvailability() : null
	);
	/** Runs only when a row is opened; not part of the page's status. */
	readonly history = new QueryResult<StatusHistoryRow>(() =>
		this.selected ? statusHistory(this.selected) : null
	);

	readonly totalRows: number = $derived(this.rows.rows[0]?.total_rows ?? 0);
	readonly pageCount: number = $derived(
		Math.max(1, Math.ceil(this.totalRows / this.options.pageSize))
	);
	/** The wording column is shown only when this tier's extract carries wording. */
	readonly hasText: boolean = $derived((this.text.rows[0]?.with_text ?? 0) > 0);

	constructor(url: ViewParams) {
		this.url = url;
	}

	/** Changes a filter or the search and goes back to the first page. */
	filter(name: keyof typeof TABLE_PARAMS, value: string | null): Promise<void> {
		return this.url.set({ [TABLE_PARAMS[name]]: value, [TABLE_PARAMS.page]: null });
	}

	sortBy(key: RecSortKey): Promise<void> {
		const descending = this.options.sort === key ? !this.options.descending : false;
		return this.url.set({
			[TABLE_PARAMS.sort]: key,
			[TABLE_PARAMS.descending]: descending ? '1' : '0',
			[TABLE_PARAMS.page]: null
		});
	}

	goTo(page: number): Promise<void> {
		const p = Math.min(Math.max(page, 0), this.pageCount - 1);
		return this.url.set({ [TABLE_PARAMS.page]: p === 0 ? null : String(p + 1) });
	}

	open(recId: string | null): Promise<void> {
		return this.url.set({ [TABLE_PARAMS.selected]: recId });
	}
}
