// Plain JS with JSDoc types: svelte.config.js imports it without a TypeScript loader.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import adapterStatic from '@sveltejs/adapter-static';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** The same file types SvelteKit's own precompress handles. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.json', '.css', '.svg', '.xml', '.wasm', '.txt', '.md']);

/**
 * Brotli at its maximum quality is far slower on the large DuckDB wasm files
 * and saves almost nothing over quality 9, so large files use quality 9 and
 * everything else the maximum.
 */
const LARGE_FILE_BYTES = 1_000_000;

/**
 * The wasm files are byte-identical in every tier's build, so their compressed
 * forms are cached by content hash and each tier build after the first reuses them.
 */
const CACHE_DIR = 'node_modules/.cache/ctc-precompress';

/**
 * @param {Buffer} content
 * @param {'br' | 'gz'} format
 * @returns {Promise<Buffer>}
 */
async function compress(content, format) {
	if (format === 'gz') return gzip(content, { level: zlib.constants.Z_BEST_COMPRESSION });
	const quality = content.length > LARGE_FILE_BYTES ? 9 : zlib.constants.BROTLI_MAX_QUALITY;
	return brotli(content, {
		params: {
			[zlib.constants.BROTLI_PARAM_QUALITY]: quality,
			[zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length
		}
	});
}

/**
 * @param {string} file
 * @param {'br' | 'gz'} format
 */
async function compressFile(file, format) {
	const content = readFileSync(file);
	const cached =
		content.length > LARGE_FILE_BYTES
			? join(CACHE_DIR, `${createHash('sha256').update(content).digest('hex')}.${format}`)
			: null;
	if (cached && existsSync(cached)) {
		writeFileSync(`${file}.${format}`, readFileSync(cached));
		return;
	}
	const output = await compress(content, format);
	writeFileSync(`${file}.${format}`, output);
	if (cached) {
		mkdirSync(CACHE_DIR, { recursive: true });
		// Rename is atomic: a build running in parallel never reads a half-written entry.
		const partial = `${cached}.${process.pid}.partial`;
		writeFileSync(partial, output);
		renameSync(partial, cached);
	}
}

/**
 * @param {string} dir
 * @returns {string[]}
 */
function listFiles(dir) {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && COMPRESSIBLE.has(extname(entry.name)))
		.map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Writes .br and .gz beside every compressible file of the built site.
 * @param {string} dir
 */
export async function precompressDirectory(dir) {
	const files = listFiles(dir);
	await Promise.all(files.flatMap((file) => [compressFile(file, 'gz'), compressFile(file, 'br')]));
}

/**
 * adapter-static with `precompress` done here instead: the same .br/.gz
 * output, with the large files compressed faster and cached (LARGE_FILE_BYTES, CACHE_DIR).
 * @param {{ pages: string, fallback: string, strict?: boolean }} options
 * @returns {import('@sveltejs/kit').Adapter}
 */
export function precompressedStatic(options) {
	const base = adapterStatic({ ...options, assets: options.pages, precompress: false });
	return {
		...base,
		async adapt(builder) {
			await base.adapt(builder);
			builder.log.minor('Compressing assets and pages (brotli + gzip)');
			await precompressDirectory(options.pages);
		}
	};
}
