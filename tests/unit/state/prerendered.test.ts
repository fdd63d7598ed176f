import { describe, expect, test } from 'vitest';
import { query, type Query } from '../../../src/lib/sql/query';
import {
	collectQueries,
	noteQueryResult,
	prerenderedRows,
	queryKey
} from '../../../src/lib/state/prerendered.svelte';

/** A stand-in for a page state's query result: what the build collects from it. */
function result(build: () => Query<unknown> | null) {
	const r = { build };
	noteQueryResult(r);
	return r;
}

const first = query<{ n: number }>('SELECT count(*) AS n FROM assessments WHERE iso3 = $1', [
	'NGA'
]);

describe('query keys', () => {
	test('the same SQL and values give the same key; another value or text another key', () => {
		const again = query('SELECT count(*) AS n FROM assessments WHERE iso3 = $1', ['NGA']);
		expect(queryKey(again)).toBe(queryKey(first));
		expect(
			queryKey(query('SELECT count(*) AS n FROM assessments WHERE iso3 = $1', ['MLI']))
		).not.toBe(queryKey(first));
		expect(
			queryKey(query('SELECT count(*) AS n FROM assessments WHERE iso3 = $1 ', ['NGA']))
		).not.toBe(queryKey(first));
		// A number and its text are different parameters: the rows could differ.
		expect(queryKey(query('SELECT $1', [1]))).not.toBe(queryKey(query('SELECT $1', ['1'])));
	});
});

describe('collecting a page state', () => {
	test('asks for each query that has no rows yet, once, and none whose input is not known', () => {
		const wanted = collectQueries(new Map(), () => {
			result(() => first);
			result(() => first);
			result(() => null);
		});
		expect([...wanted.keys()]).toEqual([queryKey(first)]);
	});

	test('a query built from another query rows is asked for in the next round', () => {
		const page = () => {
			const count = result(() => first);
			// The second query needs the first one's answer, as a chained page state would.
			result(() => {
				const rows = prerenderedRows<{ n: number }>(
					count.build() as Query<{ n: number }>,
					() => undefined
				);
				return rows ? query('SELECT $1 AS twice', [rows[0].n * 2]) : null;
			});
		};
		const known = new Map<string, readonly unknown[]>();
		const round1 = collectQueries(known, page);
		expect([...round1.values()]).toEqual([first]);

		known.set(queryKey(first), [{ n: 21 }]);
		const round2 = collectQueries(known, page);
		expect([...round2.values()].map((q) => q.params)).toEqual([[42]]);

		known.set(queryKey([...round2.values()][0]), [{ twice: 42 }]);
		expect(collectQueries(known, page).size).toBe(0);
	});

	test('outside a collection, rows come from the page data and only for the same query', () => {
		const rows = [{ n: 3 }];
		const pageData = { [queryKey(first)]: rows };
		expect(prerenderedRows(first, () => pageData)).toBe(rows);
		const other = query('SELECT count(*) AS n FROM assessments WHERE iso3 = $1', ['MLI']);
		expect(prerenderedRows(other, () => pageData)).toBeUndefined();
		expect(prerenderedRows(first, () => undefined)).toBeUndefined();
	});
});
