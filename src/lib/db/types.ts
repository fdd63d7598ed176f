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
	/** Every table in or failed; 0 until then. */
	readonly tablesLoadedMs: number;
	/** The tables of the first queries in (mark `page-tables-loaded`); null until then. */
	readonly pageTablesLoadedMs: number | null;
	readonly tables: Readonly<Record<string, TableTiming>>;
}
