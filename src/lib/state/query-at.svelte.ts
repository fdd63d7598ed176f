import type { GlobalFilters } from '$lib/queries/filters';
import type { Query } from '$lib/sql/query';
import { appData } from './app-data.svelte';
import { filters } from './filters.svelte';
import { QueryResult } from './query.svelte';

/**
 * A page's query at the extract's date D under the global filters (or the
 * filters `current` gives): waiting, not run, until D is known, and run again
 * whenever D or the filters change. Every page builds its figures' queries
 * through this, so "at D under these filters" means the same everywhere.
 */
export function queryAt<Row>(
	build: (f: GlobalFilters, d: string) => Query<Row> | null,
	current: () => GlobalFilters = () => filters.current
): QueryResult<Row> {
	return new QueryResult<Row>(() => {
		const d = appData.referenceDate;
		return d ? build(current(), d) : null;
	});
}
