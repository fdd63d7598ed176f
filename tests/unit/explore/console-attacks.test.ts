import { describe, expect, test } from 'vitest';
import { guardConsoleSql } from '../../../src/lib/queries/explore-sql-guard';
import { CONSOLE_ATTACKS } from '../../helpers/console-attacks';

describe('console attack list', () => {
	test('has the three bypasses of issue 18 and at least 40 more, each once', () => {
		const sql = CONSOLE_ATTACKS.map((a) => a.sql);
		expect(new Set(sql).size).toBe(sql.length);
		expect(sql.length).toBeGreaterThanOrEqual(43);
		expect(sql).toContain("EXPLAIN ANALYZE UPDATE recommendations SET text = 'x'");
		expect(sql).toContain("SELECT E'\\'' ; UPDATE recommendations SET text='x'; --'");
		expect(sql.some((s) => s.includes('--\r'))).toBe(true);
	});

	// The browser test counts on these reaching DuckDB; if the guard learns to refuse one, say so here.
	test('marks exactly the strings the string guard lets through', () => {
		const passing = CONSOLE_ATTACKS.filter((a) => guardConsoleSql(a.sql).ok).map((a) => a.sql);
		const marked = CONSOLE_ATTACKS.filter((a) => a.reachesEngine).map((a) => a.sql);
		expect(passing).toEqual(marked);
		expect(marked.length).toBeGreaterThanOrEqual(10);
	});
});
