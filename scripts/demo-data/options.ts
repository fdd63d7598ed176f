/** Command-line options of `npm run demo-data`. */
import { DEFAULT_SEED, MAX_SCALE, MAX_SEED, type DemoDataOptions } from './generate';

export const USAGE = `Usage: npm run demo-data -- [--seed N] [--scale N] [--out DIR]

Writes a synthetic, clearly labelled demo dataset (one CSV per fact table and
source.json) to DIR.

  --seed N    whole number 0-${MAX_SEED}; the same seed gives identical files (default ${DEFAULT_SEED})
  --scale N   whole number 1-${MAX_SCALE}; multiplies the volume, for benchmarks (default 1)
  --out DIR   output folder, replaced atomically (default data/demo)
  --help      show this text`;

export class OptionsError extends Error {}

export interface CliOptions extends DemoDataOptions {
	readonly help: boolean;
}

function wholeNumber(flag: string, text: string, max: number, min: number): number {
	if (!/^\d+$/.test(text)) throw new OptionsError(`${flag} needs a whole number, got "${text}".`);
	const value = Number(text);
	if (value < min || value > max) {
		throw new OptionsError(`${flag} must be from ${min} to ${max}, got ${text}.`);
	}
	return value;
}

/** Accepts `--flag value` and `--flag=value`; anything else is an error, never silently ignored. */
export function parseCliOptions(argv: readonly string[]): CliOptions {
	let seed = DEFAULT_SEED;
	let scale = 1;
	let outDir = 'data/demo';
	let help = false;
	const seen = new Set<string>();
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--help' || arg === '-h') {
			help = true;
			continue;
		}
		const match = /^(--[a-z-]+)(?:=(.*))?$/s.exec(arg);
		if (!match || !['--seed', '--scale', '--out'].includes(match[1])) {
			throw new OptionsError(`Unknown option "${arg}".`);
		}
		const flag = match[1];
		if (seen.has(flag)) throw new OptionsError(`${flag} is given twice.`);
		seen.add(flag);
		const value = match[2] ?? argv[++i];
		if (value === undefined || value === '' || (match[2] === undefined && value.startsWith('--'))) {
			throw new OptionsError(`${flag} needs a value.`);
		}
		if (flag === '--seed') seed = wholeNumber(flag, value, MAX_SEED, 0);
		else if (flag === '--scale') scale = wholeNumber(flag, value, MAX_SCALE, 1);
		else outDir = value;
	}
	return { seed, scale, outDir, help };
}
