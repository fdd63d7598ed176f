import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeQueryRunner } from '../../../scripts/lib/duckdb-node';
import { NO_FILTERS } from '../../../src/lib/queries/filters';
import { openRequests, slowestReports } from '../../../src/lib/queries/visits-lists';
import { insertRows, memberState, schemaDb } from '../../helpers/fixture-db';

/* Four States; D = 2024-06-30. Day counts are worked out by hand in the comments. */
const D = '2024-06-30';

async function fixture(): Promise<NodeQueryRunner> {
	const db = await schemaDb();
	await insertRows(
		db,
		'member_states',
		[
			['KEN', 'Africa'],
			['NGA', 'Africa'],
			['FRA', 'Europe'],
			['POL', 'Europe']
		].map(([iso3, region]) => memberState(iso3, { name: `${iso3} name`, region }))
	);
	const a = (
		assessment_id: string,
		iso3: string,
		assessment_type: string,
		visit_end: string | null,
		report_adopted: string | null
	) => ({
		assessment_id,
		iso3,
		assessment_type,
		visit_start: visit_end,
		visit_end,
		report_adopted
	});
	await insertRows(db, 'assessments', [
		a('a1', 'KEN', 'comprehensive', '2019-06-30', '2019-12-27'), // 180 days
		a('a2', 'FRA', 'focused', '2020-01-01', '2020-06-29'), // 180 days: ties with a1, FRA first
		a('a3', 'POL', 'comprehensive', '2021-01-01', '2022-01-01'), // 365 days
		a('a4', 'NGA', 'desk_review', '2021-01-01', '2023-01-01'), // not a visit
		a('a5', 'NGA', 'comprehensive', '2023-01-01', '2024-07-01'), // adopted after D
		a('a6', 'KEN', 'follow_up', '2022-03-01', '2022-03-11'), // 10 days
		a('a7', 'POL', 'focused', '2023-05-01', null) // no report yet
	]);
	const plan = (plan_year: number, iso3: string, consent: string, requested_by_state = false) => ({
		plan_year,
		iso3,
		consent,
		requested_by_state,
		committee_approved: true
	});
	await insertRows(db, 'visit_plan', [
		plan(2021, 'KEN', 'granted'),
		plan(2021, 'NGA', 'declined', true),
		plan(2022, 'FRA', 'pending'),
		plan(2022, 'POL', 'declined'),
		plan(2022, 'NGA', 'pending'),
		plan(2023, 'KEN', 'postponed'),
		plan(2023, 'FRA', 'not_requested')
	]);
	return db;
}

describe('visit lists on native DuckDB', () => {
	let db: NodeQueryRunner;
	beforeAll(async () => {
		db = await fixture();
	});

	it('lists the slowest reports, ties by iso3, limited (V4)', async () => {
		const rows = await db.run(slowestReports(NO_FILTERS, D, 3));
		expect(rows.map((r) => [r.assessment_id, r.iso3, r.days])).toEqual([
			['a3', 'POL', 365],
			['a2', 'FRA', 180],
			['a1', 'KEN', 180]
		]);
		expect(rows[0]).toMatchObject({
			name: 'POL name',
			visit_end: '2021-01-01',
			report_adopted: '2022-01-01',
			assessment_type: 'comprehensive'
		});
	});

	it('applies the region and the period to the year of visit end', async () => {
		const africa = await db.run(slowestReports({ ...NO_FILTERS, region: 'Africa' }, D, 10));
		expect(africa.map((r) => r.assessment_id)).toEqual(['a1', 'a6']);
		const from2020 = await db.run(
			slowestReports({ ...NO_FILTERS, yearFrom: 2020, yearTo: 2021 }, D, 10)
		);
		expect(from2020.map((r) => r.assessment_id)).toEqual(['a3', 'a2']);
		// At D = 2024-07-01 the NGA report counts: 547 days.
		const later = await db.run(slowestReports(NO_FILTERS, '2024-07-01', 1));
		expect(later.map((r) => [r.assessment_id, r.days])).toEqual([['a5', 547]]);
	});

	it('lists pending and declined requests, latest plan year first (V6)', async () => {
		const rows = await db.run(openRequests(NO_FILTERS));
		expect(rows.map((r) => [r.plan_year, r.iso3, r.consent])).toEqual([
			[2022, 'FRA', 'pending'],
			[2022, 'NGA', 'pending'],
			[2022, 'POL', 'declined'],
			[2021, 'NGA', 'declined']
		]);
		expect(rows[3]).toMatchObject({ requested_by_state: true, region: 'Africa', name: 'NGA name' });
		const europe2022 = await db.run(
			openRequests({ ...NO_FILTERS, region: 'Europe', yearFrom: 2022, yearTo: 2022 })
		);
		expect(europe2022.map((r) => r.iso3)).toEqual(['FRA', 'POL']);
		expect(await db.run(openRequests({ ...NO_FILTERS, yearFrom: 2023 }))).toEqual([]);
	});
});
