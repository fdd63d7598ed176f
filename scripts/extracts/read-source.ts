import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import {
	EXTERNAL_TABLES,
	FACT_TABLES,
	REFERENCE_TABLES,
	type TableDef
} from '../../src/lib/schema';
import { readCsvRecords, SourceFormatError, type RecordHandler } from './csv-records';
import { openWorkbook } from './xlsx-records';

/** One table to validate: where it comes from and how to read its records. */
export interface TableInput {
	readonly table: TableDef;
	/** File name as the user knows it, used in problems. */
	readonly file: string;
	readonly sheet?: string;
	/** Why the table cannot be read at all (`file is missing`), or null. */
	readonly missing: string | null;
	/** The word problems use for the container: `file` or `sheet`. */
	readonly container: 'file' | 'sheet';
	/** Emits every record, the header first; throws SourceFormatError if unreadable. */
	readonly read: (onRecord: RecordHandler) => Promise<void>;
}

/** A problem with the source as a whole (no such folder, two workbooks...). */
export interface SourceLevelProblem {
	readonly file: string;
	readonly reason: string;
}

export interface SourcePlan {
	readonly inputs: readonly TableInput[];
	readonly problems: readonly SourceLevelProblem[];
	readonly warnings: readonly string[];
}

const noRecords = async (): Promise<void> => {};

function csvInput(table: TableDef, path: string, file: string): TableInput {
	if (!existsSync(path)) {
		return { table, file, missing: 'file is missing', container: 'file', read: noRecords };
	}
	return {
		table,
		file,
		missing: null,
		container: 'file',
		read: (onRecord) => readCsvRecords(path, onRecord)
	};
}

/** The reference and external tables, one CSV each, shipped in the reference folder. */
export function planReference(referenceDir: string): TableInput[] {
	const folder = basename(referenceDir);
	return [...REFERENCE_TABLES, ...EXTERNAL_TABLES].map((t) =>
		csvInput(t, join(referenceDir, `${t.name}.csv`), `${folder}/${t.name}.csv`)
	);
}

/**
 * The fact tables of a source: a folder of `<table>.csv`, a folder holding one
 * workbook, or the path of a workbook. Sheets starting with `_` (such as the
 * template's `_dictionary`) are ignored; other unknown files and sheets are
 * ignored with a warning.
 */
export async function planSource(sourcePath: string): Promise<SourcePlan> {
	if (!existsSync(sourcePath)) {
		return {
			inputs: [],
			problems: [{ file: sourcePath, reason: 'no such folder or file' }],
			warnings: []
		};
	}
	if (statSync(sourcePath).isFile()) {
		if (extname(sourcePath).toLowerCase() !== '.xlsx') {
			return {
				inputs: [],
				problems: [{ file: sourcePath, reason: 'a source is a folder or an .xlsx workbook' }],
				warnings: []
			};
		}
		return planWorkbook(sourcePath);
	}
	const names = readdirSync(sourcePath).filter((n) => statSync(join(sourcePath, n)).isFile());
	const workbooks = names.filter(
		(n) => extname(n).toLowerCase() === '.xlsx' && !n.startsWith('~$')
	);
	const csvs = names.filter((n) => extname(n).toLowerCase() === '.csv');
	const factFiles = new Set(FACT_TABLES.map((t) => `${t.name}.csv`));
	const hasFactCsv = csvs.some((n) => factFiles.has(n));

	if (workbooks.length > 1 && !hasFactCsv) {
		const reason = `holds ${workbooks.length} workbooks (${workbooks.join(', ')}): keep one`;
		return { inputs: [], problems: [{ file: sourcePath, reason }], warnings: [] };
	}
	if (workbooks.length > 0 && hasFactCsv) {
		const reason = `holds both table CSV files and a workbook (${workbooks.join(', ')}): keep one`;
		return { inputs: [], problems: [{ file: sourcePath, reason }], warnings: [] };
	}
	if (workbooks.length === 1) return planWorkbook(join(sourcePath, workbooks[0]));

	const inputs = FACT_TABLES.map((t) =>
		csvInput(t, join(sourcePath, `${t.name}.csv`), `${t.name}.csv`)
	);
	const warnings = csvs
		.filter((n) => !factFiles.has(n))
		.map((n) => `${n} is not a fact table of the schema and was ignored`);
	return { inputs, problems: [], warnings };
}

async function planWorkbook(path: string): Promise<SourcePlan> {
	const file = basename(path);
	let workbook;
	try {
		workbook = await openWorkbook(path);
	} catch (error) {
		if (!(error instanceof SourceFormatError)) throw error;
		return { inputs: [], problems: [{ file, reason: error.message }], warnings: [] };
	}
	const { sheetNames } = workbook;
	const inputs = FACT_TABLES.map((table): TableInput => {
		const present = sheetNames.includes(table.name);
		return {
			table,
			file,
			sheet: table.name,
			missing: present ? null : 'sheet is missing',
			container: 'sheet',
			read: async (onRecord) => workbook.readSheet(table.name, onRecord)
		};
	});
	const known = new Set<string>(FACT_TABLES.map((t) => t.name));
	const warnings = sheetNames
		.filter((n) => !n.startsWith('_') && !known.has(n))
		.map((n) => `${file}: sheet ${n} is not a fact table of the schema and was ignored`);
	return { inputs, problems: [], warnings };
}
