import { describe, expect, it } from 'vitest';
import { query } from '../../../src/lib/sql/query';
import { insertRows, schemaDb } from '../../helpers/fixture-db';

interface SpanRow {
	rec_id: string;
	status: string;
	valid_from: string;
	valid_until: string | null;
}

describe('recommendation_spans', () => {
	it('holds one span per status row plus not_started from issue to the first row', async () => {
		const db = await schemaDb();
		const rec = (rec_id: string, issued: string) => ({
			rec_id,
			assessment_id: 'a1',
			iso3: 'KEN',
			area_code: 'cft',
			resolution: '1373',
			priority: 'standard',
			issued
		});
		await insertRows(db, 'recommendations', [
			rec('r1', '2020-01-15'), // two rows, the first after its issue
			rec('r2', '2021-05-01'), // first row on its issue date: no not_started span
			rec('r3', '2022-09-30') // no rows: not_started ever since its issue
		]);
		await insertRows(db, 'recommendation_status', [
			{ rec_id: 'r1', as_of: '2020-06-30', status: 'in_progress' },
			{ rec_id: 'r1', as_of: '2023-02-28', status: 'implemented' },
			{ rec_id: 'r2', as_of: '2021-05-01', status: 'partially_implemented' }
		]);
		const rows = await db.run(
			query<SpanRow>(
				`SELECT rec_id, status, valid_from, valid_until FROM recommendation_spans
				ORDER BY rec_id, valid_from`,
				[]
			)
		);
		expect(rows).toEqual([
			{ rec_id: 'r1', status: 'not_started', valid_from: '2020-01-15', valid_until: '2020-06-30' },
			{ rec_id: 'r1', status: 'in_progress', valid_from: '2020-06-30', valid_until: '2023-02-28' },
			{ rec_id: 'r1', status: 'implemented', valid_from: '2023-02-28', valid_until: null },
			{
				rec_id: 'r2',
				status: 'partially_implemented',
				valid_from: '2021-05-01',
				valid_until: null
			},
			{ rec_id: 'r3', status: 'not_started', valid_from: '2022-09-30', valid_until: null }
		]);
	});

	it("keeps each recommendation's first implemented and first no-longer-relevant dates", async () => {
		const db = await schemaDb();
		await insertRows(db, 'recommendation_status', [
			{ rec_id: 'r1', as_of: '2020-06-30', status: 'implemented' },
			{ rec_id: 'r1', as_of: '2021-01-31', status: 'partially_implemented' },
			{ rec_id: 'r1', as_of: '2022-03-31', status: 'implemented' },
			{ rec_id: 'r2', as_of: '2021-05-01', status: 'no_longer_relevant' },
			{ rec_id: 'r3', as_of: '2021-05-01', status: 'in_progress' }
		]);
		const rows = await db.run(
			query<{ rec_id: string; first_implemented: string | null; first_dropped: string | null }>(
				`SELECT rec_id, first_implemented, first_dropped FROM recommendation_milestones ORDER BY rec_id`,
				[]
			)
		);
		expect(rows).toEqual([
			{ rec_id: 'r1', first_implemented: '2020-06-30', first_dropped: null },
			{ rec_id: 'r2', first_implemented: null, first_dropped: '2021-05-01' },
			{ rec_id: 'r3', first_implemented: null, first_dropped: null }
		]);
	});
});
