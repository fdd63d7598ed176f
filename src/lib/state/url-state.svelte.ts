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

/**
 * Shows the current page with `params` as its query string. History policy,
 * the same on every page: a view change (filter, toggle, sort, selection,
 * typed search, weight) replaces the current history entry. The address bar
 * always holds the link to the view on screen, and Back leaves the page
 * instead of stepping back through each keystroke and click.
 */
export async function showParams(params: URLSearchParams): Promise<void> {
	await goto(hrefOf(page.url.pathname, params) as ResolvedPathname, {
		keepFocus: true,
		noScroll: true,
		replaceState: true
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
			? readParams(this.#schema, page.url.searchParams)
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
	with(patch: Partial<V>, base: URLSearchParams = page.url.searchParams): URLSearchParams {
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
