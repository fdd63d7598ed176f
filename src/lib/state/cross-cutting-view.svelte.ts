import { goto } from '$app/navigation';
import { page } from '$app/state';
import type { ResolvedPathname } from '$app/types';
import { SvelteURLSearchParams } from 'svelte/reactivity';
import { breakdownsOf, type Breakdown, type CrossCuttingId } from '$lib/queries/cross-cutting';

/** Every indicator the by-year view can show, in the order of INDICATORS.md. */
export const BY_YEAR_IDS: readonly CrossCuttingId[] = [
	'W1',
	'W2',
	'W2S',
	'W3',
	'W4',
	'W5',
	'W6',
	'W7',
	'C1',
	'C2',
	'C3',
	'C4',
	'C5',
	'H1',
	'H3'
];

/** The W indicators the WPS context can set against the WPS score (E2: "beside W1-W3"). */
export const WPS_IDS = ['W1', 'W2', 'W3'] as const;
export type WpsId = (typeof WPS_IDS)[number];

/** Parameter names in the URL; shared links depend on them. */
const PARAMS = { indicator: 'ind', breakdown: 'by', wps: 'wps' } as const;

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
	return allowed.includes(value as T) ? (value as T) : fallback;
}

/**
 * The cross-cutting page's own choices (indicator, breakdown, WPS indicator),
 * kept in the URL beside the global filters so a link restores the view.
 * Prerendered HTML cannot read the query string: defaults until `activate()`.
 */
export class CrossCuttingView {
	#active = $state(false);
	#param(name: string): string | null {
		return this.#active ? page.url.searchParams.get(name) : null;
	}

	readonly indicator: CrossCuttingId = $derived(
		oneOf(this.#param(PARAMS.indicator), BY_YEAR_IDS, 'W1')
	);
	/** A breakdown the indicator's table lacks falls back to none. */
	readonly breakdown: Breakdown = $derived(
		oneOf(this.#param(PARAMS.breakdown), breakdownsOf(this.indicator), 'none')
	);
	readonly wps: WpsId = $derived(oneOf(this.#param(PARAMS.wps), WPS_IDS, 'W1'));

	activate(): void {
		this.#active = true;
	}

	async set(
		choice: Partial<{ indicator: CrossCuttingId; breakdown: Breakdown; wps: WpsId }>
	): Promise<void> {
		const params = new SvelteURLSearchParams(page.url.searchParams);
		const next = {
			indicator: choice.indicator ?? this.indicator,
			breakdown: choice.breakdown ?? this.breakdown,
			wps: choice.wps ?? this.wps
		};
		const defaults = { indicator: 'W1', breakdown: 'none', wps: 'W1' };
		for (const key of Object.keys(PARAMS) as (keyof typeof PARAMS)[]) {
			if (next[key] === defaults[key]) params.delete(PARAMS[key]);
			else params.set(PARAMS[key], next[key]);
		}
		const qs = params.toString();
		await goto(`${page.url.pathname}${qs ? `?${qs}` : ''}` as ResolvedPathname, {
			keepFocus: true,
			noScroll: true,
			replaceState: false
		});
	}
}
