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

export type AddResult = 'added' | 'present' | 'full';

/**
 * The briefing basket, kept in localStorage so it survives reloads and moves
 * with the user across views (and tabs, through the storage event). Nothing
 * is read before `start()` runs in the browser.
 */
class Briefing {
	slides: readonly BriefingSlide[] = $state.raw([]);
	/** Bytes the basket takes in localStorage. */
	bytes = $state(0);
	/** Set when the last write did not fit. */
	full = $state(false);
	/** True once the stored basket has been read (in the browser). */
	loaded = $state(false);
	#started = false;

	readonly count: number = $derived(this.slides.length);

	start(): void {
		if (this.#started || typeof localStorage === 'undefined') return;
		this.#started = true;
		this.#read();
		this.loaded = true;
		window.addEventListener('storage', (e) => {
			if (e.key === BASKET_KEY) this.#read();
		});
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
		const text = localStorage.getItem(BASKET_KEY);
		this.slides = parseBasket(text);
		this.bytes = text ? storedBytes(text) : 0;
	}

	/** Stores `next`; on a full storage keeps the previous basket and says so. */
	#write(next: BriefingSlide[]): boolean {
		const text = JSON.stringify(next);
		try {
			localStorage.setItem(BASKET_KEY, text);
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
