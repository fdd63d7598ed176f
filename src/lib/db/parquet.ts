import initParquet, { readParquet } from 'parquet-wasm/esm';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';

let ready: Promise<unknown> | null = null;

/** Arrow IPC stream of a decoded Parquet file; null when the file holds no row group. */
export type ArrowIPC = Uint8Array | null;

/**
 * Decodes a Parquet file to an Arrow IPC stream. DuckDB-WASM would otherwise
 * download its parquet extension from the internet (TOOLCHAIN.md), so the page
 * decodes with parquet-wasm, whose .wasm is served from the app's own origin.
 */
export async function parquetToArrowIPC(bytes: Uint8Array): Promise<ArrowIPC> {
	ready ??= initParquet({ module_or_path: parquetWasmUrl });
	await ready;
	const table = readParquet(bytes);
	if (table.numBatches === 0) {
		table.free();
		return null;
	}
	return table.intoIPCStream();
}
