import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { arrowTableToRows } from '../../../src/lib/db/arrow-cast';
import { castValue } from '../../../scripts/lib/duckdb-node';
import { NodeQueryRunner } from '../../../scripts/lib/duckdb-node';
import { query } from '../../../src/lib/sql/query';

/**
 * The browser's casts (src/lib/db/arrow-cast.ts) on Arrow produced by the same
 * DuckDB-WASM engine, in its Node build; and the same values through the
 * native twin (castValue), so both runners hand views the same plain rows.
 */
const require = createRequire(import.meta.url);
const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));

const SQL = `SELECT sum(x) AS total, count(*) AS n, DATE '2017-12-21' AS adopted,
	DATE '1960-09-20' AS early, NULL::DATE AS missing, ['unodc', 'ohchr'] AS partners,
	1.5::DECIMAL(10, 2) AS dec, 2.5::DOUBLE AS dbl, true AS flag, 'RESTRICTED' AS text
	FROM (VALUES (1::INTEGER), (2)) v(x)`;

const EXPECTED = {
	total: 3,
	n: 2,
	adopted: '2017-12-21',
	early: '1960-09-20',
	missing: null,
	partners: ['unodc', 'ohchr'],
	dec: 1.5,
	dbl: 2.5,
	flag: true,
	text: 'RESTRICTED'
};

describe('query result casts', () => {
	it('DuckDB-WASM Arrow becomes plain rows: HUGEINT, BIGINT, DECIMAL to number, DATE to ISO day, lists to arrays', async () => {
		const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
		const db = await duckdb.createDuckDB(
			{
				mvp: {
					mainModule: join(dist, 'duckdb-mvp.wasm'),
					mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs')
				},
				eh: {
					mainModule: join(dist, 'duckdb-eh.wasm'),
					mainWorker: join(dist, 'duckdb-node-eh.worker.cjs')
				}
			},
			new duckdb.VoidLogger(),
			duckdb.NODE_RUNTIME
		);
		await db.instantiate();
		db.open({});
		const conn = db.connect();
		const rows = arrowTableToRows(conn.query(SQL));
		expect(rows).toEqual([EXPECTED]);
		expect(typeof rows[0].total).toBe('number');
		conn.close();
	});

	it('the native twin casts the same query to the same row', async () => {
		const runner = await NodeQueryRunner.inMemory();
		const rows = await runner.run(query<Record<string, unknown>>(SQL));
		expect(rows).toEqual([EXPECTED]);
		expect(castValue(10n)).toBe(10);
	});
});
