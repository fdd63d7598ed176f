import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeQueryRunner } from '../../../scripts/lib/duckdb-node';
import { NO_FILTERS } from '../../../src/lib/queries/filters';
import { recommendationTextAvailability } from '../../../src/lib/queries/recommendation-table';
import { thematicAreaNames, transitionMembers } from '../../../src/lib/queries/recommendations';
import { insertRows, schemaDb } from '../../helpers/fixture-db';

/*
 * One State, four recommendations. Between 2022-12-31 and 2024-06-30:
 * y1 in_progress -> implemented, y2 in_progress -> implemented (status exactly
 * at the end date), y3 in_progress -> in_progress, y4 issued after the start
 * date (left out). Only y1 and y3 carry wording.
 */
async function fixture(): Promise<NodeQueryRunner> {
	const db = await schemaDb();
	await insertRows(db, 'member_states', [
		{
			iso3: 'KEN',
			iso2: 'KE',
			m49: '404',
			name: 'Kenya',
			region: 'Africa',
			sub_region: 'Eastern Africa',
			un_regional_group: 'African Group',
			ldc: false,
			lldc: false,
			sids: false,
			admission_date: '1963-12-16'
		}
	]);
	const r = (rec_id: string, issued: string, text: string | null) => ({
		rec_id,
		assessment_id: 'a1',
		iso3: 'KEN',
		issued,
		area_code: 'cft',
		priority: 'standard',
		resolution: '1373',
		technical_assistance: false,
		text
	});
	await insertRows(db, 'recommendations', [
		r('y1', '2022-01-10', 'Freeze assets'),
		r('y2', '2022-01-10', ''),
		r('y3', '2021-05-01', 'Train judges'),
		r('y4', '2023-03-01', null)
	]);
	const s = (rec_id: string, as_of: string, status: string) => ({ rec_id, as_of, status });
	await insertRows(db, 'recommendation_status', [
		s('y1', '2022-06-01', 'in_progress'),
		s('y1', '2023-06-01', 'implemented'),
		s('y2', '2022-06-01', 'in_progress'),
		s('y2', '2024-06-30', 'implemented'),
		s('y3', '2022-02-01', 'in_progress'),
		s('y3', '2024-07-01', 'implemented'), // a day after the end date
		s('y4', '2023-04-01', 'implemented')
	]);
	await insertRows(db, 'thematic_areas', [
		{ area_code: 'legislation', name: 'Legislation', cross_cutting: false, sort_order: 2 },
		{
			area_code: 'cft',
			name: 'Countering the financing of terrorism',
			cross_cutting: false,
			sort_order: 1
		}
	]);
	return db;
}

describe('recommendation view helpers on native DuckDB', () => {
	let db: NodeQueryRunner;
	beforeAll(async () => {
		db = await fixture();
	});

	it('lists the recommendations of one transition cell', async () => {
		const ids = async (from: string, to: string) =>
			(await db.run(transitionMembers(NO_FILTERS, '2022-12-31', '2024-06-30', from, to))).map(
				(x) => x.rec_id
			);
		expect(await ids('in_progress', 'implemented')).toEqual(['y1', 'y2']);
		expect(await ids('in_progress', 'in_progress')).toEqual(['y3']);
		expect(await ids('not_started', 'implemented')).toEqual([]);
		const [row] = await db.run(
			transitionMembers(NO_FILTERS, '2022-12-31', '2024-06-30', 'in_progress', 'in_progress')
		);
		expect(row).toEqual({
			rec_id: 'y3',
			iso3: 'KEN',
			name: 'Kenya',
			area_code: 'cft',
			issued: '2021-05-01'
		});
	});

	it('names thematic areas in display order', async () => {
		expect(await db.run(thematicAreaNames())).toEqual([
			{ area_code: 'cft', name: 'Countering the financing of terrorism' },
			{ area_code: 'legislation', name: 'Legislation' }
		]);
	});

	it('counts recommendations with wording, not empty or missing text', async () => {
		expect(await db.run(recommendationTextAvailability())).toEqual([{ with_text: 2 }]);
	});
});
