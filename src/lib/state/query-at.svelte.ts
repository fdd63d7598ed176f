import type { GlobalFilters } from '$lib/queries/filters';
import type { Query } from '$lib/sql/query';
import { appData } from './app-data.svelte';
import { filters } from './filters.svelte';
import { QueryResult } from './query.svelte';

/** What a page's query is built from: the extract's date D and the filters. */
export interface QueryScope {
	readonly d: string;
	readonly filters: GlobalFilters;
}

/**
 * A page's query at the extract's date D under the global filters (or the
 * filters `current` gives): waiting, not run, until D is known, and run again
 * whenever D or the filters change. Every page builds its figures' queries
 * through this, so "at D under these filters" means the same everywhere.
 */
export function queryAt<Row>(
	build: (at: QueryScope) => Query<Row> | null,
	current: () => GlobalFilters = () => filters.current
): QueryResult<Row> {
	return new QueryResult<Row>(() => {
		const d = appData.referenceDate;
		if (!d) return null;
		// A getter: a query that does not read the filters does not re-run when they change.
		return build({
			d,
			get filters() {
				return current();
			}
		});
	});
}
