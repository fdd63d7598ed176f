/**
 * The engine's answers by query key, least recently used first, bounded by
 * the number of rows held. The extracts never change while a page is open, so
 * an answer stays true: going back to a filter state seen before draws from
 * here at once, with no round trip to the worker and no loading state.
 */
export class AnswerCache {
	readonly #answers = new Map<string, readonly unknown[]>();
	#rows = 0;

	/**
	 * @param maxRows rows held in all, so memory stays bounded at any scale.
	 * @param maxRowsPerAnswer a larger answer (an export's every row) is not kept.
	 */
	constructor(
		readonly maxRows: number,
		readonly maxRowsPerAnswer: number
	) {}

	get size(): number {
		return this.#answers.size;
	}

	get(key: string): readonly unknown[] | undefined {
		const rows = this.#answers.get(key);
		if (rows) {
			this.#answers.delete(key);
			this.#answers.set(key, rows);
		}
		return rows;
	}

	set(key: string, rows: readonly unknown[]): void {
		const old = this.#answers.get(key);
		if (old) {
			this.#answers.delete(key);
			this.#rows -= old.length;
		}
		if (rows.length > this.maxRowsPerAnswer) return;
		this.#answers.set(key, rows);
		this.#rows += rows.length;
		for (const [oldest, evicted] of this.#answers) {
			if (this.#rows <= this.maxRows) break;
			this.#answers.delete(oldest);
			this.#rows -= evicted.length;
		}
	}
}
