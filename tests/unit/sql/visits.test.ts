import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeQueryRunner } from '../../../scripts/lib/duckdb-node';
import { NO_FILTERS } from '../../../src/lib/queries/filters';
import {
	DEFAULT_RISK_WEIGHTS,
	riskRanking,
	RiskWeightsError,
	type RiskWeights
} from '../../../src/lib/queries/risk';
import {
	annualListExecution,
	cumulativeVisits,
	reportTurnaround,
	stateVisits
} from '../../../src/lib/queries/visits';
import { insertRows, memberState, schemaDb } from '../../helpers/fixture-db';

/* Five States; D = 2024-06-30. Day counts and scores are worked out by hand in the comments. */
const D = '2024-06-30';
const YEAR = 365.25;

async function fixture(): Promise<NodeQueryRunner> {
	const db = await schemaDb();
	await insertRows(
		db,
		'member_states',
		[
			['KEN', 'Africa'],
			['NGA', 'Africa'],
			['FRA', 'Europe'],
			['POL', 'Europe'],
			['IND', 'Asia']
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
		a('v1', 'KEN', 'comprehensive', '2019-06-30', '2019-12-27'), // 180 days
		a('v2', 'KEN', 'follow_up', '2022-01-10', '2022-04-20'), // 100 days
		a('v3', 'FRA', 'focused', '2014-06-30', '2014-09-28'), // 90 days; exactly 10 years before D
		a('v4', 'POL', 'comprehensive', '2019-06-30', '2020-06-30'), // 366 days; exactly 5 years before D
		a('v5', 'NGA', 'desk_review', null, '2020-01-01'), // not a visit
		a('v6', 'IND', 'comprehensive', '2012-03-01', null)
	]);
	const r = (
		rec_id: string,
		assessment_id: string,
		iso3: string,
		issued: string,
		priority: string
	) => ({
		rec_id,
		assessment_id,
		iso3,
		issued,
		priority,
		area_code: 'legislation',
		resolution: '1373'
	});
	await insertRows(db, 'recommendations', [
		r('p1', 'v1', 'KEN', '2019-12-27', 'priority'),
		r('p2', 'v2', 'KEN', '2022-04-20', 'priority'),
		r('p3', 'v2', 'KEN', '2022-04-20', 'priority'),
		r('p4', 'v3', 'FRA', '2014-09-28', 'priority'),
		r('p6', 'v4', 'POL', '2020-06-30', 'standard')
	]);
	await insertRows(db, 'recommendation_status', [
		{ rec_id: 'p1', as_of: '2020-06-01', status: 'in_progress' },
		{ rec_id: 'p2', as_of: '2023-01-01', status: 'implemented' }
	]);
	const item = (
		iso3: string,
		instrument: string,
		edition: string,
		as_of: string,
		area_code: string,
		question_id: string,
		rating: string
	) => ({ iso3, instrument, edition, as_of, area_code, question_id, rating });
	await insertRows(db, 'survey_items', [
		item('KEN', 'oia', '2016', '2016-05-01', 'legislation', 'q1', 'full'),
		item('KEN', 'oia', '2016', '2016-05-01', 'legislation', 'q2', 'not'),
		// KEN's latest edition by D: legislation gap 1/2 (no_information, not_applicable unrated), cft 2/2.
		item('KEN', 'dis', '2021', '2021-05-01', 'legislation', 'q1', 'full'),
		item('KEN', 'dis', '2021', '2021-05-01', 'legislation', 'q2', 'partial'),
		item('KEN', 'dis', '2021', '2021-05-01', 'legislation', 'q3', 'no_information'),
		item('KEN', 'dis', '2021', '2021-05-01', 'legislation', 'q4', 'not_applicable'),
		item('KEN', 'dis', '2021', '2021-05-01', 'cft', 'q5', 'not'),
		item('KEN', 'dis', '2021', '2021-05-01', 'cft', 'q6', 'not'),
		// After D: ignored.
		item('KEN', 'dis', '2025', '2025-01-01', 'legislation', 'q1', 'full'),
		// FRA has a survey but nothing rated: no gap share.
		item('FRA', 'dis', '2021', '2021-05-01', 'legislation', 'q1', 'no_information'),
		item('POL', 'dis', '2021', '2021-05-01', 'legislation', 'q1', 'full'),
		item('POL', 'dis', '2021', '2021-05-01', 'legislation', 'q2', 'full')
	]);
	await insertRows(db, 'gti_scores', [
		{ iso3: 'KEN', year: 2021, score: 5.0 },
		{ iso3: 'KEN', year: 2022, score: 6.0 },
		{ iso3: 'FRA', year: 2022, score: 4.0 },
		{ iso3: 'NGA', year: 2022, score: 8.0 },
		{ iso3: 'IND', year: 2022, score: 7.0 },
		{ iso3: 'IND', year: 2025, score: 9.9 }
	]);
	const plan = (
		plan_year: number,
		iso3: string,
		committee_approved: boolean,
		consent: string,
		requested_by_state = false
	) => ({ plan_year, iso3, committee_approved, consent, requested_by_state });
	await insertRows(db, 'visit_plan', [
		plan(2019, 'KEN', true, 'granted', true),
		plan(2019, 'POL', true, 'granted'),
		plan(2019, 'NGA', true, 'declined'),
		plan(2019, 'IND', false, 'not_requested'),
		plan(2022, 'KEN', true, 'granted'),
		plan(2022, 'FRA', true, 'pending'),
		plan(2022, 'IND', true, 'postponed')
	]);
	return db;
}

describe('visit indicators on native DuckDB', () => {
	let db: NodeQueryRunner;
	beforeAll(async () => {
		db = await fixture();
	});

	it('groups States by time since their last visit (V1-V3)', async () => {
		const rows = await db.run(stateVisits(NO_FILTERS, D));
		expect(rows.map((r) => [r.iso3, r.visits, r.last_visit_end, r.coverage_group])).toEqual([
			['FRA', 1, '2014-06-30', 'from_5_to_10'],
			['IND', 1, '2012-03-01', 'over_10'],
			['KEN', 2, '2022-01-10', 'within_5'],
			['NGA', 0, null, 'never'],
			['POL', 1, '2019-06-30', 'within_5']
		]);
		// 2022-01-10 to 2024-06-30: 365 + 365 + 172 days.
		expect(rows.find((r) => r.iso3 === 'KEN')?.years_since_last_visit).toBeCloseTo(902 / YEAR, 12);
		expect(rows.find((r) => r.iso3 === 'NGA')?.years_since_last_visit).toBeNull();
	});

	it('accumulates visits and States visited by year', async () => {
		const rows = await db.run(cumulativeVisits(NO_FILTERS, D));
		expect(rows.map((r) => [r.year, r.visits, r.cumulative_visits, r.cumulative_states])).toEqual([
			[2012, 1, 1, 1],
			[2014, 1, 2, 2],
			[2019, 2, 4, 4],
			[2022, 1, 5, 4]
		]);
	});

	it('gives report turnaround medians and 90th percentiles (V4)', async () => {
		const rows = await db.run(reportTurnaround(NO_FILTERS, D));
		// 2019: 180 and 366 days; p90 interpolates 180 + 0.9 * 186.
		expect(rows.map((r) => [r.year, r.reports, r.median_days, r.p90_days])).toEqual([
			[2014, 1, 90, 90],
			[2019, 2, 273, expect.closeTo(347.4, 9)],
			[2022, 1, 100, 100]
		]);
	});

	it('measures annual list execution and consent (V5, V6)', async () => {
		const rows = await db.run(annualListExecution(NO_FILTERS, D));
		expect(rows).toEqual([
			{
				plan_year: 2019,
				approved: 3,
				approved_visited: 2,
				requested: 3,
				granted: 2,
				pending: 0,
				declined: 1,
				postponed: 0
			},
			{
				plan_year: 2022,
				approved: 3,
				approved_visited: 1,
				requested: 3,
				granted: 1,
				pending: 1,
				declined: 0,
				postponed: 1
			}
		]);
	});

	describe('risk-based ranking (V7)', () => {
		const ranking = async (weights: RiskWeights) => db.run(riskRanking(weights, NO_FILTERS, D));

		it('ranks with the default weights, naming missing components', async () => {
			const rows = await ranking(DEFAULT_RISK_WEIGHTS);
			expect(rows.map((r) => r.iso3)).toEqual(['NGA', 'KEN', 'FRA', 'IND', 'POL']);
			const byIso3 = Object.fromEntries(rows.map((r) => [r.iso3, r]));
			// KEN: (2 * 902/365.25/10 + 2 * 0.75 + 2 * 1 + 1 * 0.6) / 10
			expect(byIso3.KEN.score).toBeCloseTo((2 * (902 / YEAR / 10) + 2 * 0.75 + 2 + 0.6) / 10, 12);
			expect(byIso3.KEN.mean_gap_share).toBeCloseTo(0.75, 12);
			expect(byIso3.KEN.open_priority).toBe(2);
			expect(byIso3.KEN.gti_score).toBe(6);
			// NGA: never visited (3), years capped (2), GTI 0.8
			expect(byIso3.NGA.score).toBeCloseTo(0.58, 12);
			expect(byIso3.FRA.score).toBeCloseTo(0.34, 12);
			expect(byIso3.IND.score).toBeCloseTo(0.27, 12);
			expect(byIso3.IND.gti_year).toBe(2022);
			// 2019-06-30 to 2024-06-30 is 1827 days.
			expect(byIso3.POL.score).toBeCloseTo((2 * (1827 / YEAR / 10)) / 10, 12);
			expect(rows.map((r) => [r.iso3, r.missing])).toEqual([
				['NGA', ['survey gap share']],
				['KEN', []],
				['FRA', ['survey gap share']],
				['IND', ['survey gap share']],
				['POL', ['GTI score']]
			]);
			for (const r of rows) {
				const parts =
					r.w_never_visited + r.w_years_since_visit + r.w_gap_share + r.w_open_priority + r.w_gti;
				expect(parts).toBeCloseTo(r.score, 12);
			}
			expect(byIso3.NGA.consent).toBe('declined');
			expect(byIso3.KEN.plan_year).toBe(2022);
		});

		it('re-ranks when the weights change, breaking ties by iso3', async () => {
			const only = (key: keyof RiskWeights): RiskWeights => ({
				never_visited: 0,
				years_since_visit: 0,
				gap_share: 0,
				open_priority: 0,
				gti: 0,
				[key]: 1
			});
			expect((await ranking(only('gti'))).map((r) => r.iso3)).toEqual([
				'NGA',
				'IND',
				'KEN',
				'FRA',
				'POL'
			]);
			// IND, NGA and POL all have no open priority recommendation: alphabetical.
			expect((await ranking(only('open_priority'))).map((r) => [r.iso3, r.rank, r.score])).toEqual([
				['KEN', 1, 1],
				['FRA', 2, 0.5],
				['IND', 3, 0],
				['NGA', 4, 0],
				['POL', 5, 0]
			]);
		});

		it('refuses all-zero or negative weights with a clear message', () => {
			const zero = {
				never_visited: 0,
				years_since_visit: 0,
				gap_share: 0,
				open_priority: 0,
				gti: 0
			};
			expect(() => riskRanking(zero, NO_FILTERS, D)).toThrow(RiskWeightsError);
			expect(() => riskRanking(zero, NO_FILTERS, D)).toThrow(/All weights are zero/);
			expect(() => riskRanking({ ...zero, gti: -1 }, NO_FILTERS, D)).toThrow(
				/"gti" must be a number of 0 or more/
			);
		});
	});
});
