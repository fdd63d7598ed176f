/** A table that could not be loaded, with a message naming its file. */
export interface LoadProblem {
	readonly table: string;
	readonly file: string;
	readonly message: string;
}

export interface TableTiming {
	fetchMs: number;
	decodeMs: number;
	insertMs: number;
}

/** Milliseconds from the start of loading (also as performance marks, for the benchmark). */
export interface LoadTimings {
	readonly duckdbReadyMs: number;
	readonly tablesLoadedMs: number;
	readonly tables: Readonly<Record<string, TableTiming>>;
}
