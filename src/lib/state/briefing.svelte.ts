import {
	BASKET_KEY,
	isQuotaError,
	movedSlide,
	parseBasket,
	storedBytes,
	withoutSlide,
	withSlide,
	type BriefingSlide
} from './briefing-basket';
import { extractStorageKey } from '$lib/hash/extract-version';
import type { ExtractManifest, Tier } from '$lib/schema';

export type AddResult = 'added' | 'present' | 'full';

/**
 * The briefing basket, kept in localStorage so it survives reloads and moves
 * with the user across views (and tabs, through the storage event). It is
 * stored under a key of the tier and extract (extractStorageKey): a public
 * build served from the same origin as a restricted one never shows, exports
 * or counts the restricted build's slides. Nothing is read before `start()`
 * runs in the browser with the extract's manifest.
 */
class Briefing {
	slides: readonly BriefingSlide[] = $state.raw([]);
	/** Bytes the basket takes in localStorage. */
	bytes = $state(0);
	/** Set when the last write did not fit. */
	full = $state(false);
	/** True once the stored basket has been read (in the browser). */
	loaded = $state(false);
	#key: string | null = null;
	#tier: Tier | null = null;

	readonly count: number = $derived(this.slides.length);

	/** Reads the basket of this extract; called again when another manifest arrives. */
	start(manifest: ExtractManifest): void {
		if (typeof localStorage === 'undefined') return;
		const key = extractStorageKey(BASKET_KEY, manifest);
		if (key === this.#key) return;
		if (this.#key === null) {
			window.addEventListener('storage', (e) => {
				if (e.key === this.#key) this.#read();
			});
		}
		this.#key = key;
		this.#tier = manifest.tier;
		this.#read();
		this.loaded = true;
	}

	has(key: string): boolean {
		return this.slides.some((s) => s.key === key);
	}

	add(slide: BriefingSlide): AddResult {
		if (this.has(slide.key)) return 'present';
		return this.#write(withSlide(this.slides, slide)) ? 'added' : 'full';
	}

	move(index: number, delta: number): void {
		this.#write(movedSlide(this.slides, index, delta));
	}

	remove(key: string): void {
		this.#write(withoutSlide(this.slides, key));
	}

	clear(): void {
		this.#write([]);
	}

	#read(): void {
		if (this.#key === null || this.#tier === null) return;
		const text = localStorage.getItem(this.#key);
		this.slides = parseBasket(text, this.#tier);
		this.bytes = text ? storedBytes(text) : 0;
	}

	/** Stores `next`; on a full storage keeps the previous basket and says so. */
	#write(next: BriefingSlide[]): boolean {
		// Before start() there is no extract to keep slides under.
		if (this.#key === null) return false;
		const text = JSON.stringify(next);
		try {
			localStorage.setItem(this.#key, text);
		} catch (error) {
			if (!isQuotaError(error)) throw error;
			this.full = true;
			return false;
		}
		this.full = false;
		this.slides = next;
		this.bytes = storedBytes(text);
		return true;
	}
}

export const briefing = new Briefing();
