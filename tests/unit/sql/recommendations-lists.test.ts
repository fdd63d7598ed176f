import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeQueryRunner } from '../../../scripts/lib/duckdb-node';
import { unmetNeeds } from '../../../src/lib/queries/assistance';
import { NO_FILTERS, type GlobalFilters } from '../../../src/lib/queries/filters';
import { staleRecommendations } from '../../../src/lib/queries/recommendations';
import { insertRows, memberState, schemaDb } from '../../helpers/fixture-db';

/*
 * The two long lists (R5 stale, R7 unmet needs) with a row limit and the total
 * of every match. D = 2024-06-30, so the 24-month line is 2022-06-30.
 *
 * Stale (open, last update before the line), oldest update first:
 *   s5 FRA 2018-03-01 (issue, no status; 75 months)
 *   s1 KEN 2019-01-10 (issue, no status; 65)
 *   s2 KEN 2020-02-01 (in_progress; 52)
 *   s6 KEN 2020-03-01 (in_progress; its update of 2024-07-01 is after D; 51)
 *   s3 KEN 2021-03-15 (partially_implemented; 39)
 *   s4 KEN 2022-06-29 (a day before the line; 24 calendar months)
 * Not stale: n1 (implemented), n2 (updated exactly at the line), f1 (issued after D).
 *
 * Unmet needs (need named, no planned/ongoing/completed assistance), oldest issue first:
 *   s5 FRA 2018-03-01 (two cancelled), s1 KEN 2019-01-10 (none),
 *   s2 KEN 2019-05-01 (one requested), s6 KEN 2020-01-01 (none).
 * Met: s3 (completed), n1 (planned), n2 (ongoing and requested). f1 is after D; s4 names no need.
 */
const D = '2024-06-30';
const AFRICA: GlobalFilters = { ...NO_FILTERS, region: 'Africa' };

async function fixture(): Promise<NodeQueryRunner> {
	const db = await schemaDb();
	const state = (iso3: string, name: string, region: string) => memberState(iso3, { name, region });
	await insertRows(db, 'member_states', [
		state('KEN', 'Kenya', 'Africa'),
		state('FRA', 'France', 'Europe')
	]);
	const r = (rec_id: string, iso3: string, issued: string, technical_assistance: boolean) => ({
		rec_id,
		assessment_id: `a-${iso3}`,
		iso3,
		issued,
		area_code: 'legislation',
		priority: 'standard',
		resolution: '1373',
		technical_assistance,
		text: null
	});
	await insertRows(db, 'recommendations', [
		r('s1', 'KEN', '2019-01-10', true),
		r('s2', 'KEN', '2019-05-01', true),
		r('s3', 'KEN', '2020-01-01', true),
		r('s4', 'KEN', '2020-01-01', false),
		r('s5', 'FRA', '2018-03-01', true),
		r('s6', 'KEN', '2020-01-01', true),
		r('n1', 'KEN', '2019-01-10', true),
		r('n2', 'KEN', '2020-01-01', true),
		r('f1', 'KEN', '2024-07-01', true)
	]);
	const s = (rec_id: string, as_of: string, status: string) => ({ rec_id, as_of, status });
	await insertRows(db, 'recommendation_status', [
		s('s2', '2020-02-01', 'in_progress'),
		s('s3', '2021-03-15', 'partially_implemented'),
		s('s4', '2022-06-29', 'partially_implemented'),
		s('s6', '2020-03-01', 'in_progress'),
		s('s6', '2024-07-01', 'in_progress'),
		s('n1', '2019-06-01', 'implemented'),
		s('n2', '2022-06-30', 'in_progress')
	]);
	const t = (ta_id: string, rec_id: string, iso3: string, status: string) => ({
		ta_id,
		rec_id,
		provider: 'unodc',
		status,
		iso3,
		area_code: 'legislation',
		start_date: '2022-01-01'
	});
	await insertRows(db, 'technical_assistance', [
		t('t1', 's2', 'KEN', 'requested'),
		t('t2', 's3', 'KEN', 'completed'),
		t('t3', 's5', 'FRA', 'cancelled'),
		t('t4', 's5', 'FRA', 'cancelled'),
		t('t5', 'n1', 'KEN', 'planned'),
		t('t6', 'n2', 'KEN', 'ongoing'),
		t('t7', 'n2', 'KEN', 'requested')
	]);
	return db;
}

describe('long recommendation lists with a row limit and a total', () => {
	let db: NodeQueryRunner;
	beforeAll(async () => {
		db = await fixture();
	});

	it('lists every stale recommendation, oldest update first, each row carrying the total', async () => {
		const rows = await db.run(staleRecommendations(NO_FILTERS, D));
		expect(rows.map((x) => [x.rec_id, x.last_update, x.months_since_update, x.total_rows])).toEqual(
			[
				['s5', '2018-03-01', 75, 6],
				['s1', '2019-01-10', 65, 6],
				['s2', '2020-02-01', 52, 6],
				['s6', '2020-03-01', 51, 6],
				['s3', '2021-03-15', 39, 6],
				['s4', '2022-06-29', 24, 6]
			]
		);
	});

	it('keeps the first stale rows in the same order and still counts them all', async () => {
		const all = await db.run(staleRecommendations(NO_FILTERS, D));
		const first = await db.run(staleRecommendations(NO_FILTERS, D, { limit: 2 }));
		expect(first).toEqual(all.slice(0, 2));
		expect(first.map((x) => [x.rec_id, x.total_rows])).toEqual([
			['s5', 6],
			['s1', 6]
		]);
		// Under a filter the total is the filtered count (s1, s2, s6, s3, s4).
		const africa = await db.run(staleRecommendations(AFRICA, D, { limit: 2 }));
		expect(africa.map((x) => [x.rec_id, x.total_rows])).toEqual([
			['s1', 5],
			['s2', 5]
		]);
		// A limit above the total gives every row.
		expect(await db.run(staleRecommendations(NO_FILTERS, D, { limit: 300 }))).toEqual(all);
	});

	it('binds the limit as a parameter', () => {
		const q = staleRecommendations(NO_FILTERS, D, { limit: 2 });
		expect(q.sql).toMatch(/LIMIT \$\d+$/);
		expect(q.params.at(-1)).toBe(2);
		expect(staleRecommendations(NO_FILTERS, D).sql).not.toContain('LIMIT');
		expect(unmetNeeds(NO_FILTERS, D, { limit: 7 }).params.at(-1)).toBe(7);
	});

	it('lists unmet needs oldest first, limited, with the total of every need', async () => {
		const all = await db.run(unmetNeeds(NO_FILTERS, D));
		expect(all.map((x) => [x.rec_id, x.issued, x.linked_other, x.total_rows])).toEqual([
			['s5', '2018-03-01', 2, 4],
			['s1', '2019-01-10', 0, 4],
			['s2', '2019-05-01', 1, 4],
			['s6', '2020-01-01', 0, 4]
		]);
		const first = await db.run(unmetNeeds(NO_FILTERS, D, { limit: 2 }));
		expect(first).toEqual(all.slice(0, 2));
		const africa = await db.run(unmetNeeds(AFRICA, D, { limit: 1 }));
		expect(africa.map((x) => [x.rec_id, x.total_rows])).toEqual([['s1', 3]]);
	});

	it('gives no rows, so a total of none, when nothing matches', async () => {
		const none: GlobalFilters = { ...NO_FILTERS, region: 'Oceania' };
		expect(await db.run(staleRecommendations(none, D, { limit: 2 }))).toEqual([]);
		expect(await db.run(unmetNeeds(none, D, { limit: 2 }))).toEqual([]);
	});
});
