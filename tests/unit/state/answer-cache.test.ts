import { describe, expect, it } from 'vitest';
import { AnswerCache } from '../../../src/lib/state/answer-cache';

const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ i }));

describe('AnswerCache', () => {
	it('returns what was stored under a key, and nothing under another', () => {
		const cache = new AnswerCache(100, 50);
		const a = rows(3);
		cache.set('a', a);
		expect(cache.get('a')).toBe(a);
		expect(cache.get('b')).toBeUndefined();
	});

	it('drops the least recently used answers once the rows held pass the bound', () => {
		const cache = new AnswerCache(10, 10);
		cache.set('a', rows(4));
		cache.set('b', rows(4));
		// Reading a makes b the least recently used.
		cache.get('a');
		cache.set('c', rows(4));
		expect(cache.get('b')).toBeUndefined();
		expect(cache.get('a')).toHaveLength(4);
		expect(cache.get('c')).toHaveLength(4);
		expect(cache.size).toBe(2);
	});

	it('keeps no answer larger than the per-answer bound, and forgets the older one of that key', () => {
		const cache = new AnswerCache(100, 5);
		cache.set('a', rows(2));
		cache.set('a', rows(6));
		expect(cache.get('a')).toBeUndefined();
		// The replaced answer's rows no longer count: twenty answers of 5 rows fill the bound.
		for (let k = 0; k < 20; k++) cache.set(`k${k}`, rows(5));
		expect(cache.size).toBe(20);
		cache.set('one-more', rows(1));
		expect(cache.size).toBe(20);
		expect(cache.get('k0')).toBeUndefined();
	});
});
