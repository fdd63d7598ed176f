/**
 * A seeded pseudo-random generator (sfc32, seeded through cyrb128). The demo
 * data must be byte-identical for a given seed on every machine, so nothing
 * here may touch Math.random or the clock.
 */

/** Hashes text into four 32-bit words; spreads similar seeds ("1", "2") far apart. */
function cyrb128(text: string): [number, number, number, number] {
	let h1 = 1779033703;
	let h2 = 3144134277;
	let h3 = 1013904242;
	let h4 = 2773480762;
	for (let i = 0; i < text.length; i++) {
		const k = text.charCodeAt(i);
		h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
		h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
		h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
		h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
	}
	h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
	h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
	h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
	h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
	h1 ^= h2 ^ h3 ^ h4;
	h2 ^= h1;
	h3 ^= h1;
	h4 ^= h1;
	return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

export type Weighted<T> = readonly (readonly [T, number])[];

export class Random {
	private a: number;
	private b: number;
	private c: number;
	private d: number;

	/**
	 * `path` names the stream. Streams are derived from (seed, path) only, not
	 * from how much another stream has consumed, so adding draws to one table's
	 * generator leaves every other table unchanged.
	 */
	constructor(
		readonly seed: number,
		readonly path = 'root'
	) {
		[this.a, this.b, this.c, this.d] = cyrb128(`${seed}/${path}`);
		// The first outputs of sfc32 are still correlated with the seed words.
		for (let i = 0; i < 12; i++) this.next();
	}

	fork(label: string): Random {
		return new Random(this.seed, `${this.path}/${label}`);
	}

	/** Uniform in [0, 1). */
	next(): number {
		const t = (((this.a + this.b) | 0) + this.d) | 0;
		this.d = (this.d + 1) | 0;
		this.a = this.b ^ (this.b >>> 9);
		this.b = (this.c + (this.c << 3)) | 0;
		this.c = (this.c << 21) | (this.c >>> 11);
		this.c = (this.c + t) | 0;
		return (t >>> 0) / 4294967296;
	}

	/** Uniform integer in [min, max], both included. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	between(min: number, max: number): number {
		return min + this.next() * (max - min);
	}

	chance(probability: number): boolean {
		return this.next() < probability;
	}

	pick<T>(items: readonly T[]): T {
		if (items.length === 0) throw new Error('Random.pick needs at least one item.');
		return items[Math.floor(this.next() * items.length)];
	}

	weighted<T>(entries: Weighted<T>): T {
		let total = 0;
		for (const [, weight] of entries) total += weight;
		if (!(total > 0)) throw new Error('Random.weighted needs a positive total weight.');
		let target = this.next() * total;
		for (const [item, weight] of entries) {
			target -= weight;
			if (target < 0) return item;
		}
		return entries[entries.length - 1][0];
	}

	/** Standard normal draw (Box-Muller). */
	normal(mean = 0, sd = 1): number {
		const u = 1 - this.next();
		const v = this.next();
		return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}

	/** Right-skewed positive draw: durations such as report turnaround or implementation time. */
	logNormal(median: number, sigma: number): number {
		return median * Math.exp(this.normal(0, sigma));
	}

	/** A new array with the items in random order (Fisher-Yates). */
	shuffled<T>(items: readonly T[]): T[] {
		const copy = [...items];
		for (let i = copy.length - 1; i > 0; i--) {
			const j = Math.floor(this.next() * (i + 1));
			[copy[i], copy[j]] = [copy[j], copy[i]];
		}
		return copy;
	}

	/** `count` distinct items (all of them when there are fewer). */
	sample<T>(items: readonly T[], count: number): T[] {
		return this.shuffled(items).slice(0, Math.max(0, count));
	}
}
