import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeQueryRunner } from '../../../scripts/lib/duckdb-node';
import { NO_FILTERS } from '../../../src/lib/queries/filters';
import {
	breakdownsOf,
	crossCuttingByYear,
	humanRightsImplementation,
	participationByKind,
	type Breakdown,
	type CrossCuttingId
} from '../../../src/lib/queries/cross-cutting';
import { assessmentsMissing } from '../../../src/lib/queries/cross-cutting-lists';
import { insertRows, memberState, schemaDb } from '../../helpers/fixture-db';

/*
 * Three States; D = 2024-06-30. Expected rates are [year, category, numerator,
 * denominator], counted by hand from the rows below.
 */
const D = '2024-06-30';

async function fixture(): Promise<NodeQueryRunner> {
	const db = await schemaDb();
	const state = (iso3: string, region: string) =>
		memberState(iso3, { name: `${iso3} name`, region });
	await insertRows(db, 'member_states', [
		state('KEN', 'Africa'),
		state('FRA', 'Europe'),
		state('IND', 'Asia')
	]);
	const a = (
		assessment_id: string,
		iso3: string,
		assessment_type: string,
		visit_end: string | null,
		report_adopted: string | null,
		flags: {
			gender?: boolean | null;
			child?: boolean | null;
			womens?: number | null;
			gexp?: boolean | null;
			cact?: boolean | null;
			hrexp?: boolean | null;
		}
	) => ({
		assessment_id,
		iso3,
		assessment_type,
		visit_start: visit_end,
		visit_end,
		report_adopted,
		gender_analysis: flags.gender ?? null,
		child_rights_analysis: flags.child ?? null,
		womens_orgs_consulted: flags.womens ?? null,
		gender_expert: flags.gexp ?? null,
		child_rights_actors_consulted: flags.cact ?? null,
		human_rights_expert: flags.hrexp ?? null
	});
	await insertRows(db, 'assessments', [
		a('b1', 'KEN', 'comprehensive', '2017-05-01', '2017-11-01', {
			gender: false,
			child: false,
			womens: 0,
			gexp: false,
			cact: false,
			hrexp: true
		}),
		a('b2', 'KEN', 'follow_up', '2019-03-01', '2019-09-01', {
			gender: true,
			child: true,
			womens: 2,
			gexp: true,
			cact: true,
			hrexp: false
		}),
		// NULL flags count as "not done", never as unknown-and-dropped.
		a('b3', 'FRA', 'focused', '2019-06-01', '2020-01-15', {
			gender: true,
			child: false,
			cact: false,
			hrexp: true
		}),
		// A desk review is not a visit: left out of W3, W6, C3, H3 whatever its flags.
		a('b4', 'IND', 'desk_review', null, '2019-10-01', {
			gender: false,
			child: true,
			womens: 3,
			gexp: true
		}),
		a('b5', 'IND', 'comprehensive', '2024-07-15', null, { gexp: true })
	]);
	const r = (
		rec_id: string,
		assessment_id: string,
		iso3: string,
		issued: string,
		area_code: string,
		resolution: string,
		gender: string | null,
		child_rights: boolean | null,
		human_rights: boolean
	) => ({
		rec_id,
		assessment_id,
		iso3,
		issued,
		area_code,
		resolution,
		priority: 'standard',
		gender,
		child_rights,
		human_rights
	});
	await insertRows(db, 'recommendations', [
		r('q1', 'b1', 'KEN', '2017-11-01', 'ftf', '2178', 'none', false, true),
		r('q2', 'b1', 'KEN', '2017-11-01', 'legislation', '1373', 'sensitive', true, false),
		r('q3', 'b2', 'KEN', '2019-09-01', 'legislation', '1373', 'specific', false, false),
		r('q4', 'b3', 'FRA', '2020-01-15', 'cft', '1373', null, null, true),
		r('q5', 'b4', 'IND', '2019-10-01', 'ftf', '2178', 'specific', true, false)
	]);
	await insertRows(db, 'recommendation_status', [
		{ rec_id: 'q1', as_of: '2020-01-01', status: 'implemented' },
		{ rec_id: 'q3', as_of: '2021-01-01', status: 'no_longer_relevant' },
		{ rec_id: 'q4', as_of: '2022-01-01', status: 'implemented' },
		{ rec_id: 'q5', as_of: '2020-01-01', status: 'in_progress' }
	]);
	const t = (
		ta_id: string,
		iso3: string,
		start_date: string | null,
		gender_marker: number,
		child_focus: boolean | null,
		area_code: string
	) => ({
		ta_id,
		iso3,
		start_date,
		gender_marker,
		child_focus,
		area_code,
		provider: 'unodc',
		status: 'completed'
	});
	await insertRows(db, 'technical_assistance', [
		t('t1', 'KEN', '2018-03-01', 2, false, 'legislation'),
		t('t2', 'KEN', '2018-06-01', 1, true, 'ftf'),
		t('t3', 'FRA', '2021-01-01', 3, null, 'cft'),
		t('t4', 'IND', null, 3, true, 'cft')
	]);
	const e = (
		engagement_id: string,
		date: string,
		kind: string,
		iso3: string | null,
		gender_content: boolean,
		participants_total: number | null,
		participants_women: number | null
	) => ({
		engagement_id,
		date,
		kind,
		iso3,
		gender_content,
		participants_total,
		participants_women
	});
	await insertRows(db, 'engagements', [
		e('e1', '2018-02-01', 'ctc_briefing', null, true, 40, 20),
		e('e2', '2018-05-01', 'council_briefing', null, false, null, null),
		e('e3', '2019-03-01', 'womens_org_consultation', 'KEN', true, 10, 9),
		e('e4', '2019-04-01', 'workshop', 'FRA', false, 30, null),
		e('e5', '2019-07-01', 'open_briefing', 'FRA', true, 0, 0)
	]);
	return db;
}

describe('cross-cutting indicators on native DuckDB', () => {
	let db: NodeQueryRunner;
	beforeAll(async () => {
		db = await fixture();
	});

	const yearly = async (id: CrossCuttingId, breakdown: Breakdown = 'none', filters = NO_FILTERS) =>
		(await db.run(crossCuttingByYear(id, filters, D, breakdown))).map((row) => [
			row.year,
			row.category,
			row.numerator,
			row.denominator
		]);

	it.each([
		[
			'W1',
			[
				[2017, 'all', 0, 1],
				[2019, 'all', 1, 2],
				[2020, 'all', 1, 1]
			]
		],
		[
			'C1',
			[
				[2017, 'all', 0, 1],
				[2019, 'all', 2, 2],
				[2020, 'all', 0, 1]
			]
		],
		// b4 is a desk review and b5 ends after D; b3's missing count is not a consultation.
		[
			'W3',
			[
				[2017, 'all', 0, 1],
				[2019, 'all', 1, 2]
			]
		],
		[
			'W6',
			[
				[2017, 'all', 0, 1],
				[2019, 'all', 1, 2]
			]
		],
		[
			'C3',
			[
				[2017, 'all', 0, 1],
				[2019, 'all', 1, 2]
			]
		],
		[
			'H3',
			[
				[2017, 'all', 1, 1],
				[2019, 'all', 1, 2]
			]
		],
		// sensitive and specific both count for W2; specific alone for W2S; NULL gender counts as none.
		[
			'W2',
			[
				[2017, 'all', 1, 2],
				[2019, 'all', 2, 2],
				[2020, 'all', 0, 1]
			]
		],
		[
			'W2S',
			[
				[2017, 'all', 0, 2],
				[2019, 'all', 2, 2],
				[2020, 'all', 0, 1]
			]
		],
		[
			'C2',
			[
				[2017, 'all', 1, 2],
				[2019, 'all', 1, 2],
				[2020, 'all', 0, 1]
			]
		],
		[
			'H1',
			[
				[2017, 'all', 1, 2],
				[2019, 'all', 0, 2],
				[2020, 'all', 1, 1]
			]
		],
		// t4 has no start date, so no year to count it in.
		[
			'W4',
			[
				[2018, 'all', 1, 2],
				[2021, 'all', 1, 1]
			]
		],
		[
			'C4',
			[
				[2018, 'all', 1, 2],
				[2021, 'all', 0, 1]
			]
		],
		[
			'W5',
			[
				[2018, 'all', 1, 2],
				[2019, 'all', 1, 1]
			]
		],
		// e2 and e4 lack a count and are left out; e5's 0 of 0 adds nothing.
		[
			'W7',
			[
				[2018, 'all', 20, 40],
				[2019, 'all', 9, 10]
			]
		],
		// KEN (q1) and IND (q5) have FTF recommendations; FRA's b3 is not in C5.
		[
			'C5',
			[
				[2017, 'all', 0, 1],
				[2019, 'all', 2, 2]
			]
		]
	] as const)('%s by year', async (id, expected) => {
		expect(await yearly(id)).toEqual(expected);
	});

	it('breaks down by area, region and assessment type', async () => {
		expect((await yearly('H1', 'area')).filter(([year]) => year === 2017)).toEqual([
			[2017, 'ftf', 1, 1],
			[2017, 'legislation', 0, 1]
		]);
		expect((await yearly('W2', 'region')).filter(([year]) => year === 2019)).toEqual([
			[2019, 'Africa', 1, 1],
			[2019, 'Asia', 1, 1]
		]);
		expect((await yearly('W3', 'assessment_type')).filter(([year]) => year === 2019)).toEqual([
			[2019, 'focused', 0, 1],
			[2019, 'follow_up', 1, 1]
		]);
		expect(() => crossCuttingByYear('W7', NO_FILTERS, D, 'area')).toThrow(/cannot be broken down/);
		expect(breakdownsOf('H1')).toContain('resolution');
		expect(breakdownsOf('W5')).not.toContain('assessment_type');
	});

	it('drops engagements without a State under a region filter, and 0-denominator years', async () => {
		expect(await yearly('W7', 'none', { ...NO_FILTERS, region: 'Europe' })).toEqual([]);
		expect(await yearly('W5', 'none', { ...NO_FILTERS, region: 'Europe' })).toEqual([
			[2019, 'all', 1, 1]
		]);
	});

	it('counts engagements with and without participant numbers (W7)', async () => {
		const rows = await db.run(participationByKind(NO_FILTERS, D));
		expect(
			rows.map((row) => [
				row.kind,
				row.year,
				row.with_counts,
				row.without_counts,
				row.women,
				row.total
			])
		).toEqual([
			['council_briefing', 2018, 0, 1, 0, 0],
			['ctc_briefing', 2018, 1, 0, 20, 40],
			['open_briefing', 2019, 1, 0, 0, 0],
			['womens_org_consultation', 2019, 1, 0, 9, 10],
			['workshop', 2019, 0, 1, 0, 0]
		]);
	});

	it('compares implementation of human-rights recommendations with the others (H2)', async () => {
		const rows = await db.run(humanRightsImplementation(NO_FILTERS, D));
		// q1 and q4 implemented; q2 not started, q5 in progress; q3 no longer relevant is left out.
		expect(rows).toEqual([
			{ human_rights: true, numerator: 2, denominator: 2 },
			{ human_rights: false, numerator: 0, denominator: 2 }
		]);
	});

	it('lists assessments missing gender analysis, and FTF States missing children', async () => {
		const gender = await db.run(assessmentsMissing('gender', NO_FILTERS, D));
		expect(gender.map((row) => row.assessment_id)).toEqual(['b4', 'b1']);
		const children = await db.run(assessmentsMissing('children_ftf', NO_FILTERS, D));
		expect(children.map((row) => [row.assessment_id, row.ftf_recommendations])).toEqual([
			['b1', 1]
		]);
	});
});
