/**
 * One thing wrong with the source data, located as a spreadsheet user would
 * find it. `row` counts records as a spreadsheet shows them (header = row 1,
 * first data row = row 2, blank lines included); `line` is the record's first
 * line in the text file, given only for a CSV where a quoted line break makes
 * it differ from `row`.
 */
export interface Problem {
	readonly file: string;
	/** Worksheet of a workbook source. */
	readonly sheet?: string;
	/** Null when the problem concerns the whole file or sheet. */
	readonly row: number | null;
	readonly line?: number;
	/** Null when the problem concerns a whole row or file. */
	readonly column: string | null;
	readonly reason: string;
}

/** Where a row-level problem is: its spreadsheet row and its starting line in the file. */
export interface RowPosition {
	readonly row: number;
	readonly line: number;
}

interface Entry {
	readonly problem: Problem;
	readonly fileOrder: number;
	readonly columnOrder: number;
	readonly seq: number;
}

/**
 * Collects every problem of a run. Only the first `keepLimit` are kept in
 * memory (a systematic error in a file of millions of rows would otherwise
 * keep millions), but all are counted.
 */
export class ProblemCollector {
	count = 0;
	private readonly kept: Entry[] = [];
	private files = 0;

	constructor(private readonly keepLimit = 100_000) {}

	forFile(file: string, sheet?: string): FileProblems {
		return new FileProblems(this, file, sheet, this.files++);
	}

	add(problem: Problem, fileOrder: number, columnOrder: number): void {
		this.count++;
		if (this.kept.length < this.keepLimit) {
			this.kept.push({ problem, fileOrder, columnOrder, seq: this.count });
		}
	}

	/** The problems in file order, then row, then column order; at most `limit` of them. */
	sorted(limit: number): Problem[] {
		return [...this.kept]
			.sort(
				(a, b) =>
					a.fileOrder - b.fileOrder ||
					(a.problem.row ?? 0) - (b.problem.row ?? 0) ||
					a.columnOrder - b.columnOrder ||
					a.seq - b.seq
			)
			.slice(0, limit)
			.map((e) => e.problem);
	}
}

/** Reports the problems of one file (or sheet), in the order files are read. */
export class FileProblems {
	count = 0;

	constructor(
		private readonly collector: ProblemCollector,
		readonly file: string,
		readonly sheet: string | undefined,
		private readonly order: number
	) {}

	whole(reason: string): void {
		this.push(null, null, reason, -1);
	}

	/** `columnOrder` sorts problems of one row as the schema orders its columns. */
	at(position: RowPosition, column: string | null, reason: string, columnOrder = -1): void {
		this.push(position, column, reason, columnOrder);
	}

	private push(
		position: RowPosition | null,
		column: string | null,
		reason: string,
		columnOrder: number
	): void {
		this.count++;
		const problem: Problem = {
			file: this.file,
			...(this.sheet === undefined ? {} : { sheet: this.sheet }),
			row: position?.row ?? null,
			...(position && position.line !== position.row ? { line: position.line } : {}),
			column,
			reason
		};
		this.collector.add(problem, this.order, columnOrder);
	}
}

/** `recommendations.csv, row 14, column iso3: "XYZ" is not a UN Member State iso3` */
export function formatProblem(p: Problem): string {
	const parts = [p.file];
	if (p.sheet !== undefined) parts.push(`sheet ${p.sheet}`);
	if (p.row !== null)
		parts.push(p.line === undefined ? `row ${p.row}` : `row ${p.row} (line ${p.line})`);
	if (p.column !== null)
		parts.push(`${p.column.includes(', ') ? 'columns' : 'column'} ${p.column}`);
	return `${parts.join(', ')}: ${p.reason}`;
}

/** Quotes a value for a message, shortened so one long cell cannot flood the output. */
export function quote(value: string): string {
	return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
}
