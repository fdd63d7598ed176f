import initParquet, {
	Compression,
	readParquet,
	Table as WasmTable,
	writeParquet,
	WriterPropertiesBuilder
} from 'parquet-wasm/esm';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';

let ready: Promise<unknown> | null = null;

function init(): Promise<unknown> {
	ready ??= initParquet({ module_or_path: parquetWasmUrl });
	return ready;
}

/** Arrow IPC stream of a decoded Parquet file; null when the file holds no row group. */
export type ArrowIPC = Uint8Array | null;

/**
 * Decodes a Parquet file to an Arrow IPC stream. DuckDB-WASM would otherwise
 * download its parquet extension from the internet (TOOLCHAIN.md), so the page
 * decodes with parquet-wasm, whose .wasm is served from the app's own origin.
 */
export async function parquetToArrowIPC(bytes: Uint8Array): Promise<ArrowIPC> {
	await init();
	const table = readParquet(bytes);
	if (table.numBatches === 0) {
		table.free();
		return null;
	}
	return table.intoIPCStream();
}

/** Writes an Arrow IPC stream as a Parquet file (snappy), with key-value metadata in its footer. */
export async function arrowIPCToParquet(
	ipcStream: Uint8Array,
	metadata: Map<string, string>
): Promise<Uint8Array> {
	await init();
	const table = WasmTable.fromIPCStream(ipcStream);
	const properties = new WriterPropertiesBuilder()
		.setCompression(Compression.SNAPPY)
		.setKeyValueMetadata(metadata)
		.build();
	return writeParquet(table, properties);
}
