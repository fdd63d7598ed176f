import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { BUILD_DIR, PUBLIC_BUILD_DIR, ROOT } from '../../scripts/e2e/paths';
import { filesUnder } from '../helpers/parquet-files';

/** Built files that can name a URL the browser would follow (compressed siblings are copies). */
const TEXT_EXTENSIONS = new Set([
	'.html',
	'.js',
	'.mjs',
	'.css',
	'.json',
	'.svg',
	'.xml',
	'.txt',
	'.webmanifest'
]);

/** Identifiers that look like URLs but are never fetched: XML namespaces of SVG and Office files. */
const NAMESPACE_HOSTS = new Set([
	'www.w3.org',
	'schemas.openxmlformats.org',
	'schemas.microsoft.com',
	'purl.org',
	'ns.adobe.com'
]);

/**
 * URLs that bundled libraries mention in strings the app never fetches. Each
 * has a reason; any other URL fails the test until someone has looked at
 * where it comes from. Requests actually made are checked by the page tests
 * (nothing leaves 127.0.0.1). The .wasm binaries are not scanned: DuckDB's
 * names extensions.duckdb.org, which the db layer switches off.
 */
/** `exact` entries match that URL only, not everything under it. */
const KNOWN_LIBRARY_URLS: readonly { prefix: string; why: string; exact?: boolean }[] = [
	{ prefix: 'https://svelte.dev/e/', why: "links in Svelte's runtime error messages" },
	{ prefix: 'https://github.com/duckdb/duckdb-wasm', why: "duckdb-wasm's package.json, bundled" },
	{ prefix: 'https://github.com/emn178/js-sha256', why: 'licence header in the DuckDB worker' },
	{ prefix: 'https://rolldown.rs/in-depth/', why: "link in the bundler's require() error message" },
	// exceljs, loaded only when a list is exported as XLSX, bundles these in error and licence strings.
	{
		prefix: 'https://github.com/exceljs/exceljs/',
		why: "exceljs's upgrade note in an error message"
	},
	{ prefix: 'https://github.com/zloirock/core-js', why: "core-js's licence string inside exceljs" },
	{ prefix: 'https://github.com/crypto-browserify/', why: 'an error message of the crypto shim' },
	{ prefix: 'https://github.com/indutny/elliptic', why: "elliptic's package metadata" },
	{ prefix: 'https://stuk.github.io/jszip/', why: "a link in JSZip's error message" },
	{ prefix: 'https://github.com/uuidjs/uuid', why: "a link in uuid's error message" },
	// pptxgenjs, loaded only when the briefing basket is exported as PPTX.
	{
		prefix: 'https://gitbrent.github.io/PptxGenJS/docs/',
		why: "pptxgenjs's documentation links in its error messages"
	},
	{
		prefix: 'https://github.com',
		exact: true,
		why: "pptxgenjs's example hyperlink option in an error message"
	},
	// docx, loaded only when the report is downloaded as a Word document.
	{
		prefix:
			'https://answers.microsoft.com/en-us/msoffice/forum/all/does-word-support-more-than-9-list-levels/',
		why: "docx's error message for a list nested more than nine levels"
	}
];

const URL_PATTERN = /https?:\/\/[^\s"'`<>()\\{}|^]+/g;

interface Finding {
	file: string;
	url: string;
	host: string;
}

function findings(dir: string): Finding[] {
	const out: Finding[] = [];
	for (const file of filesUnder(dir)) {
		if (!TEXT_EXTENSIONS.has(extname(file))) continue;
		const text = readFileSync(file, 'utf8');
		for (const [url] of text.matchAll(URL_PATTERN)) {
			let host: string;
			try {
				host = new URL(url).hostname;
			} catch {
				continue;
			}
			// A bare "http://" prefix built by string concatenation names no host.
			if (host === '' || host === '127.0.0.1' || host === 'localhost') continue;
			if (NAMESPACE_HOSTS.has(host)) continue;
			out.push({ file: relative(dir, file), url, host });
		}
	}
	return out;
}

test.each([
	['restricted', BUILD_DIR],
	['public', PUBLIC_BUILD_DIR]
])('the %s build names no other host, except reviewed library strings', (tier, dir) => {
	// The pattern must find a URL, or an empty result would prove nothing.
	expect('see https://example.org/x.'.match(URL_PATTERN)).toEqual(['https://example.org/x.']);
	const found = findings(dir);
	mkdirSync(join(ROOT, 'test-results'), { recursive: true });
	writeFileSync(
		join(ROOT, `test-results/external-urls-${tier}.json`),
		JSON.stringify(found, null, '\t')
	);

	// Pages, styles and data are the app's own: not even an inert mention of another host.
	const inPages = found.filter((f) => !/\.m?js$/.test(f.file));
	expect(inPages.map((f) => `${f.file}: ${f.url}`)).toEqual([]);

	const unreviewed = found.filter(
		(f) =>
			!KNOWN_LIBRARY_URLS.some((k) => (k.exact ? f.url === k.prefix : f.url.startsWith(k.prefix)))
	);
	const byHost = new Map<string, Set<string>>();
	for (const f of unreviewed)
		byHost.set(f.host, (byHost.get(f.host) ?? new Set()).add(`${f.file}: ${f.url}`));
	expect(
		[...byHost].map(([host, where]) => `${host}\n    ${[...where].slice(0, 5).join('\n    ')}`)
	).toEqual([]);
});
