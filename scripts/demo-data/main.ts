/**
 * npm run demo-data -- [--seed N] [--scale N] [--out DIR]
 * Generates the synthetic demo dataset that the extract builder reads.
 */
import { generateDemoData, type DemoDataSummary } from './generate';
import { OptionsError, USAGE, parseCliOptions, type CliOptions } from './options';
import { RefusedOutputError } from './output-folder';

function optionsOrExit(): CliOptions {
	try {
		return parseCliOptions(process.argv.slice(2));
	} catch (error) {
		if (!(error instanceof OptionsError)) throw error;
		console.error(`demo-data: ${error.message}\n\n${USAGE}`);
		process.exit(2);
	}
}

/** Expected refusals get a plain message; anything else is a bug and keeps its stack trace. */
function summaryOrExit(options: CliOptions): DemoDataSummary {
	try {
		return generateDemoData(options);
	} catch (error) {
		if (!(error instanceof RefusedOutputError)) throw error;
		console.error(`demo-data: ${error.message}`);
		process.exit(1);
	}
}

const options = optionsOrExit();
if (options.help) {
	console.log(USAGE);
} else {
	const summary = summaryOrExit(options);
	console.log(
		`Synthetic demo data (seed ${options.seed}, scale ${options.scale}) in ${summary.outDir}:`
	);
	for (const [table, rows] of Object.entries(summary.rowCounts)) {
		console.log(`  ${table.padEnd(22)} ${String(rows).padStart(10)} rows`);
	}
	console.log(`Latest observation (reference date D): ${summary.referenceDate}`);
}
