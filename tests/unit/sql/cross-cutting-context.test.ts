import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeQueryRunner } from '../../../scripts/lib/duckdb-node';
import { NO_FILTERS } from '../../../src/lib/queries/filters';
import { wpsContext } from '../../../src/lib/queries/cross-cutting-context';
import { insertRows, memberState, schemaDb } from '../../helpers/fixture-db';

/*
 * Four States, three with a WPS score (IND has none). D = 2024-06-30.
 * Expected [iso3, score, rank, w1 n/d, w2 n/d, w3 n/d] are counted by hand.
 */
const D = '2024-06-30';

async function fixture(): Promise<NodeQueryRunner> {
	const db = await schemaDb();
	const state = (iso3: string, name: string, region: string) => memberState(iso3, { name, region });
	await insertRows(db, 'member_states', [
		state('KEN', 'Kenya', 'Africa'),
		state('FRA', 'France', 'Europe'),
		state('IND', 'India', 'Asia'),
		state('NOR', 'Norway', 'Europe')
	]);
	const wps = (iso3: string, wps_score: number, wps_rank: number) => ({
		iso3,
		edition: '2025/26',
		wps_score,
		wps_rank
	});
	await insertRows(db, 'wps_index', [
		wps('KEN', 0.6, 100),
		wps('FRA', 0.85, 20),
		wps('NOR', 0.93, 1)
	]);
	const a = (
		assessment_id: string,
		iso3: string,
		assessment_type: string,
		visit_end: string | null,
		report_adopted: string | null,
		gender_analysis: boolean | null,
		womens_orgs_consulted: number | null
	) => ({
		assessment_id,
		iso3,
		assessment_type,
		visit_start: visit_end,
		visit_end,
		report_adopted,
		gender_analysis,
		womens_orgs_consulted
	});
	await insertRows(db, 'assessments', [
		a('k1', 'KEN', 'comprehensive', '2017-05-01', '2017-11-01', true, 2),
		// NULL flag: not done. NULL count: not consulted.
		a('k2', 'KEN', 'follow_up', '2019-03-01', '2019-09-01', null, null),
		// A desk review: in W1, never in W3.
		a('k3', 'KEN', 'desk_review', null, '2020-02-01', true, 5),
		// After D: in no count.
		a('k4', 'KEN', 'focused', '2024-07-01', '2024-08-01', true, 1),
		a('f1', 'FRA', 'comprehensive', '2021-03-01', null, null, 0),
		a('i1', 'IND', 'comprehensive', '2021-03-01', '2021-06-01', true, 1)
	]);
	const r = (rec_id: string, iso3: string, issued: string, gender: string | null) => ({
		rec_id,
		assessment_id: `${iso3 === 'KEN' ? 'k1' : 'f1'}`,
		iso3,
		issued,
		area_code: 'legislation',
		resolution: '1373',
		priority: 'standard',
		gender
	});
	await insertRows(db, 'recommendations', [
		r('q1', 'KEN', '2017-11-01', 'sensitive'),
		r('q2', 'KEN', '2017-11-01', 'specific'),
		r('q3', 'KEN', '2019-09-01', 'none'),
		r('q4', 'FRA', '2021-05-01', null),
		r('q5', 'FRA', '2024-07-01', 'specific')
	]);
	return db;
}

describe('WPS context (E2 beside W1-W3) on native DuckDB', () => {
	let db: NodeQueryRunner;
	beforeAll(async () => {
		db = await fixture();
	});

	const rows = async (filters = NO_FILTERS) =>
		(await db.run(wpsContext(filters, D))).map((x) => [
			x.iso3,
			x.wps_score,
			x.wps_rank,
			x.w1_num,
			x.w1_den,
			x.w2_num,
			x.w2_den,
			x.w3_num,
			x.w3_den
		]);

	it('gives each scored State its W1-W3 counts up to D, by name; unscored States are left out', async () => {
		expect(await rows()).toEqual([
			// France: no report adopted (0 / 0 = no data), q4 NULL gender not counted, q5 after D; visit f1 with 0 orgs.
			['FRA', 0.85, 20, 0, 0, 0, 1, 0, 1],
			// Kenya: W1 k1, k3 of k1-k3; W2 q1, q2 of q1-q3; W3 k1 of k1, k2.
			['KEN', 0.6, 100, 2, 3, 2, 3, 1, 2],
			// Norway: a WPS score and no CTED record at all.
			['NOR', 0.93, 1, 0, 0, 0, 0, 0, 0]
		]);
	});

	it('applies the period to each indicator by its own date', async () => {
		// 2019-2020: W1 k2 (2019), k3 (2020); W2 q3 (2019); W3 k2 (2019).
		expect(await rows({ ...NO_FILTERS, yearFrom: 2019, yearTo: 2020 })).toEqual([
			['FRA', 0.85, 20, 0, 0, 0, 0, 0, 0],
			['KEN', 0.6, 100, 1, 2, 0, 1, 0, 1],
			['NOR', 0.93, 1, 0, 0, 0, 0, 0, 0]
		]);
	});

	it('applies the region filter to the States listed', async () => {
		expect((await rows({ ...NO_FILTERS, region: 'Europe' })).map((x) => x[0])).toEqual([
			'FRA',
			'NOR'
		]);
		expect(await rows({ ...NO_FILTERS, region: 'Asia' })).toEqual([]);
	});
});
