import { describe, expect, it } from 'vitest';
import { guardConsoleSql, type RefusalKind } from '../../../src/lib/queries/explore-sql-guard';

const REFUSED: readonly [RefusalKind, string][] = [
	['empty', '  -- only a comment\n'],
	['multiple', 'SELECT 1; SELECT 2'],
	['write_file', "COPY recommendations TO 'out.csv'"],
	['write_file', "copy (SELECT 1) to 'x.parquet' (FORMAT parquet)"],
	['write_file', "EXPORT DATABASE 'dump'"],
	['read_file', "COPY recommendations FROM 'in.csv'"],
	['read_file', "IMPORT DATABASE 'dump'"],
	['read_file', "SELECT * FROM read_csv('/etc/passwd')"],
	['read_file', "SELECT * FROM read_parquet(['a.parquet'])"],
	['read_file', 'SELECT * FROM main.read_json_auto($$x.json$$)'],
	['read_file', "SELECT * FROM 'data/extracts/restricted/recommendations.parquet'"],
	['read_file', "SELECT count(*) FROM 'secrets'"],
	['read_file', 'SELECT * FROM "notes.csv"'],
	['read_file', "SELECT * FROM glob('*')"],
	['read_file', "SELECT * FROM member_states, 'notes.csv'"],
	['read_file', "SELECT * FROM member_states m JOIN 'x.parquet' USING (iso3)"],
	['read_file', "SELECT * FROM member_states WHERE iso3 = 'KEN' UNION SELECT * FROM 'x.csv'"],
	['read_file', "SELECT a = 'x', 'notes.csv' FROM t"],
	['read_file', "SELECT * FROM some_reader('notes.csv')"],
	['url', "SELECT * FROM 'https://example.org/x.parquet'"],
	['url', "SELECT * FROM read_csv('http://10.0.0.1/a')"],
	['url', "SELECT 'ftp://host/file' AS u"],
	['attach', "ATTACH 'other.duckdb' AS other"],
	['attach', 'DETACH other'],
	['attach', 'USE memory'],
	['settings', 'SET enable_external_access = true'],
	['settings', 'reset threads'],
	['settings', "PRAGMA enable_profiling = 'json'"],
	['settings', 'PRAGMA memory_limit=1'],
	['extension', 'INSTALL httpfs'],
	['extension', 'LOAD httpfs'],
	['extension', 'FORCE INSTALL spatial'],
	['extension', 'UPDATE EXTENSIONS'],
	['secret', "CREATE SECRET s (TYPE s3, KEY_ID 'k')"],
	['secret', "CREATE PERSISTENT SECRET s (TYPE s3, KEY_ID 'k')"],
	['secret', 'DROP SECRET s'],
	['modify', 'DROP TABLE recommendations'],
	['modify', "DELETE FROM recommendations WHERE iso3 = 'KEN'"],
	['modify', 'CREATE TABLE x AS SELECT 1'],
	['modify', 'WITH x AS (SELECT 1) INSERT INTO y SELECT * FROM x'],
	['unknown', 'GRANT ALL ON x TO y']
];

const ALLOWED: readonly string[] = [
	'SELECT 1',
	'  select * from recommendations;  ',
	'FROM recommendations LIMIT 3',
	"SELECT ';' AS semicolon, 'COPY x TO y' AS text",
	'-- a comment; with a semicolon\nSELECT 1 /* SET x = 1; */',
	"SELECT * FROM member_states WHERE name = 'Côte d''Ivoire'",
	'WITH t AS (SELECT 1 AS a) SELECT a FROM t',
	'DESCRIBE recommendations',
	'SUMMARIZE assessments',
	'SHOW TABLES',
	"PRAGMA table_info('recommendations')",
	'EXPLAIN SELECT 1',
	'(SELECT 1)',
	"SELECT * FROM recommendations r JOIN member_states m USING (iso3) WHERE r.gender = 'specific'",
	// A literal compared or listed in IN (...) is data, even when it ends in .csv.
	"SELECT * FROM recommendations WHERE text = 'annex.csv'",
	"SELECT * FROM recommendations WHERE text <> 'annex.csv' OR text LIKE '%.parquet'",
	"SELECT * FROM recommendations WHERE text IN ('a.csv', 'b.json')",
	"SELECT CASE WHEN text IS NULL THEN 'none.txt' ELSE 'some.txt' END FROM recommendations"
];

describe('guardConsoleSql', () => {
	it.each(REFUSED)('refuses %s: %s', (kind, sql) => {
		const result = guardConsoleSql(sql);
		expect(result.ok ? 'allowed' : result.kind).toBe(kind);
	});

	it.each(ALLOWED)('allows %s', (sql) => {
		const result = guardConsoleSql(sql);
		expect(result.ok ? 'allowed' : `${result.kind}: ${result.detail}`).toBe('allowed');
	});

	it('runs the statement without its trailing semicolons', () => {
		expect(guardConsoleSql('SELECT 1 ;; \n')).toEqual({ ok: true, sql: 'SELECT 1' });
	});

	it('names what it refused', () => {
		expect(guardConsoleSql("SELECT * FROM read_csv('x')")).toMatchObject({ detail: 'read_csv' });
		expect(guardConsoleSql("FROM 'https://example.org/a'")).toMatchObject({
			detail: 'https://example.org/a'
		});
	});
});
