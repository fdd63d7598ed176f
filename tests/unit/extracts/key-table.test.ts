import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyTable } from '../../../scripts/extracts/key-table';

describe('KeyTable', () => {
	it('behaves like a Map from the joined key to its first row', () => {
		const part = fc.constantFrom('', 'a', 'b', 'ab', 'a\u0001', '\u0001b', 'é', '2024');
		fc.assert(
			fc.property(
				fc.array(fc.array(part, { minLength: 2, maxLength: 2 }), { maxLength: 300 }),
				(keys) => {
					const table = new KeyTable();
					const model = new Map<string, number>();
					keys.forEach((parts, row) => {
						const id = JSON.stringify(parts);
						expect(table.firstRowOrAdd(parts, row)).toBe(model.get(id) ?? -1);
						if (!model.has(id)) model.set(id, row);
					});
					expect(table.size).toBe(model.size);
				}
			),
			{ numRuns: 200 }
		);
	});

	it('keeps every key across many rehashes', () => {
		const table = new KeyTable();
		for (let i = 0; i < 100_000; i++) table.firstRowOrAdd([`R${i}`, '2024-01-01'], i + 2);
		expect(table.firstRowOrAdd(['R0', '2024-01-01'], 0)).toBe(2);
		expect(table.firstRowOrAdd(['R99999', '2024-01-01'], 0)).toBe(100_001);
		expect(table.firstRowOrAdd(['R99999', '2024-01-02'], 0)).toBe(-1);
		expect(table.size).toBe(100_001);
	});
});
