import fc from 'fast-check';
import { dataset, tierLeaks } from '../../tests/unit/extracts/confidentiality-property';
import { removeTempDirs } from '../../tests/unit/extracts/harness';
import { killRuns } from '../../tests/unit/extracts/kill-run';

export interface SoakOptions {
	/** Generated datasets for the tier property. */
	readonly runs: number;
	/** SIGKILLs of the extract builder. */
	readonly kills: number;
	/** Seed of the generated datasets, printed so a leak can be replayed. */
	readonly seed: number;
	/** Called with progress lines. */
	readonly log: (line: string) => void;
}

export interface StageResult {
	/** How many cases the stage tried. */
	readonly runs: number;
	/** One line per case that broke the stage's promise; a leak, for the tier property. */
	readonly failures: readonly string[];
}

/**
 * One part of the soak. Stages run in order, each on its own; a stage added
 * later (such as the console attack list) is one more entry of SOAK_STAGES.
 */
export interface SoakStage {
	readonly name: string;
	/** What a failure is called in the summary: "leaks found", "broken". */
	readonly failures: string;
	run(options: SoakOptions): Promise<StageResult>;
}

const tierProperty: SoakStage = {
	name: 'tier property',
	failures: 'leaks found',
	async run({ runs, seed, log }) {
		const failures: string[] = [];
		const datasets = fc.sample(dataset, { numRuns: runs, seed });
		for (const [i, d] of datasets.entries()) {
			const leaks = await tierLeaks(d);
			// The failing dataset itself, so it can become a fixed test case.
			if (leaks.length > 0)
				failures.push(`dataset ${i + 1}: ${leaks.join('; ')} in ${JSON.stringify(d)}`);
			removeTempDirs();
			if ((i + 1) % 100 === 0)
				log(`  tier property: ${i + 1}/${runs}, ${failures.length} with leaks`);
		}
		return { runs: datasets.length, failures };
	}
};

const kills: SoakStage = {
	name: 'kill test',
	failures: 'broken promises',
	async run({ kills: count }) {
		try {
			const summary = await killRuns(count);
			return { runs: summary.kills, failures: summary.failures };
		} finally {
			removeTempDirs();
		}
	}
};

export const SOAK_STAGES: SoakStage[] = [tierProperty, kills];
