import {
	DEFAULT_REC_TABLE,
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
import { REC_OPENED_URL, REC_TABLE_URL } from './recommendations-url';
import { UrlState } from './url-state.svelte';

/**
 * The table's own filters: each change goes back to the first page. Area,
 * priority and resolution are global filters (filter bar).
 */
export type RecTableFilter = 'search' | 'status';

/**
 * The recommendation table: one page at a time through SQL LIMIT/OFFSET, so
 * its cost does not grow with the data; its options and the opened row live in the URL.
 */
export class RecommendationTableState {
	readonly #url = new UrlState(REC_TABLE_URL);
	readonly #opened = new UrlState(REC_OPENED_URL);

	readonly options: RecTableOptions = $derived({ ...DEFAULT_REC_TABLE, ...this.#url.current });
	readonly selected: string | null = $derived(this.#opened.current.recId);

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

	filter(name: RecTableFilter, value: string | null): Promise<void> {
		const patch: Partial<Record<RecTableFilter, string | null>> & { page: number } = { page: 0 };
		patch[name] = value;
		return this.#url.set(patch);
	}

	sortBy(key: RecSortKey): Promise<void> {
		const descending = this.options.sort === key ? !this.options.descending : false;
		return this.#url.set({ sort: key, descending, page: 0 });
	}

	goTo(page: number): Promise<void> {
		return this.#url.set({ page: Math.min(Math.max(page, 0), this.pageCount - 1) });
	}

	open(recId: string | null): Promise<void> {
		return this.#opened.set({ recId });
	}
}
