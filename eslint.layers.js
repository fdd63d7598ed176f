/**
 * The layer boundaries of docs/architecture.md ("Layers") as lint rules: each
 * layer lists the folders of src/lib it must not import, so an import across
 * a boundary fails `npm run lint` instead of waiting for a review.
 * tests/unit/lint/layers.test.ts checks that each rule fires.
 */

/**
 * An import of a folder of src/lib: as $lib/folder or ../folder inside src, as
 * ../../src/lib/folder from scripts (where ./server is a script's own file).
 */
function folderImport(folders, message, allowTypeImports = false, fromScripts = false) {
	const prefix = fromScripts ? '(\\.\\./)+src/lib/' : '(\\$lib/|(\\.\\./)+)';
	return {
		regex: `^${prefix}(${folders.join('|')})(/|$)`,
		caseSensitive: true,
		allowTypeImports,
		message
	};
}

const ALL = [
	'schema',
	'sql',
	'queries',
	'indicators',
	'db',
	'state',
	'server',
	'charts',
	'export',
	'components',
	'hash',
	'i18n',
	'reference'
];
const except = (...allowed) => ALL.filter((folder) => !allowed.includes(folder));
const DUCKDB = {
	regex: '^@duckdb/',
	message: 'Only src/lib/db and src/lib/server talk to DuckDB.'
};

/** Per layer: the files, the folders they must not import, and those they may import as types only. */
const LAYERS = [
	{ files: ['src/lib/schema/**'], forbid: except('schema') },
	{ files: ['src/lib/sql/**', 'src/lib/hash/**', 'src/lib/i18n/**'], forbid: except('schema') },
	{ files: ['src/lib/reference/**'], forbid: except('schema') },
	{ files: ['src/lib/queries/**'], forbid: except('schema', 'sql') },
	{
		files: ['src/lib/indicators/**'],
		forbid: except('schema', 'sql', 'queries'),
		typesOnly: ['queries']
	},
	{ files: ['src/lib/db/**'], forbid: except('schema', 'sql', 'hash'), duckdb: true },
	{ files: ['src/lib/state/**'], forbid: ['server', 'charts', 'export', 'components'] },
	{ files: ['src/lib/server/**'], forbid: ['charts', 'export', 'components'], duckdb: true },
	{ files: ['src/lib/charts/**'], forbid: except('charts', 'indicators', 'i18n', 'schema') },
	{
		files: ['src/lib/export/**'],
		forbid: ['db', 'server', 'components', 'state'],
		typesOnly: ['state']
	},
	{ files: ['src/lib/components/**'], forbid: ['server', 'db'], typesOnly: ['db'] },
	{ files: ['src/routes/**'], forbid: ['db'] },
	{
		files: ['scripts/**'],
		forbid: ['indicators', 'db', 'state', 'server', 'charts', 'export', 'components'],
		duckdb: true,
		fromScripts: true
	},
	// `npm run report` is the report page's command-line counterpart: like a route it composes the
	// layers (queries, book, DOCX, the manifest check, D); it never imports the build's server modules.
	{ files: ['scripts/report/**'], forbid: ['server'], duckdb: true, fromScripts: true }
];

export function layerRules() {
	return LAYERS.map(({ files, forbid, typesOnly = [], duckdb = false, fromScripts = false }) => {
		const hard = forbid.filter((folder) => !typesOnly.includes(folder));
		const patterns = [];
		if (hard.length > 0) {
			patterns.push(
				folderImport(
					hard,
					'This layer must not import that one (docs/architecture.md, "Layers").',
					false,
					fromScripts
				)
			);
		}
		if (typesOnly.length > 0) {
			patterns.push(
				folderImport(
					typesOnly,
					'This layer may import only types from that one (docs/architecture.md, "Layers").',
					true,
					fromScripts
				)
			);
		}
		if (!duckdb) patterns.push(DUCKDB);
		return {
			files,
			rules: {
				'no-restricted-imports': 'off',
				'@typescript-eslint/no-restricted-imports': ['error', { patterns }]
			}
		};
	});
}
