const EMPTY = -1;

/**
 * A set of keys (one or more text parts) remembering the row each was first
 * seen on, held in typed arrays. With millions of keys a Map of strings kept
 * millions of live objects for the garbage collector to trace, and joining the
 * parts made one more string per row; here neither happens. Keys are stored as
 * UTF-16 code units and compared exactly, so a hash collision can never be
 * mistaken for a duplicate. Each part is stored after its length (two code
 * units), so no text inside a part can blur the boundary between parts.
 */
export class KeyTable {
	/** Open addressing, linear probing: [hash, entry] pairs; entry -1 is empty. */
	private slots = new Int32Array(2 << 12).fill(EMPTY);
	private starts = new Float64Array(1 << 10);
	private lengths = new Int32Array(1 << 10);
	private rows = new Int32Array(1 << 10);
	private chars = new Uint16Array(1 << 14);
	private used = 0;
	size = 0;

	/** The row the key was first seen on; if the key is new, records it with `row` and returns -1. */
	firstRowOrAdd(parts: readonly string[], row: number): number {
		const hash = hashOf(parts);
		const capacity = this.slots.length >> 1;
		const mask = capacity - 1;
		for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
			const entry = this.slots[2 * slot + 1];
			if (entry === EMPTY) {
				this.slots[2 * slot] = hash;
				this.slots[2 * slot + 1] = this.add(parts, row);
				if (this.size * 2 > capacity) this.rehash(capacity * 2);
				return -1;
			}
			if (this.slots[2 * slot] === hash && this.equals(entry, parts)) return this.rows[entry];
		}
	}

	private add(parts: readonly string[], row: number): number {
		const entry = this.size++;
		if (entry === this.rows.length) this.growEntries();
		let length = 2 * parts.length;
		for (const part of parts) length += part.length;
		if (this.used + length > this.chars.length) {
			const chars = new Uint16Array(Math.max(this.chars.length * 2, this.used + length));
			chars.set(this.chars.subarray(0, this.used));
			this.chars = chars;
		}
		let at = this.used;
		for (const part of parts) {
			this.chars[at++] = part.length >>> 16;
			this.chars[at++] = part.length & 0xffff;
			for (let i = 0; i < part.length; i++) this.chars[at++] = part.charCodeAt(i);
		}
		this.starts[entry] = this.used;
		this.lengths[entry] = length;
		this.rows[entry] = row;
		this.used += length;
		return entry;
	}

	private equals(entry: number, parts: readonly string[]): boolean {
		let at = this.starts[entry];
		const end = at + this.lengths[entry];
		for (const part of parts) {
			if (at + 2 + part.length > end) return false;
			if (this.chars[at++] !== part.length >>> 16 || this.chars[at++] !== (part.length & 0xffff)) {
				return false;
			}
			for (let i = 0; i < part.length; i++)
				if (this.chars[at++] !== part.charCodeAt(i)) return false;
		}
		return at === end;
	}

	private growEntries(): void {
		const n = this.rows.length * 2;
		const starts = new Float64Array(n);
		starts.set(this.starts);
		this.starts = starts;
		const lengths = new Int32Array(n);
		lengths.set(this.lengths);
		this.lengths = lengths;
		const rows = new Int32Array(n);
		rows.set(this.rows);
		this.rows = rows;
	}

	private rehash(capacity: number): void {
		const old = this.slots;
		const slots = new Int32Array(2 * capacity).fill(EMPTY);
		const mask = capacity - 1;
		for (let s = 0; s < old.length; s += 2) {
			if (old[s + 1] === EMPTY) continue;
			let slot = old[s] & mask;
			while (slots[2 * slot + 1] !== EMPTY) slot = (slot + 1) & mask;
			slots[2 * slot] = old[s];
			slots[2 * slot + 1] = old[s + 1];
		}
		this.slots = slots;
	}
}

/** FNV-1a over each part's length and UTF-16 code units, with a final avalanche for probing. */
function hashOf(parts: readonly string[]): number {
	let h = 0x811c9dc5;
	for (const part of parts) {
		h = Math.imul(h ^ part.length, 0x01000193);
		for (let i = 0; i < part.length; i++) h = Math.imul(h ^ part.charCodeAt(i), 0x01000193);
	}
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	return h & 0x7fffffff;
}
