import { goto } from '$app/navigation';
import { page } from '$app/state';
import type { ResolvedPathname } from '$app/types';
import { NO_PARAMS, withParams } from './recommendations-params';

/**
 * The recommendations view's own URL parameters (dimension, dates, table
 * options), beside the global filters. Prerendered HTML cannot read the query
 * string, so values stay at their defaults until `activate()` runs in the browser.
 */
export class ViewParams {
	#active = $state(false);

	readonly params: URLSearchParams = $derived(this.#active ? page.url.searchParams : NO_PARAMS);

	activate(): void {
		this.#active = true;
	}

	get(name: string): string | null {
		const v = this.params.get(name);
		return v === null || v.trim() === '' ? null : v;
	}

	/** One of `allowed`, or the fallback when the URL holds anything else. */
	choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
		const v = this.get(name);
		return v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
	}

	/** Sets (or, with null, removes) parameters and replaces the history entry. */
	async set(values: Readonly<Record<string, string | null>>): Promise<void> {
		const qs = withParams(page.url.searchParams, values);
		const target = `${page.url.pathname}${qs ? `?${qs}` : ''}` as ResolvedPathname;
		await goto(target, { keepFocus: true, noScroll: true, replaceState: true });
	}
}
