import { describe, expect, it } from 'vitest';
import {
	HISTORY_KEY,
	HISTORY_LIMIT,
	readHistory,
	withEntry,
	writeHistory
} from '../../../src/lib/state/explore-history';

function memoryStorage(initial: Record<string, string> = {}) {
	const items = new Map(Object.entries(initial));
	return {
		getItem: (k: string) => items.get(k) ?? null,
		setItem: (k: string, v: string) => void items.set(k, v)
	};
}

describe('console history', () => {
	it('puts the newest first, moves a repeat up and caps the length', () => {
		let history = withEntry([], 'SELECT 1', 't1');
		history = withEntry(history, 'SELECT 2', 't2');
		history = withEntry(history, ' SELECT 1 ', 't3');
		expect(history).toEqual([
			{ sql: 'SELECT 1', at: 't3' },
			{ sql: 'SELECT 2', at: 't2' }
		]);
		for (let i = 0; i < 60; i++) history = withEntry(history, `SELECT ${i + 10}`, `t${i}`);
		expect(history).toHaveLength(HISTORY_LIMIT);
		expect(history[0].sql).toBe('SELECT 69');
	});

	it('round-trips through storage and survives garbage', () => {
		const storage = memoryStorage();
		writeHistory(storage, HISTORY_KEY, [{ sql: 'SELECT 1', at: 't' }]);
		expect(readHistory(storage, HISTORY_KEY)).toEqual([{ sql: 'SELECT 1', at: 't' }]);
		expect(readHistory(memoryStorage({ [HISTORY_KEY]: '{not json' }), HISTORY_KEY)).toEqual([]);
		expect(
			readHistory(memoryStorage({ [HISTORY_KEY]: '[{"sql":1},{"sql":"x","at":"y"}]' }), HISTORY_KEY)
		).toEqual([{ sql: 'x', at: 'y' }]);
	});

	it('keeps the history of each tier and extract apart: a public build never lists restricted queries', () => {
		const storage = memoryStorage();
		const restricted = `${HISTORY_KEY}:restricted:aaaa`;
		const publicKey = `${HISTORY_KEY}:public:bbbb`;
		writeHistory(storage, restricted, [{ sql: 'SELECT secret', at: 't' }]);
		expect(readHistory(storage, publicKey)).toEqual([]);
		expect(readHistory(storage, restricted)).toEqual([{ sql: 'SELECT secret', at: 't' }]);
	});
});
