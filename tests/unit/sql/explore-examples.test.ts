import { describe, expect, it } from 'vitest';
import { exampleQueries } from '../../../src/lib/queries/explore-examples';
import { guardConsoleSql } from '../../../src/lib/queries/explore-sql-guard';
import { query } from '../../../src/lib/sql/query';
import { insertRows, schemaDb } from '../../helpers/fixture-db';

describe('console example queries', () => {
	it('pass the guard and run on the schema, with hand-checked answers on a tiny fixture', async () => {
		const db = await schemaDb();
		await insertRows(db, 'member_states', [
			{ iso3: 'KEN', name: 'Kenya', region: 'Africa' },
			{ iso3: 'FRA', name: 'France', region: 'Europe' }
		]);
		await insertRows(db, 'assessments', [
			{
				assessment_id: 'a1',
				iso3: 'KEN',
				assessment_type: 'comprehensive',
				visit_end: '2020-03-01',
				report_adopted: '2020-09-01',
				gender_analysis: true
			},
			{
				assessment_id: 'a2',
				iso3: 'FRA',
				assessment_type: 'desk_review',
				report_adopted: '2020-10-01',
				gender_analysis: false
			}
		]);
		await insertRows(db, 'recommendations', [
			{ rec_id: 'r1', assessment_id: 'a1', iso3: 'KEN', area_code: 'cft', issued: '2020-09-01' },
			{ rec_id: 'r2', assessment_id: 'a1', iso3: 'KEN', area_code: 'cft', issued: '2020-09-01' }
		]);
		await insertRows(db, 'recommendation_status', [
			{ rec_id: 'r1', as_of: '2021-01-01', status: 'implemented' }
		]);
		const examples = exampleQueries('2024-06-30');
		for (const example of examples) {
			const guarded = guardConsoleSql(example.sql);
			expect(guarded, example.id).toMatchObject({ ok: true });
		}
		const run = (id: string) => db.run(query(examples.find((e) => e.id === id)?.sql as string));
		expect(await run('implementation_by_region')).toEqual([
			{ region: 'Africa', implemented: 1, eligible: 2, implementation_pct: 50 }
		]);
		expect((await run('never_visited')).map((r) => (r as { iso3: string }).iso3)).toEqual(['FRA']);
		expect(await run('gender_by_year')).toEqual([
			{ year: 2020, with_gender_analysis: 1, all_assessments: 2, share_pct: 50 }
		]);
		expect(() => exampleQueries("2024'; DROP")).toThrow(/ISO day/);
	});
});
