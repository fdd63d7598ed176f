import { goto } from '$app/navigation';
import { page } from '$app/state';
import type { ResolvedPathname } from '$app/types';
import { urlActivation } from './url-activation.svelte';
import {
	defaultsOf,
	hrefOf,
	keepSame,
	readParams,
	writeParams,
	type UrlSchema
} from './url-params';

/** The query string being written to the address bar, until it is there. */
class PendingSearch {
	params: URLSearchParams | null = $state.raw(null);
}
const pending = new PendingSearch();

/**
 * The query string of the view on screen: the one a change has just asked
 * for, else the address bar's. Views read this, so a change shows in the
 * same frame as the input that made it.
 */
export function viewSearchParams(): URLSearchParams {
	return pending.params ?? page.url.searchParams;
}

/**
 * Shows the current page with `params` as its query string. History policy,
 * the same on every page: a view change (filter, toggle, sort, selection,
 * typed search, weight) replaces the current history entry. The address bar
 * always holds the link to the view on screen, and Back leaves the page
 * instead of stepping back through each keystroke and click.
 *
 * The view changes at once (viewSearchParams); the address bar is written
 * after the next frame. Writing it is a SvelteKit navigation, which reads
 * the scroll position and so forces a layout of the whole page: done first,
 * that layout is thrown away by the view's own update and done again. Only
 * the last of several quick changes is written. Resolves once it is there.
 */
export function showParams(params: URLSearchParams): Promise<void> {
	pending.params = params;
	return new Promise((done) => {
		requestAnimationFrame(() =>
			setTimeout(() => {
				if (pending.params !== params) return done();
				goto(hrefOf(page.url.pathname, params) as ResolvedPathname, {
					keepFocus: true,
					noScroll: true,
					replaceState: true
				})
					.finally(() => {
						if (pending.params === params) pending.params = null;
					})
					.then(done, done);
			}, 0)
		);
	});
}

/**
 * A view whose state lives in the URL, through its schema (url-params.ts).
 * Until the URL is activated (url-activation.svelte.ts) it holds the defaults,
 * which is the view the prerendered HTML shows; from then on it follows the
 * address bar.
 */
export class UrlState<V> {
	readonly #schema: UrlSchema<V>;
	readonly defaults: V;
	#last: V;

	/** The view; each field keeps its identity while its value stays the same. */
	readonly current: V = $derived.by(() => {
		const next = urlActivation.active
			? readParams(this.#schema, viewSearchParams())
			: this.defaults;
		this.#last = keepSame(this.#schema, this.#last, next);
		return this.#last;
	});

	constructor(schema: UrlSchema<V>) {
		this.#schema = schema;
		this.defaults = defaultsOf(schema);
		this.#last = this.defaults;
	}

	/** `base` (by default the current query string) with the view changed by `patch`. */
	with(patch: Partial<V>, base: URLSearchParams = viewSearchParams()): URLSearchParams {
		return writeParams(this.#schema, { ...this.current, ...patch }, base);
	}

	/** The link to this page with the view changed by `patch`. */
	href(patch: Partial<V>): string {
		return hrefOf(page.url.pathname, this.with(patch));
	}

	/** Changes the view (see `showParams` for the history policy). */
	set(patch: Partial<V>): Promise<void> {
		return showParams(this.with(patch));
	}
}
