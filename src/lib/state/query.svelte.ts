import { page } from '$app/state';
import { untrack } from 'svelte';
import { runQuery } from '$lib/db';
import type { Query } from '$lib/sql/query';
import {
	noteQueryResult,
	prerenderedRows,
	prerenderedShown,
	queryKey,
	type PrerenderedRows
} from './prerendered.svelte';
import { AnswerCache } from './answer-cache';
import { errorMessage, type LoadStatus, type StatusPart } from './status';

/** Answers of the shared engine (runQuery) on this page load; see AnswerCache. */
const liveAnswers = new AnswerCache(200_000, 20_000);

/** Where the rows shown came from: the build (prerendered into the page) or the engine. */
export type RowSource = 'prerendered' | 'live' | null;

function pageRows(): PrerenderedRows | undefined {
	return (page.data as { prerendered?: PrerenderedRows }).prerendered;
}

interface Shown<Row> {
	readonly rows: readonly Row[];
	readonly source: RowSource;
	readonly key: string | null;
}

/**
 * The result of one query that re-runs whenever what `build` reads changes
 * (filters, reference date). `build` returns null while its inputs are not
 * known yet. Create it during component initialisation (it owns an effect).
 * A late answer to an outdated query is dropped.
 *
 * A query the build answered (the page's default view) starts ready with
 * those rows, in the HTML and at hydration; the engine's answer replaces them
 * when it comes, without a loading state in between. Rows of another query
 * are never shown under this one: a query the build did not answer starts
 * empty and loading, unless the engine answered it before on this page load
 * (liveAnswers), then it shows that answer at once.
 */
export class QueryResult<Row> implements StatusPart {
	readonly build: () => Query<Row> | null;
	/** False until the effect first runs: until then the build's rows, looked up on first read. */
	#running = $state(false);
	#initial: Shown<Row> | null = null;
	#status: LoadStatus = $state('loading');
	#error: string | null = $state(null);
	/** Rows as returned, never proxied (`$state.raw`): result sets can be large. */
	#rows: readonly Row[] = $state.raw([]);
	#source: RowSource = $state(null);
	#liveError: string | null = $state(null);
	/** The query whose rows are on screen (the build's or the engine's), if any. */
	#shownKey: string | null = null;
	/** The same, for readers outside the effect (which must not track what it writes). */
	#shownKeyState: string | null = $state(null);
	#latest = 0;

	constructor(build: () => Query<Row> | null, run: (q: Query<Row>) => Promise<Row[]> = runQuery) {
		this.build = build;
		noteQueryResult(this);
		// Only the shared engine's answers are shared; another runner's are its own.
		const cache = run === runQuery ? liveAnswers : null;

		$effect(() => {
			const q = build();
			if (!untrack(() => this.#running)) this.#start();
			if (q === null) return;
			const id = ++this.#latest;
			const key = queryKey(q);
			// Same key, same SQL and values: the rows are of this query's type.
			const answered = cache?.get(key) as readonly Row[] | undefined;
			if (answered) {
				this.#show(answered, 'live');
				this.#setShownKey(key);
				return;
			}
			if (key !== this.#shownKey) {
				const rows = untrack(() => prerenderedRows(q, pageRows));
				if (rows) {
					this.#show(rows, 'prerendered');
					this.#setShownKey(key);
				} else {
					// Never the rows of the build's query under another one.
					if (this.#source === 'prerendered') {
						this.#show([], null);
						this.#setShownKey(null);
					}
					this.#status = 'loading';
				}
			}
			// Rows of this very query are on screen: a failed refresh leaves them standing.
			const refreshing = this.#shownKey === key;
			run(q).then(
				(rows) => {
					cache?.set(key, rows);
					if (id !== this.#latest) return;
					this.#show(rows, 'live');
					this.#setShownKey(key);
				},
				(e) => {
					if (id !== this.#latest) return;
					if (refreshing) this.#liveError = errorMessage(e);
					else {
						this.#error = errorMessage(e);
						this.#status = 'error';
					}
				}
			);
		});

		$effect(() => () => {
			// Gone from the page: a late answer must not count it twice.
			this.#latest++;
			if (untrack(() => this.#source) === 'prerendered') prerenderedShown.showing -= 1;
		});
	}

	get status(): LoadStatus {
		return this.#running ? this.#status : this.#first().source ? 'ready' : 'loading';
	}
	get error(): string | null {
		return this.#running ? this.#error : null;
	}
	get rows(): readonly Row[] {
		return this.#running ? this.#rows : this.#first().rows;
	}
	get source(): RowSource {
		return this.#running ? this.#source : this.#first().source;
	}
	/** queryKey of the query whose rows are shown: a caller can tell they answer what it asks now. */
	get shownKey(): string | null {
		return this.#shownKeyState;
	}
	/** The engine could not refresh the build's rows; they stay, and this says why. */
	get liveError(): string | null {
		return this.#running ? this.#liveError : null;
	}

	/** The build's rows for the query as first built, if the page has them (plain: read in templates). */
	#first(): Shown<Row> {
		this.#initial ??= untrack(() => {
			const q = this.build();
			const rows = q ? prerenderedRows(q, pageRows) : undefined;
			return rows && q
				? { rows, source: 'prerendered', key: queryKey(q) }
				: { rows: [], source: null, key: null };
		});
		return this.#initial;
	}

	/** Moves what the HTML showed into state, as the effect takes over. */
	#start(): void {
		const first = this.#first();
		this.#setShownKey(first.key);
		if (first.source) this.#show(first.rows, first.source);
		this.#running = true;
	}

	#setShownKey(key: string | null): void {
		this.#shownKey = key;
		this.#shownKeyState = key;
	}

	#show(rows: readonly Row[], source: RowSource): void {
		if (source === 'prerendered' && this.#source !== 'prerendered') prerenderedShown.showing += 1;
		if (source !== 'prerendered' && this.#source === 'prerendered') prerenderedShown.showing -= 1;
		this.#rows = rows;
		this.#source = source;
		this.#error = null;
		this.#liveError = null;
		this.#status = source === null ? 'loading' : 'ready';
	}
}
