import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { query } from '../../../src/lib/sql/query';
import { schemaDb } from '../../helpers/fixture-db';

/*
 * Queries name tables and columns in SQL text. Each is checked against the
 * schema by running it: the SQL tests run every query on schemaDb(), whose
 * tables and columns are exactly the schema's, and DuckDB refuses to bind a
 * name it does not have. This file makes sure no query escapes that.
 */

const QUERIES_DIR = 'src/lib/queries';
const SQL_TESTS_DIR = 'tests/unit/sql';

/** Names of the exported functions of a module that return a Query. */
function queryBuilders(source: string): string[] {
	return source
		.split(/^export function /m)
		.slice(1)
		.filter((chunk) => chunk.slice(0, chunk.indexOf('{\n')).includes('Query<'))
		.map((chunk) => /^\w+/.exec(chunk)![0]);
}

describe('table and column names in queries', () => {
	it('every query builder is run by a SQL test on the schema database', () => {
		const tests = readdirSync(SQL_TESTS_DIR)
			.filter((f) => f.endsWith('.test.ts'))
			.map((f) => readFileSync(join(SQL_TESTS_DIR, f), 'utf8'))
			.join('\n');
		const builders = readdirSync(QUERIES_DIR)
			.filter((f) => f.endsWith('.ts'))
			.flatMap((f) => queryBuilders(readFileSync(join(QUERIES_DIR, f), 'utf8')));
		expect(builders.length).toBeGreaterThan(40);
		expect(builders.filter((name) => !new RegExp(`\\b${name}\\b`).test(tests))).toEqual([]);
	});

	it('the schema database refuses a column or table the schema does not have', async () => {
		const db = await schemaDb();
		await expect(db.run(query('SELECT iso3 FROM member_states'))).resolves.toEqual([]);
		await expect(db.run(query('SELECT iso_3 FROM member_states'))).rejects.toThrow(/iso_3/);
		await expect(db.run(query('SELECT iso3 FROM member_state'))).rejects.toThrow(/member_state/);
	});
});
