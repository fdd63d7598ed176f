import { NodeQueryRunner } from '../lib/duckdb-node';
import { query } from '../../src/lib/sql/query';

/**
 * The ISO3 code of the State with most assessments in a built site's data:
 * its profile has a figure in every panel, so it stands for all 193 in the
 * prerendering tests and the bench.
 */
export async function mostAssessedState(dataDir: string): Promise<string> {
	const runner = await NodeQueryRunner.fromExtracts(dataDir);
	const [top] = await runner.run(
		query<{ iso3: string }>(
			'SELECT iso3 FROM assessments GROUP BY iso3 ORDER BY count(*) DESC, iso3 LIMIT 1'
		)
	);
	if (!top) throw new Error(`${dataDir} holds no assessment.`);
	return top.iso3;
}
