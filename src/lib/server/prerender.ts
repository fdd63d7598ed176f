import { appData } from '$lib/state/app-data.svelte';
import { collectQueries, type PrerenderedRows } from '$lib/state/prerendered.svelte';
import { buildManifest, buildRunner } from './extracts';

/** A page state whose queries depend on other queries' rows needs a round per link in the chain. */
const MAX_ROUNDS = 6;

/**
 * Runs the default view's queries of one page at build time, on native
 * DuckDB over the tier's extracts, and returns their rows for the page to
 * embed. `construct` builds the page's state exactly as the page does, so the
 * queries are the page's own and cannot drift from a list kept here. A query
 * that fails fails the build, naming the page and the query.
 */
export async function prerenderQueries(
	pagePath: string,
	construct: () => void
): Promise<{ prerendered: PrerenderedRows }> {
	appData.useManifest(buildManifest());
	const runner = await buildRunner();
	const known = new Map<string, readonly unknown[]>();
	for (let round = 0; round < MAX_ROUNDS; round++) {
		const wanted = collectQueries(known, construct);
		if (wanted.size === 0) return { prerendered: Object.fromEntries(known) };
		for (const [key, q] of wanted) {
			try {
				known.set(key, await runner.run(q));
			} catch (e) {
				throw new Error(
					`Prerendering ${pagePath}: a default-view query failed (${(e as Error).message}). The query:\n${q.sql}\nparameters: ${JSON.stringify(q.params)}`,
					{ cause: e }
				);
			}
		}
	}
	throw new Error(
		`Prerendering ${pagePath}: its queries still asked for new queries after ${MAX_ROUNDS} rounds.`
	);
}
