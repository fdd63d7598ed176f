import { goto } from '$app/navigation';
import { page } from '$app/state';
import type { ResolvedPathname } from '$app/types';

/**
 * The recommendations view's own URL parameters (dimension, dates, table
 * options), beside the global filters. Prerendered HTML cannot read the query
 * string, so values stay at their defaults until `activate()` runs in the browser.
 */
export class ViewParams {
	#active = $state(false);

	readonly params: URLSearchParams = $derived(
		this.#active ? page.url.searchParams : new URLSearchParams()
	);

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
		const next = new URLSearchParams(page.url.searchParams);
		for (const [name, value] of Object.entries(values)) {
			if (value === null || value === '') next.delete(name);
			else next.set(name, value);
		}
		const qs = next.toString();
		const target = `${page.url.pathname}${qs ? `?${qs}` : ''}` as ResolvedPathname;
		await goto(target, { keepFocus: true, noScroll: true, replaceState: true });
	}
}

/** An ISO date (YYYY-MM-DD) that exists, or null. */
export function isoDateParam(value: string | null): string | null {
	if (value === null || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
	const d = new Date(`${value}T00:00:00Z`);
	return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value ? null : value;
}

/** The same calendar date `years` earlier (29 Feb falls back to 28 Feb). */
export function yearsBefore(iso: string, years: number): string {
	const [y, m, d] = iso.split('-').map(Number);
	const day = Math.min(d, new Date(Date.UTC(y - years, m, 0)).getUTCDate());
	return `${String(y - years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
