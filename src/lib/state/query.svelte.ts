import { runQuery } from '$lib/db';
import type { Query } from '$lib/queries/query';
import { errorMessage, type LoadStatus, type StatusPart } from './status';

/**
 * The result of one query that re-runs whenever what `build` reads changes
 * (filters, reference date). `build` returns null while its inputs are not
 * known yet. Create it during component initialisation (it owns an effect).
 * A late answer to an outdated query is dropped.
 */
export class QueryResult<Row> implements StatusPart {
	status: LoadStatus = $state('loading');
	error: string | null = $state(null);
	/** Rows as returned, never proxied (`$state.raw`): result sets can be large. */
	rows: readonly Row[] = $state.raw([]);
	#latest = 0;

	constructor(build: () => Query<Row> | null, run: (q: Query<Row>) => Promise<Row[]> = runQuery) {
		$effect(() => {
			const q = build();
			if (q === null) return;
			const id = ++this.#latest;
			this.status = 'loading';
			run(q).then(
				(rows) => {
					if (id !== this.#latest) return;
					this.rows = rows;
					this.error = null;
					this.status = 'ready';
				},
				(e) => {
					if (id !== this.#latest) return;
					this.error = errorMessage(e);
					this.status = 'error';
				}
			);
		});
	}
}
