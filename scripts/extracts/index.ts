/** The extract builder's API; main.ts is its command line. */
export {
	BUILD_V8_FLAGS,
	buildExtracts,
	type BuildOptions,
	type BuildReport,
	type BuildTimings
} from './build';
export {
	validateSource,
	DEFAULT_PROBLEM_LIMIT,
	type ValidateOptions,
	type ValidationResult
} from './validate';
export { formatProblem, type Problem } from './problems';
export type { ExtractManifest, ManifestTable, ReferenceDateFrom } from './manifest';
export type { Compression } from './write-parquet';
