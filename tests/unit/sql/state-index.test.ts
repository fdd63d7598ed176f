import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeQueryRunner } from '../../../scripts/lib/duckdb-node';
import { stateIndex } from '../../../src/lib/queries/state-index';
import { insertRows, memberState, schemaDb } from '../../helpers/fixture-db';

/* Three States, D = 2024-06-30, so "12 months before D" is 2023-06-30. */
const D = '2024-06-30';

async function fixture(): Promise<NodeQueryRunner> {
	const db = await schemaDb();
	await insertRows(
		db,
		'member_states',
		['FRA', 'KEN', 'NGA'].map((iso3) => memberState(iso3, { un_regional_group: null }))
	);
	await insertRows(db, 'assessments', [
		// KEN: a visit, a desk review (no visit dates, not a visit), and a visit after D.
		{ assessment_id: 'k1', iso3: 'KEN', assessment_type: 'comprehensive', visit_end: '2015-03-05' },
		{
			assessment_id: 'k2',
			iso3: 'KEN',
			assessment_type: 'desk_review',
			report_adopted: '2020-02-01'
		},
		{ assessment_id: 'k3', iso3: 'KEN', assessment_type: 'follow_up', visit_end: '2024-07-10' },
		// NGA: one visit ending exactly on D (counts).
		{ assessment_id: 'n1', iso3: 'NGA', assessment_type: 'focused', visit_end: '2024-06-30' }
	]);
	const rec = (rec_id: string, priority: string, issued: string) => ({
		rec_id,
		assessment_id: 'k1',
		iso3: 'KEN',
		area_code: 'legislation',
		resolution: '1373',
		priority,
		issued
	});
	await insertRows(db, 'recommendations', [
		rec('r1', 'priority', '2015-09-01'), // implemented before D: R1 numerator
		rec('r2', 'priority', '2015-09-01'), // implemented only after D: open priority at D
		rec('r3', 'standard', '2023-06-30'), // issued exactly 12 months before D: in R1's base, open
		rec('r4', 'standard', '2023-07-01'), // issued 11 months before D: open, not in R1's base
		rec('r5', 'standard', '2015-09-01'), // no longer relevant: neither open nor in R1's base
		rec('r6', 'priority', '2024-07-01') // issued after D: not counted at all
	]);
	await insertRows(
		db,
		'recommendation_status',
		[
			['r1', '2018-01-01', 'implemented'],
			['r2', '2020-01-01', 'in_progress'],
			['r2', '2024-07-01', 'implemented'],
			['r5', '2019-01-01', 'no_longer_relevant']
		].map(([rec_id, as_of, status]) => ({ rec_id, as_of, status, source: 'state_report' }))
	);
	return db;
}

describe('stateIndex: the /states list of every Member State at D', () => {
	let db: NodeQueryRunner;
	beforeAll(async () => {
		db = await fixture();
	});

	it('counts visits, assessments, open recommendations and R1 by hand', async () => {
		expect(await db.run(stateIndex(D))).toEqual([
			// Never assessed: a row all the same, R1 has no base (no data, never 0 %).
			{
				iso3: 'FRA',
				last_visit: null,
				assessments: 0,
				open_recommendations: 0,
				open_priority: 0,
				implemented: 0,
				r1_denominator: 0
			},
			// k3 ends after D: the last visit is k1; k1 and k2 are the assessments by D.
			// Open at D: r2 (priority), r3, r4. R1: r1 implemented / r1 r2 r3 (r5 no longer relevant).
			{
				iso3: 'KEN',
				last_visit: '2015-03-05',
				assessments: 2,
				open_recommendations: 3,
				open_priority: 1,
				implemented: 1,
				r1_denominator: 3
			},
			{
				iso3: 'NGA',
				last_visit: '2024-06-30',
				assessments: 1,
				open_recommendations: 0,
				open_priority: 0,
				implemented: 0,
				r1_denominator: 0
			}
		]);
	});

	it('an empty database still lists nothing rather than failing', async () => {
		const empty = await schemaDb();
		expect(await empty.run(stateIndex(D))).toEqual([]);
	});
});
