/**
 * Decides, before anything runs, whether a console statement may run. The
 * console is for reading the loaded tables: anything that writes or reads
 * files, reaches a URL, attaches a database, changes a setting, installs or
 * loads an extension, makes a secret or changes the shared tables is refused
 * with its kind. DuckDB is locked down as well (src/lib/db); this check gives
 * the reader a clear reason instead of an engine error.
 */

export type RefusalKind =
	| 'empty'
	| 'multiple'
	| 'write_file'
	| 'read_file'
	| 'url'
	| 'attach'
	| 'settings'
	| 'extension'
	| 'secret'
	| 'modify'
	| 'unknown';

export type GuardResult =
	| { readonly ok: true; readonly sql: string }
	| { readonly ok: false; readonly kind: RefusalKind; readonly detail: string };

interface Token {
	readonly type: 'word' | 'string' | 'quoted' | 'symbol';
	readonly text: string;
}

/** Statements that only read. EXPLAIN / SUMMARIZE / DESCRIBE run the query they wrap, checked the same way. */
const READ_STARTS = new Set([
	'SELECT',
	'WITH',
	'FROM',
	'VALUES',
	'TABLE',
	'DESCRIBE',
	'DESC',
	'SHOW',
	'SUMMARIZE',
	'EXPLAIN',
	'PIVOT',
	'UNPIVOT',
	'PIVOT_WIDER',
	'PIVOT_LONGER',
	'CALL',
	'('
]);

const MODIFY_STARTS = new Set([
	'INSERT',
	'UPDATE',
	'DELETE',
	'CREATE',
	'DROP',
	'ALTER',
	'TRUNCATE',
	'MERGE',
	'UPSERT',
	'REPLACE',
	'VACUUM',
	'CHECKPOINT',
	'FORCE',
	'ANALYZE',
	'COMMENT',
	'BEGIN',
	'START',
	'COMMIT',
	'END',
	'ROLLBACK',
	'ABORT',
	'PREPARE',
	'EXECUTE',
	'DEALLOCATE'
]);

/** PRAGMAs that only describe the database; every other PRAGMA can change a setting. */
const READ_PRAGMAS = new Set([
	'TABLE_INFO',
	'SHOW_TABLES',
	'SHOW_TABLES_EXPANDED',
	'SHOW',
	'VERSION',
	'DATABASE_LIST',
	'STORAGE_INFO',
	'FUNCTIONS',
	'COLLATIONS'
]);

/** Table functions that read files or URLs (DuckDB core and common extensions). */
const FILE_FUNCTIONS = new Set([
	'READ_CSV',
	'READ_CSV_AUTO',
	'SNIFF_CSV',
	'READ_PARQUET',
	'PARQUET_SCAN',
	'PARQUET_METADATA',
	'PARQUET_SCHEMA',
	'PARQUET_FILE_METADATA',
	'PARQUET_KV_METADATA',
	'READ_JSON',
	'READ_JSON_AUTO',
	'READ_JSON_OBJECTS',
	'READ_JSON_OBJECTS_AUTO',
	'READ_NDJSON',
	'READ_NDJSON_AUTO',
	'READ_NDJSON_OBJECTS',
	'READ_TEXT',
	'READ_BLOB',
	'READ_XLSX',
	'ST_READ',
	'GLOB',
	'ICEBERG_SCAN',
	'DELTA_SCAN',
	'SQLITE_SCAN',
	'SQLITE_ATTACH',
	'POSTGRES_SCAN',
	'POSTGRES_ATTACH',
	'MYSQL_SCAN',
	'READ_ARROW',
	'ARROW_SCAN'
]);

/** A quoted name that DuckDB would open as a file (replacement scan): `FROM 'x.csv'`. */
const FILE_NAME =
	/\.(csv|tsv|txt|parquet|json|jsonl|ndjson|xlsx|arrow|ipc|feather|db|duckdb|sqlite)(\.gz|\.zst)?$/i;
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

/** The one statement to run, or the first reason to refuse. */
export function guardConsoleSql(text: string): GuardResult {
	const statements = splitStatements(tokenize(text));
	if (statements.length === 0) return { ok: false, kind: 'empty', detail: '' };
	if (statements.length > 1) {
		return { ok: false, kind: 'multiple', detail: String(statements.length) };
	}
	const tokens = statements[0];
	const refusal = refuseStatement(tokens) ?? refuseReads(tokens);
	if (refusal) return { ok: false, ...refusal };
	return { ok: true, sql: stripTrailingSemicolons(text) };
}

function refuseStatement(tokens: readonly Token[]): { kind: RefusalKind; detail: string } | null {
	const words = tokens.map((t) =>
		t.type === 'word' || t.type === 'symbol' ? t.text.toUpperCase() : ''
	);
	const first = words[0];
	const detail = tokens
		.slice(0, 3)
		.map((t) => t.text)
		.join(' ');
	if (first === 'COPY') return { kind: words.includes('TO') ? 'write_file' : 'read_file', detail };
	if (first === 'EXPORT') return { kind: 'write_file', detail };
	if (first === 'IMPORT') return { kind: 'read_file', detail };
	if (first === 'ATTACH' || first === 'DETACH' || first === 'USE')
		return { kind: 'attach', detail };
	if (first === 'SET' || first === 'RESET') return { kind: 'settings', detail };
	if (first === 'PRAGMA') {
		return READ_PRAGMAS.has(words[1] ?? '') ? null : { kind: 'settings', detail };
	}
	if (first === 'INSTALL' || first === 'LOAD' || (first === 'FORCE' && words[1] === 'INSTALL')) {
		return { kind: 'extension', detail };
	}
	if (first === 'UPDATE' && words[1] === 'EXTENSIONS') return { kind: 'extension', detail };
	if ((first === 'CREATE' || first === 'DROP') && words.slice(1, 5).includes('SECRET')) {
		return { kind: 'secret', detail };
	}
	if (MODIFY_STARTS.has(first)) return { kind: 'modify', detail };
	// A WITH clause can lead into a write (WITH x AS (...) INSERT ...).
	if (first === 'WITH') {
		const write = words.find(
			(w) => w === 'INSERT' || w === 'UPDATE' || w === 'DELETE' || w === 'MERGE'
		);
		if (write) return { kind: 'modify', detail };
	}
	if (READ_STARTS.has(first)) return null;
	return { kind: 'unknown', detail: tokens[0]?.text ?? '' };
}

/** Any file or URL read inside an otherwise reading statement. */
function refuseReads(tokens: readonly Token[]): { kind: RefusalKind; detail: string } | null {
	// A URL is named first: it is the more serious of the two.
	const url = tokens.find((t) => t.type !== 'word' && t.type !== 'symbol' && URL_LIKE.test(t.text));
	if (url) return { kind: 'url', detail: url.text };
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i];
		if (token.type === 'string' || token.type === 'quoted') {
			const previous = tokens[i - 1]?.text.toUpperCase();
			const asTable = token.type === 'string' && (previous === 'FROM' || previous === 'JOIN');
			const pathName = token.type === 'quoted' && token.text.includes('/');
			const fileName = FILE_NAME.test(token.text) && !isComparedValue(tokens, i);
			if (asTable || pathName || fileName) {
				return { kind: 'read_file', detail: token.text };
			}
		}
		if (token.type === 'word' && FILE_FUNCTIONS.has(token.text.toUpperCase())) {
			return { kind: 'read_file', detail: token.text };
		}
	}
	return null;
}

/** Words after which a literal is a value being compared, never a table DuckDB would open. */
const VALUE_WORDS = new Set(['LIKE', 'ILIKE', 'WHEN', 'THEN', 'ELSE']);

/**
 * A literal compared with or listed in IN (...): `name = 'x.csv'`, `f IN ('a.csv', 'b.csv')`.
 * Such a literal ending in ".csv" is data, so the console lets it through; in
 * any other place it may be a file name and stays refused.
 */
function isComparedValue(tokens: readonly Token[], i: number): boolean {
	const previous = tokens[i - 1];
	if (!previous) return false;
	if (previous.type === 'symbol' && ['=', '<', '>'].includes(previous.text)) return true;
	if (previous.type === 'word' && VALUE_WORDS.has(previous.text.toUpperCase())) return true;
	if (previous.type !== 'symbol' || (previous.text !== '(' && previous.text !== ',')) return false;
	// Back to the list's opening parenthesis, over earlier literals and commas only.
	let j = i - 1;
	while (j >= 0 && tokens[j].text === ',' && tokens[j - 1]?.type === 'string') j -= 2;
	return tokens[j]?.text === '(' && tokens[j - 1]?.text.toUpperCase() === 'IN';
}

function stripTrailingSemicolons(text: string): string {
	return text.trim().replace(/(\s*;)+$/, '');
}

function splitStatements(tokens: readonly Token[]): Token[][] {
	const statements: Token[][] = [[]];
	for (const token of tokens) {
		if (token.type === 'symbol' && token.text === ';') statements.push([]);
		else statements[statements.length - 1].push(token);
	}
	return statements.filter((s) => s.length > 0);
}

/**
 * A small SQL lexer: words, 'strings' (E'' and $tag$ too), "quoted names",
 * single-character symbols; comments and spaces dropped. Enough to find
 * statement boundaries and names, not to parse.
 */
export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	let i = 0;
	while (i < text.length) {
		const c = text[i];
		if (/\s/.test(c)) {
			i++;
		} else if (c === '-' && text[i + 1] === '-') {
			const end = text.indexOf('\n', i);
			i = end === -1 ? text.length : end + 1;
		} else if (c === '/' && text[i + 1] === '*') {
			const end = text.indexOf('*/', i + 2);
			i = end === -1 ? text.length : end + 2;
		} else if (c === "'" || ((c === 'E' || c === 'e') && text[i + 1] === "'")) {
			const start = c === "'" ? i : i + 1;
			const [value, next] = readQuoted(text, start, "'");
			tokens.push({ type: 'string', text: value });
			i = next;
		} else if (c === '"') {
			const [value, next] = readQuoted(text, i, '"');
			tokens.push({ type: 'quoted', text: value });
			i = next;
		} else if (c === '$' && /^\$[A-Za-z_]*\$/.test(text.slice(i))) {
			const tag = /^\$[A-Za-z_]*\$/.exec(text.slice(i))?.[0] as string;
			const end = text.indexOf(tag, i + tag.length);
			const stop = end === -1 ? text.length : end;
			tokens.push({ type: 'string', text: text.slice(i + tag.length, stop) });
			i = end === -1 ? text.length : end + tag.length;
		} else if (/[A-Za-z_0-9]/.test(c)) {
			const word = /^[A-Za-z_0-9$]+/.exec(text.slice(i))?.[0] as string;
			tokens.push({ type: 'word', text: word });
			i += word.length;
		} else {
			tokens.push({ type: 'symbol', text: c });
			i++;
		}
	}
	return tokens;
}

/** Reads a quoted run starting at `start` (the opening quote); a doubled quote is a literal quote. */
function readQuoted(text: string, start: number, quote: string): [string, number] {
	let value = '';
	let i = start + 1;
	while (i < text.length) {
		if (text[i] === quote) {
			if (text[i + 1] === quote) {
				value += quote;
				i += 2;
				continue;
			}
			return [value, i + 1];
		}
		value += text[i];
		i++;
	}
	return [value, i];
}
