import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { FACT_TABLES, table, type TableName } from '../../../src/lib/schema';
import { dataset, tierLeaks } from './confidentiality-property';
import { removeTempDirs } from './harness';

afterAll(removeTempDirs);

describe('confidentiality tiers on generated data', () => {
	it('lets every foreign key between fact tables carry confidentiality, so tiers stay closed', () => {
		for (const t of FACT_TABLES) {
			for (const c of t.columns) {
				if (c.foreignKey && table(c.foreignKey.table as TableName).kind === 'fact') {
					expect([t.name, c.name, t.inheritsConfidentialityVia.includes(c.name)]).toEqual([
						t.name,
						c.name,
						true
					]);
				}
			}
		}
	});

	it('puts no row or free text above a tier in its files, and every foreign key resolves', async () => {
		await fc.assert(
			fc.asyncProperty(dataset, async (d) => {
				expect(await tierLeaks(d)).toEqual([]);
			}),
			{ numRuns: 25 }
		);
	});
});
