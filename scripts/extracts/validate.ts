import { TABLES } from '../../src/lib/schema';
import { SourceFormatError } from './csv-records';
import type { CellValue } from './parse-cell';
import { ProblemCollector, type Problem } from './problems';
import { planReference, planSource, type TableInput } from './read-source';
import { KeyTable } from './key-table';
import { boundsAt } from './record-bounds';
import { planTables } from './table-plan';
import { TableValidator, type RowSink, type TableState } from './table-validator';

export interface ValidateOptions {
	/** A folder of `<table>.csv`, a folder with one workbook, or a workbook's path. */
	readonly source: string;
	/** The folder of reference and external tables (data/reference). */
	readonly reference: string;
	/** How many problems to list; the rest are only counted. Default 200. */
	readonly problemLimit?: number;
	/**
	 * The build's clock: builtAt, the fallback reference date, and the build
	 * day after which a record's date is refused. Tests fix it.
	 */
	readonly now?: () => Date;
}

export interface ValidationResult {
	/** The first problems in file order, then row, then column order. */
	readonly problems: readonly Problem[];
	/** All problems, listed or not. */
	readonly problemCount: number;
	readonly warnings: readonly string[];
	/** Data rows read per table. */
	readonly rowCounts: Readonly<Record<string, number>>;
}

export const DEFAULT_PROBLEM_LIMIT = 200;

/** Checks a source against every rule of the schema without writing anything. */
export function validateSource(options: ValidateOptions): Promise<ValidationResult> {
	return runValidation(options);
}

/**
 * Reads and checks every table, parents before children (TABLES order), and
 * hands each row to `sink` while no problem has been found: once one has,
 * nothing will be written, so rows are only checked.
 */
export async function runValidation(
	options: ValidateOptions,
	sink?: RowSink
): Promise<ValidationResult> {
	const collector = new ProblemCollector();
	const plan = await planSource(options.source);
	for (const p of plan.problems) collector.forFile(p.file).whole(p.reason);
	const inputs: TableInput[] = [...planReference(options.reference), ...plan.inputs];
	inputs.sort((a, b) => TABLES.indexOf(a.table) - TABLES.indexOf(b.table));

	const plans = planTables(TABLES, boundsAt((options.now ?? (() => new Date()))()));
	const states = new Map<string, TableState>();
	for (const input of inputs) {
		const tablePlan = plans.get(input.table.name);
		if (!tablePlan) throw new Error(`No plan for table ${input.table.name}.`);
		const state: TableState = {
			plan: tablePlan,
			index: new Map(),
			firstRows: new KeyTable(),
			usable: false,
			rows: 0
		};
		states.set(input.table.name, state);
		const problems = collector.forFile(input.file, input.sheet);
		if (input.missing !== null) {
			problems.whole(input.missing);
			continue;
		}
		const emit = (p: typeof tablePlan, values: readonly unknown[], level: number): void => {
			// Valid rows hold no unparsed cells: every unparsed cell was reported.
			if (sink && collector.count === 0) sink(p, values as readonly CellValue[], level);
		};
		const validator = new TableValidator(state, states, problems, input.container, emit);
		try {
			await input.read((record) => validator.record(record));
		} catch (error) {
			if (!(error instanceof SourceFormatError)) throw error;
			problems.whole(error.message);
			state.usable = false;
			continue;
		}
		validator.finish();
	}

	const rowCounts: Record<string, number> = {};
	for (const [name, state] of states) rowCounts[name] = state.rows;
	return {
		problems: collector.sorted(options.problemLimit ?? DEFAULT_PROBLEM_LIMIT),
		problemCount: collector.count,
		warnings: plan.warnings,
		rowCounts
	};
}
