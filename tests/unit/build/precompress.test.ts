import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompressDirectory } from '../../../scripts/build/precompressed-static.js';

describe('precompressDirectory', () => {
	it('writes .br and .gz that decompress to the original, for small and large files, and skips other types', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
		const small = 'console.log("tier marking");\n'.repeat(50);
		// Above the large-file threshold, so it takes the quality-9 and cache path.
		const large = Buffer.from(Array.from({ length: 1_200_000 }, (_, i) => (i * 7919) % 251));
		writeFileSync(join(dir, 'app.js'), small);
		writeFileSync(join(dir, 'engine.wasm'), large);
		writeFileSync(join(dir, 'extract.parquet'), 'PAR1');
		await precompressDirectory(dir);
		await precompressDirectory(dir); // second pass reads the cache
		expect(brotliDecompressSync(readFileSync(join(dir, 'app.js.br'))).toString()).toBe(small);
		expect(gunzipSync(readFileSync(join(dir, 'app.js.gz'))).toString()).toBe(small);
		expect(brotliDecompressSync(readFileSync(join(dir, 'engine.wasm.br'))).equals(large)).toBe(true);
		expect(gunzipSync(readFileSync(join(dir, 'engine.wasm.gz'))).equals(large)).toBe(true);
		expect(existsSync(join(dir, 'extract.parquet.br'))).toBe(false);
	});
});
