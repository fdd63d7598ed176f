import { CONF_ORDER, isConfLevel, type Tier } from '../../src/lib/schema/confidentiality.ts';

export const FORMATS = ['docx', 'pdf', 'zip'] as const;
export type ReportFormat = (typeof FORMATS)[number];

export interface ReportArgs {
	readonly year: number;
	readonly tier: Tier;
	readonly format: ReportFormat;
	readonly out: string;
	/** The folder holding one folder of extracts per tier. */
	readonly extracts: string;
}

export const USAGE = `Usage: npm run report -- --year YYYY [--tier ${CONF_ORDER.join('|')}] [--format ${FORMATS.join('|')}] [--out FILE] [--extracts DIR]

  --year     the reporting year (required), e.g. 2025
  --tier     the extract tier to read (default: public)
  --format   docx (default), pdf (converted by LibreOffice), or zip (the figure pack)
  --out      the file to write (default: annual-report-YYYY-TIER.FORMAT)
  --extracts the extracts folder (default: data/extracts)`;

/** A wrong command line: the message says what is wrong; the command exits with code 2. */
export class ArgsError extends Error {
	override name = 'ArgsError';
}

/** Reads the command line of `npm run report`; throws ArgsError with a plain message. */
export function parseReportArgs(argv: readonly string[]): ReportArgs {
	const values = new Map<string, string>();
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		const [flag, inline] = arg.startsWith('--') ? arg.slice(2).split(/=(.*)/s) : [null, null];
		if (!flag || !['year', 'tier', 'format', 'out', 'extracts'].includes(flag)) {
			throw new ArgsError(`Unknown argument "${arg}".`);
		}
		const value = inline ?? argv[++i];
		if (value === undefined || value.startsWith('--')) {
			throw new ArgsError(`--${flag} needs a value.`);
		}
		if (values.has(flag)) throw new ArgsError(`--${flag} is given twice.`);
		values.set(flag, value);
	}
	const yearText = values.get('year');
	if (yearText === undefined) throw new ArgsError('--year is required, e.g. --year 2025.');
	if (!/^\d{4}$/.test(yearText) || Number(yearText) < 2000) {
		throw new ArgsError(`--year "${yearText}" is not a reporting year (four digits, e.g. 2025).`);
	}
	const year = Number(yearText);
	const tierText = (values.get('tier') ?? 'public').toLowerCase();
	if (!isConfLevel(tierText)) {
		throw new ArgsError(`--tier "${tierText}" is not a tier; use one of ${CONF_ORDER.join(', ')}.`);
	}
	const formatText = (values.get('format') ?? 'docx').toLowerCase();
	if (!(FORMATS as readonly string[]).includes(formatText)) {
		throw new ArgsError(`--format "${formatText}" is not one of ${FORMATS.join(', ')}.`);
	}
	const format = formatText as ReportFormat;
	return {
		year,
		tier: tierText,
		format,
		out: values.get('out') ?? `annual-report-${year}-${tierText}.${format}`,
		extracts: values.get('extracts') ?? 'data/extracts'
	};
}
