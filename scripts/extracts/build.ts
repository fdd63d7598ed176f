import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
	confRank,
	DERIVED_TABLES,
	SCHEMA_VERSION,
	TABLES,
	TIERS,
	type ExtractTableName,
	type Tier
} from '../../src/lib/schema';
import { recoverDirectory, replaceDirectory, siblingTempDir } from '../lib/atomic-dir';
import {
	checkExtractSet,
	describeFile,
	readSourceLabel,
	writeManifest,
	type ExtractManifest,
	type ManifestTable,
	type ReferenceDateFrom
} from './manifest';
import { isIsoDate } from './parse-cell';
import { StagingWriter } from './staging';
import { runValidation, type ValidateOptions, type ValidationResult } from './validate';
import {
	BUILD_SCHEMA,
	dropBuildSchema,
	latestObservation,
	loadStagedTable,
	parquetName,
	parquetPath,
	resetBuildSchema,
	writeDerivedTable,
	writeTierTable,
	type Compression
} from './write-parquet';

/**
 * Node flags for large builds. Reading millions of rows makes short-lived
 * objects fast, and with the default semi-space the young-generation
 * collections take a large share of the validation's CPU; a larger one makes
 * them rarer.
 */
export const BUILD_V8_FLAGS: readonly string[] = ['--max-semi-space-size=64'];

export interface BuildOptions extends ValidateOptions {
	/** Folder receiving `<tier>/<table>.parquet` and `<tier>/manifest.json`, replaced as a whole. */
	readonly out: string;
	/** D for every tier, YYYY-MM-DD; by default each tier's latest observation date. */
	readonly referenceDate?: string;
	/** Default zstd. Tests use uncompressed files so they can search the bytes for leaked text. */
	readonly compression?: Compression;
	/** A DuckDB connection to reuse (tests); by default a private in-memory instance. */
	readonly connection?: DuckDBConnection;
}

export interface BuildTimings {
	readonly validateMs: number;
	readonly loadMs: number;
	readonly writeMs: number;
}

export type BuildReport =
	| (ValidationResult & {
			readonly ok: true;
			readonly manifests: Readonly<Record<Tier, ExtractManifest>>;
			readonly timings: BuildTimings;
	  })
	| (ValidationResult & { readonly ok: false });

/**
 * Validates the source and, only if it has no problem at all, writes the
 * Parquet extracts of every tier. Everything is built in a folder beside
 * `out` and swapped in by rename at the end, so a refused source or a
 * failure at any point leaves the previous extracts exactly as they were.
 */
export async function buildExtracts(options: BuildOptions): Promise<BuildReport> {
	if (options.referenceDate !== undefined && !isIsoDate(options.referenceDate)) {
		throw new Error(
			`--reference-date "${options.referenceDate}" is not a date in YYYY-MM-DD form.`
		);
	}
	const now = options.now ?? (() => new Date());
	const recovery = recoverExtracts(options.out);
	const temp = siblingTempDir(options.out);
	let swapped = false;
	try {
		const started = Date.now();
		const { conn, close } = await connect(options.connection, join(temp, 'spill'));
		let validation: ValidationResult;
		let validated = started;
		let loaded = started;
		const manifests = {} as Record<Tier, ExtractManifest>;
		try {
			await resetBuildSchema(conn);
			const staging = await StagingWriter.open(conn, BUILD_SCHEMA, TABLES);
			try {
				validation = await runValidation({ ...options, now }, (plan, values, level) =>
					staging.write(plan, values, level)
				);
			} finally {
				staging.closeAll();
			}
			validation = { ...validation, warnings: [...recovery, ...validation.warnings] };
			if (validation.problemCount > 0) return { ...validation, ok: false };
			validated = Date.now();
			for (const table of TABLES) await loadStagedTable(conn, table);
			loaded = Date.now();
			const builtAt = now();
			for (const tier of TIERS) {
				manifests[tier] = await writeTier(conn, tier, join(temp, tier), options, builtAt);
			}
		} finally {
			// A failed cleanup must not hide the error that stopped the build; the next
			// build resets the schema anyway.
			await dropBuildSchema(conn).catch(() => undefined);
			close();
		}
		replaceDirectory(options.out, temp);
		swapped = true;
		const timings = {
			validateMs: validated - started,
			loadMs: loaded - validated,
			writeMs: Date.now() - loaded
		};
		return { ...validation, ok: true, manifests, timings };
	} finally {
		if (!swapped) rmSync(temp, { recursive: true, force: true });
	}
}

/**
 * Finishes what a killed build left beside `out` (recoverDirectory), then
 * checks that `out` is a complete set. Returns what the user should know.
 */
export function recoverExtracts(out: string): string[] {
	const notes: string[] = [];
	const { restored, removed } = recoverDirectory(out);
	if (restored) {
		notes.push(
			`${out} was missing after an interrupted build; the previous extracts were put back`
		);
	}
	if (removed.length > 0) {
		notes.push(
			`removed ${removed.length} leftover folder(s) of an interrupted build beside ${out}`
		);
	}
	const incomplete = checkExtractSet(out);
	if (incomplete !== null) {
		notes.push(
			`${out} is not a complete set of extracts (${incomplete}); a successful build replaces it`
		);
	}
	return notes;
}

/**
 * A private instance spills to `spillDir`, inside the build's temporary
 * folder, instead of DuckDB's default `.tmp` in the working directory: spilled
 * blocks hold source rows, and the temporary folder is the one place a killed
 * build's leftovers are looked for and removed.
 */
async function connect(
	shared: DuckDBConnection | undefined,
	spillDir: string
): Promise<{ conn: DuckDBConnection; close: () => void }> {
	if (shared) return { conn: shared, close: () => {} };
	const instance = await DuckDBInstance.create(':memory:', { temp_directory: spillDir });
	const conn = await instance.connect();
	return {
		conn,
		close: () => {
			conn.closeSync();
			instance.closeSync();
		}
	};
}

/**
 * One tier: its Parquet files and manifest. The reference date D is computed
 * per tier from the rows of that tier only, never from all rows: a date seen
 * only in restricted rows would otherwise reach the public manifest (and every
 * "status at D" figure), revealing that restricted activity exists.
 */
async function writeTier(
	conn: DuckDBConnection,
	tier: Tier,
	dir: string,
	options: BuildOptions,
	builtAt: Date
): Promise<ExtractManifest> {
	mkdirSync(dir);
	const rank = confRank(tier);
	const tables: Partial<Record<ExtractTableName, ManifestTable>> = {};
	const compression = options.compression ?? 'zstd';
	for (const table of TABLES) {
		const path = parquetPath(dir, table);
		const rows = await writeTierTable(conn, table, rank, path, compression);
		tables[table.name as ExtractTableName] = await describeFile(path, rows, parquetName(table));
	}
	for (const derived of DERIVED_TABLES) {
		const path = parquetPath(dir, derived);
		const rows = await writeDerivedTable(conn, derived, dir, path, compression);
		tables[derived.name] = await describeFile(path, rows, parquetName(derived));
	}
	let referenceDate = options.referenceDate ?? null;
	let referenceDateFrom: ReferenceDateFrom = 'option';
	if (referenceDate === null) {
		referenceDate = await latestObservation(conn, rank);
		referenceDateFrom = 'data';
	}
	if (referenceDate === null) {
		// A tier without any observation (the blank template) still needs a D: the build day.
		referenceDate = builtAt.toISOString().slice(0, 10);
		referenceDateFrom = 'build_date';
	}
	const manifest: ExtractManifest = {
		schemaVersion: SCHEMA_VERSION,
		tier,
		referenceDate,
		referenceDateFrom,
		...readSourceLabel(options.source),
		builtAt: builtAt.toISOString(),
		tables: tables as Record<ExtractTableName, ManifestTable>
	};
	writeManifest(dir, manifest);
	return manifest;
}
