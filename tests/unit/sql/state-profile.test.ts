import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeQueryRunner } from '../../../scripts/lib/duckdb-node';
import {
	areaBenchmarks,
	assessmentTimeline,
	openPriorityRecommendations,
	stateAssistance,
	stateCrossCutting,
	stateExternalContext,
	stateGtiTrend,
	stateRecommendationStatus
} from '../../../src/lib/queries/state-profile';
import { insertRows, memberState, schemaDb } from '../../helpers/fixture-db';

/* One profiled State (KEN) among three; D = 2024-06-30. */
const D = '2024-06-30';

async function fixture(): Promise<NodeQueryRunner> {
	const db = await schemaDb();
	await insertRows(
		db,
		'member_states',
		[
			['KEN', 'Africa'],
			['NGA', 'Africa'],
			['FRA', 'Europe']
		].map(([iso3, region]) => memberState(iso3, { region, un_regional_group: null }))
	);
	await db.exec(`INSERT INTO thematic_areas VALUES
		('legislation', 'Legislation', ['1373'], FALSE, 1), ('cft', 'CFT', ['1373'], FALSE, 2)`);
	await insertRows(db, 'assessments', [
		{
			assessment_id: 'k1',
			iso3: 'KEN',
			assessment_type: 'comprehensive',
			visit_end: '2015-03-05',
			report_adopted: '2015-09-01',
			followup_report_date: '2016-08-01',
			gender_analysis: false,
			child_rights_analysis: true,
			gender_expert: false,
			human_rights_expert: true
		},
		{
			assessment_id: 'k2',
			iso3: 'KEN',
			assessment_type: 'desk_review',
			report_adopted: '2020-02-01',
			gender_analysis: true
		},
		{ assessment_id: 'k3', iso3: 'KEN', assessment_type: 'follow_up', visit_end: '2024-07-10' }
	]);
	const rec = (
		rec_id: string,
		assessment_id: string,
		area_code: string,
		priority: string,
		issued: string,
		extra: Record<string, string | boolean>
	) => ({
		rec_id,
		assessment_id,
		iso3: 'KEN',
		area_code,
		priority,
		issued,
		resolution: '1373',
		...extra
	});
	await insertRows(db, 'recommendations', [
		rec('kr1', 'k1', 'legislation', 'priority', '2015-09-01', {
			gender: 'specific',
			human_rights: true,
			text: 'Adopt a law'
		}),
		rec('kr2', 'k1', 'cft', 'priority', '2015-09-01', { gender: 'none' }),
		rec('kr3', 'k2', 'legislation', 'standard', '2020-02-01', { child_rights: true }),
		rec('kr4', 'k2', 'cft', 'priority', '2020-02-01', { human_rights: true })
	]);
	await insertRows(db, 'recommendation_status', [
		{ rec_id: 'kr1', as_of: '2017-01-01', status: 'in_progress' },
		{ rec_id: 'kr2', as_of: '2018-01-01', status: 'implemented' },
		{ rec_id: 'kr4', as_of: '2021-01-01', status: 'no_longer_relevant' }
	]);
	const item = (iso3: string, area_code: string, question_id: string, rating: string) => ({
		iso3,
		instrument: 'oia',
		edition: '2021',
		as_of: '2021-01-01',
		area_code,
		question_id,
		rating
	});
	await insertRows(db, 'survey_items', [
		item('KEN', 'legislation', 'q1', 'full'),
		item('KEN', 'legislation', 'q2', 'full'),
		item('NGA', 'legislation', 'q1', 'not'),
		item('NGA', 'cft', 'q3', 'partial'),
		item('FRA', 'legislation', 'q1', 'largely')
	]);
	await insertRows(db, 'technical_assistance', [
		{
			ta_id: 'ta1',
			iso3: 'KEN',
			area_code: 'cft',
			provider: 'unodc',
			status: 'completed',
			start_date: '2019-01-01',
			rec_id: 'kr2'
		},
		{ ta_id: 'ta2', iso3: 'KEN', area_code: 'legislation', provider: 'unoct', status: 'requested' },
		{ ta_id: 'ta3', iso3: 'NGA', area_code: 'cft', provider: 'unodc', status: 'ongoing' }
	]);
	await insertRows(db, 'fatf_ratings', [
		{
			iso3: 'KEN',
			report_date: '2022-09',
			assessment_body: 'ESAAMLG',
			r5: 'LC',
			r6: 'PC',
			io10: 'LE'
		}
	]);
	await insertRows(db, 'wps_index', [
		{ iso3: 'KEN', edition: '2025/26', wps_rank: 120, wps_score: 0.61 }
	]);
	await insertRows(db, 'gti_scores', [
		{ iso3: 'KEN', year: 2021, score: 5.0, rank: 20 },
		{ iso3: 'KEN', year: 2020, score: 4.5, rank: 25 }
	]);
	return db;
}

describe('State profile queries on native DuckDB', () => {
	let db: NodeQueryRunner;
	beforeAll(async () => {
		db = await fixture();
	});

	it('builds the assessment timeline up to D', async () => {
		const rows = await db.run(assessmentTimeline('KEN', D));
		expect(rows.map((r) => [r.assessment_id, r.event, r.date])).toEqual([
			['k1', 'visit', '2015-03-05'],
			['k1', 'report_adopted', '2015-09-01'],
			['k1', 'followup_report', '2016-08-01'],
			['k2', 'report_adopted', '2020-02-01']
		]);
	});

	it('sets area scores against region and global medians', async () => {
		const rows = await db.run(areaBenchmarks('KEN', D));
		expect(rows).toEqual([
			// KEN 1 beside NGA 0 (region) and FRA 2/3 (global).
			{
				area_code: 'legislation',
				state_score: 1,
				region_median: 0.5,
				global_median: expect.closeTo(2 / 3, 12),
				region_states: 2,
				global_states: 3
			},
			{
				area_code: 'cft',
				state_score: null,
				region_median: expect.closeTo(1 / 3, 12),
				global_median: expect.closeTo(1 / 3, 12),
				region_states: 1,
				global_states: 1
			}
		]);
	});

	it('gives recommendations by status and the open priority ones', async () => {
		expect(
			(await db.run(stateRecommendationStatus('KEN', D))).map((r) => [
				r.area_code,
				r.status,
				r.recommendations
			])
		).toEqual([
			['cft', 'implemented', 1],
			['cft', 'no_longer_relevant', 1],
			['legislation', 'in_progress', 1],
			['legislation', 'not_started', 1]
		]);
		expect(
			(await db.run(openPriorityRecommendations('KEN', D))).map((r) => [r.rec_id, r.status, r.text])
		).toEqual([['kr1', 'in_progress', 'Adopt a law']]);
	});

	it('lists assistance and counts cross-cutting flags', async () => {
		expect((await db.run(stateAssistance('KEN'))).map((r) => r.ta_id)).toEqual(['ta2', 'ta1']);
		expect(await db.run(stateCrossCutting('KEN', D))).toEqual([
			{
				assessments: 2,
				gender_analysis: 1,
				child_rights_analysis: 1,
				gender_expert: 0,
				human_rights_expert: 1,
				recommendations: 4,
				gender_recommendations: 1,
				child_rights_recommendations: 1,
				human_rights_recommendations: 2
			}
		]);
	});

	it('gives external context, with NULLs for a State not rated', async () => {
		const [ken] = await db.run(stateExternalContext('KEN'));
		expect([ken.fatf_report_date, ken.r6, ken.io10, ken.wps_rank, ken.wps_score]).toEqual([
			'2022-09',
			'PC',
			'LE',
			120,
			0.61
		]);
		const [nga] = await db.run(stateExternalContext('NGA'));
		expect([nga.fatf_report_date, nga.r6, nga.wps_score]).toEqual([null, null, null]);
		expect((await db.run(stateGtiTrend('KEN'))).map((r) => [r.year, r.score])).toEqual([
			[2020, 4.5],
			[2021, 5]
		]);
	});
});
