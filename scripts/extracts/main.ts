import { parseArgs } from 'node:util';
import { CONF_ORDER } from '../../src/lib/schema';
import { relaunchWithV8Flags } from '../lib/v8-flags';
import { BUILD_V8_FLAGS, buildExtracts, formatProblem } from './index';
import { isIsoDate } from './parse-cell';

relaunchWithV8Flags(BUILD_V8_FLAGS);

const USAGE = `Usage: npm run extracts -- [--source DIR|FILE.xlsx] [--out DIR] [--reference DIR] [--reference-date YYYY-MM-DD]
  --source          source tables: a folder of <table>.csv, or one .xlsx workbook (default data/demo)
  --out             extracts folder, replaced as a whole (default data/extracts)
  --reference       reference and external tables (default data/reference)
  --reference-date  the reference date D of every tier (default: each tier's latest observation)`;

function usage(message: string): never {
	console.error(`${message}\n\n${USAGE}`);
	process.exit(2);
}

async function main(): Promise<void> {
	let values;
	try {
		({ values } = parseArgs({
			options: {
				source: { type: 'string', default: 'data/demo' },
				out: { type: 'string', default: 'data/extracts' },
				reference: { type: 'string', default: 'data/reference' },
				'reference-date': { type: 'string' },
				help: { type: 'boolean', short: 'h' }
			}
		}));
	} catch (error) {
		usage(error instanceof Error ? error.message : String(error));
	}
	if (values.help) {
		console.log(USAGE);
		return;
	}
	const referenceDate = values['reference-date'];
	if (referenceDate !== undefined && !isIsoDate(referenceDate)) {
		usage(`--reference-date "${referenceDate}" is not a real date in YYYY-MM-DD form.`);
	}

	const report = await buildExtracts({
		source: values.source,
		out: values.out,
		reference: values.reference,
		referenceDate
	});
	for (const warning of report.warnings) console.warn(`warning: ${warning}`);
	if (!report.ok) {
		for (const problem of report.problems) console.log(formatProblem(problem));
		const rest = report.problemCount - report.problems.length;
		if (rest > 0) console.log(`... and ${rest} more problems`);
		console.error(
			`\n${report.problemCount} problem(s) in ${values.source}: nothing written, ${values.out} is unchanged.`
		);
		process.exitCode = 1;
		return;
	}
	for (const tier of CONF_ORDER) {
		const m = report.manifests[tier];
		const rows = Object.entries(m.tables)
			.map(([name, t]) => `${name} ${t.rows}`)
			.join(', ');
		console.log(`${tier}: D ${m.referenceDate} (${m.referenceDateFrom}); ${rows}`);
	}
	const t = report.timings;
	console.log(
		`Wrote ${values.out} from ${report.manifests.public.source} data in ${((t.validateMs + t.loadMs + t.writeMs) / 1000).toFixed(1)} s: ` +
			`validate ${t.validateMs} ms, load ${t.loadMs} ms, write ${t.writeMs} ms.`
	);
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
});
