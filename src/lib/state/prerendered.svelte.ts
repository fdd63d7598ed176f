import type { Query } from '../sql/query';
import { sha256Hex } from '../hash/sha256';

/**
 * Rows answered at build time, by query key: what a prerendered page embeds
 * (its load data's `prerendered`) so its default view draws before
 * DuckDB-WASM has started. Keys are hashes of SQL and parameters, so a row
 * set is only ever shown for exactly the query that produced it.
 */
export type PrerenderedRows = Readonly<Record<string, readonly unknown[]>>;

/** The identity of a query: its SQL and bound values; the same key means the same rows. */
export function queryKey(q: Query<unknown>): string {
	return sha256Hex(`${q.sql}\n${JSON.stringify(q.params)}`).slice(0, 24);
}

/** What a query result offers the build: the query it would run now. */
interface Buildable {
	readonly build: () => Query<unknown> | null;
}

interface Collector {
	readonly known: Map<string, readonly unknown[]>;
	readonly results: Buildable[];
}

/** Set only while the build collects a page's queries (collectQueries), never in the browser. */
let collector: Collector | null = null;

/** Called by every query result as it is made; the build collects them while it prerenders. */
export function noteQueryResult(result: Buildable): void {
	collector?.results.push(result);
}

/**
 * Builds a page's state with the rows known so far and returns the queries it
 * asks for that have no rows yet. A query built from another query's rows is
 * asked for in a later round, once those rows are known.
 */
export function collectQueries(
	known: Map<string, readonly unknown[]>,
	construct: () => void
): Map<string, Query<unknown>> {
	// Build time only: nothing renders from this map.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	const wanted = new Map<string, Query<unknown>>();
	collector = { known, results: [] };
	try {
		construct();
		for (const result of collector.results) {
			const q = result.build();
			if (q && !known.has(queryKey(q))) wanted.set(queryKey(q), q);
		}
	} finally {
		collector = null;
	}
	return wanted;
}

/**
 * The build-time rows of `q`, if the page has them: from the collector while
 * the build collects, else from the page's load data.
 */
export function prerenderedRows<Row>(
	q: Query<Row>,
	pageRows: () => PrerenderedRows | undefined
): readonly Row[] | undefined {
	const key = queryKey(q);
	if (collector) return collector.known.get(key) as readonly Row[] | undefined;
	return pageRows()?.[key] as readonly Row[] | undefined;
}

/**
 * How many query results still show build-time rows while their live answer
 * is on its way; 0 once the engine has taken over every figure on the page.
 */
class PrerenderedCount {
	showing: number = $state(0);
}

export const prerenderedShown = new PrerenderedCount();
