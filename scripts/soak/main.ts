import { parseArgs } from 'node:util';
import { SOAK_STAGES, type SoakOptions } from './stages';

const USAGE = `Usage: npm run soak -- [--runs N] [--kills N] [--seed N]
  --runs   generated datasets for the tier property (default 1000)
  --kills  SIGKILLs of the extract builder (default 20)
  --seed   seed of the generated datasets (default: random, printed)`;

function count(name: string, text: string | undefined, fallback: number): number {
	if (text === undefined) return fallback;
	const n = Number(text);
	if (!Number.isInteger(n) || n < 0) {
		console.error(`--${name} "${text}" is not a whole number.\n\n${USAGE}`);
		process.exit(2);
	}
	return n;
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			runs: { type: 'string' },
			kills: { type: 'string' },
			seed: { type: 'string' },
			help: { type: 'boolean', short: 'h' }
		}
	});
	if (values.help) {
		console.log(USAGE);
		return;
	}
	const options: SoakOptions = {
		runs: count('runs', values.runs, 1000),
		kills: count('kills', values.kills, 20),
		seed: count('seed', values.seed, Math.floor(Math.random() * 2 ** 31)),
		log: (line) => console.log(line)
	};
	console.log(`soak: seed ${options.seed}`);
	const started = Date.now();
	const lines: string[] = [];
	let failed = 0;
	for (const stage of SOAK_STAGES) {
		const t0 = Date.now();
		const result = await stage.run(options);
		const seconds = ((Date.now() - t0) / 1000).toFixed(0);
		for (const failure of result.failures) console.log(`  ${stage.name}: ${failure}`);
		failed += result.failures.length;
		const line = `${stage.name}: ${result.runs} runs, ${result.failures.length} ${stage.failures}, ${seconds} s`;
		console.log(line);
		lines.push(line);
	}
	const total = ((Date.now() - started) / 1000).toFixed(0);
	console.log(`\nSoak summary (seed ${options.seed}, ${total} s in all):\n  ${lines.join('\n  ')}`);
	if (failed > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? (error.stack ?? error.message) : error);
	process.exitCode = 1;
});
