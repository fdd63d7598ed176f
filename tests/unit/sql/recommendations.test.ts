import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeQueryRunner } from '../../../scripts/lib/duckdb-node';
import { kaplanMeier } from '../../../src/lib/indicators/kaplan-meier';
import {
	assistanceAlignment,
	assistanceByProvider,
	unmetNeeds
} from '../../../src/lib/queries/assistance';
import { NO_FILTERS } from '../../../src/lib/queries/filters';
import { followupStatus } from '../../../src/lib/queries/followup';
import {
	DEFAULT_REC_TABLE,
	recommendationPage,
	statusHistory
} from '../../../src/lib/queries/recommendation-table';
import {
	implementationRates,
	implementationRatesByPriority,
	staleRecommendations,
	type ImplementationRow,
	staleShare,
	statusMixByYear,
	statusTransitions
} from '../../../src/lib/queries/recommendations';
import { DAYS_PER_MONTH, timeToImplementation } from '../../../src/lib/queries/survival';
import { sumRates } from '../../../src/lib/indicators/implementation-rates';
import { insertRows, memberState, schemaDb } from '../../helpers/fixture-db';

/*
 * Two States, five assessments, seven recommendations; D = 2024-06-30, so the
 * 12-month line is 2023-06-30 and the 24-month line 2022-06-30. Each expected
 * value names the rows that make it.
 */
const D = '2024-06-30';

async function fixture(): Promise<NodeQueryRunner> {
	const db = await schemaDb();
	await insertRows(
		db,
		'member_states',
		[
			['KEN', 'Africa'],
			['FRA', 'Europe']
		].map(([iso3, region]) =>
			memberState(iso3, { name: iso3 === 'KEN' ? 'Kenya' : 'France', region })
		)
	);
	const a = (
		assessment_id: string,
		iso3: string,
		report_adopted: string,
		followup_report_date: string | null
	) => ({
		assessment_id,
		iso3,
		assessment_type: 'comprehensive',
		report_adopted,
		followup_report_date
	});
	await insertRows(db, 'assessments', [
		a('a1', 'KEN', '2020-01-15', '2021-01-15'), // exactly 12 months: on time
		a('a2', 'KEN', '2022-03-01', '2023-05-01'), // late
		a('a3', 'FRA', '2023-06-30', null), // due exactly at D: overdue by 0 days
		a('a4', 'FRA', '2023-07-01', null), // due a day after D: not yet due
		a('a5', 'FRA', '2021-01-10', '2024-07-05') // reported after D: overdue at D
	]);
	const r = (
		rec_id: string,
		assessment_id: string,
		iso3: string,
		issued: string,
		area_code: string,
		priority: string,
		resolution: string,
		technical_assistance: boolean,
		text: string
	) => ({
		rec_id,
		assessment_id,
		iso3,
		issued,
		area_code,
		priority,
		resolution,
		technical_assistance,
		text
	});
	await insertRows(db, 'recommendations', [
		r(
			'x1',
			'a1',
			'KEN',
			'2020-01-15',
			'legislation',
			'priority',
			'1373',
			true,
			'Criminalize financing'
		),
		r(
			'x2',
			'a1',
			'KEN',
			'2020-01-15',
			'cft',
			'standard',
			'1373',
			true,
			'Freeze assets without delay'
		),
		r(
			'x3',
			'a2',
			'KEN',
			'2022-03-01',
			'legislation',
			'priority',
			'2178',
			true,
			'Review the penal code'
		),
		r('x4', 'a2', 'KEN', '2022-03-01', 'ftf', 'priority', '2178', false, 'Returning families'),
		r('x5', 'a3', 'FRA', '2023-06-30', 'legislation', 'standard', '1624', true, 'Incitement law'),
		r('x6', 'a4', 'FRA', '2023-07-01', 'cft', 'priority', '1373', false, 'Asset freezing'),
		r('x7', 'a5', 'FRA', '2021-01-10', 'legislation', 'standard', '1373', true, 'Central authority')
	]);
	const s = (rec_id: string, as_of: string, status: string) => ({ rec_id, as_of, status });
	await insertRows(db, 'recommendation_status', [
		s('x1', '2021-01-01', 'in_progress'),
		s('x1', '2022-01-15', 'implemented'),
		s('x2', '2020-06-01', 'partially_implemented'),
		s('x2', '2024-07-01', 'implemented'), // a day after D
		s('x3', '2022-06-30', 'no_longer_relevant'),
		s('x4', '2022-06-30', 'in_progress'), // exactly 24 months before D: not stale
		s('x6', '2024-06-30', 'implemented'), // exactly at D
		s('x7', '2021-06-01', 'implemented'),
		s('x7', '2023-01-01', 'no_longer_relevant')
	]);
	const t = (ta_id: string, rec_id: string | null, provider: string, status: string) => ({
		ta_id,
		rec_id,
		provider,
		status,
		iso3: 'KEN',
		area_code: 'legislation',
		start_date: '2022-01-01'
	});
	await insertRows(db, 'technical_assistance', [
		t('t1', 'x1', 'unodc', 'completed'),
		t('t2', 'x2', 'unodc', 'requested'),
		t('t3', 'x2', 'unoct', 'cancelled'),
		t('t4', 'x5', 'unoct', 'planned'),
		t('t5', null, 'unodc', 'ongoing'),
		t('t6', 'x7', 'ohchr', 'ongoing')
	]);
	return db;
}

describe('recommendation indicators on native DuckDB', () => {
	let db: NodeQueryRunner;
	beforeAll(async () => {
		db = await fixture();
	});

	it('computes R1, R2 and R3 with the 12-month and no-longer-relevant rules', async () => {
		const rows = (dim: Parameters<typeof implementationRates>[0], priorityOnly = false) =>
			db
				.run(implementationRates(dim, NO_FILTERS, D, priorityOnly))
				.then((rs) => rs.map((x) => [x.category, x.implemented, x.progressed, x.denominator]));
		// x1 implemented, x2 partial, x4 in progress, x5 (issued exactly 12 months before D) not started.
		expect(await rows('none')).toEqual([['all', 1, 2, 4]]);
		expect(await rows('area')).toEqual([
			['cft', 0, 1, 1],
			['ftf', 0, 0, 1],
			['legislation', 1, 1, 2]
		]);
		expect(await rows('region')).toEqual([
			['Africa', 1, 2, 3],
			['Europe', 0, 0, 1]
		]);
		expect(await rows('none', true)).toEqual([['all', 1, 1, 2]]);
	});

	it('gives the overall rates, R3 and each breakdown from one by-priority query', async () => {
		const rows = await db.run(implementationRatesByPriority('area', NO_FILTERS, D));
		const flat = (rs: readonly ImplementationRow[]) =>
			rs.map((x) => [x.category, x.implemented, x.progressed, x.denominator]);
		// Same hand-computed answers as above: x1 (priority) implemented, x2 partial, x4, x5.
		expect(flat(sumRates(rows))).toEqual([
			['cft', 0, 1, 1],
			['ftf', 0, 0, 1],
			['legislation', 1, 1, 2]
		]);
		expect(
			flat(
				sumRates(
					rows,
					() => true,
					() => 'all'
				)
			)
		).toEqual([['all', 1, 2, 4]]);
		expect(
			flat(
				sumRates(
					rows,
					(x) => x.priority === 'priority',
					() => 'all'
				)
			)
		).toEqual([['all', 1, 1, 2]]);
		const byRegion = await db.run(implementationRatesByPriority('region', NO_FILTERS, D));
		expect(flat(sumRates(byRegion))).toEqual([
			['Africa', 1, 2, 3],
			['Europe', 0, 0, 1]
		]);
	});

	it('builds the status mix at each year end by the as-of rule', async () => {
		const rows = await db.run(statusMixByYear(NO_FILTERS, D));
		const year = (y: number) =>
			Object.fromEntries(
				rows.filter((x) => x.year === y).map((x) => [x.status, x.recommendations])
			);
		expect(year(2020)).toEqual({ not_started: 1, partially_implemented: 1 });
		expect(year(2021)).toEqual({ in_progress: 1, implemented: 1, partially_implemented: 1 });
		expect(year(2023)).toEqual({
			implemented: 1,
			in_progress: 1,
			no_longer_relevant: 2,
			not_started: 2,
			partially_implemented: 1
		});
		// 2024 stops at D: x6 is implemented exactly at D, x2's implementation a day later is not seen.
		expect(year(2024)).toEqual({
			implemented: 2,
			in_progress: 1,
			no_longer_relevant: 2,
			not_started: 1,
			partially_implemented: 1
		});
	});

	it('counts transitions between two dates', async () => {
		const rows = await db.run(statusTransitions(NO_FILTERS, '2021-12-31', D));
		expect(rows.map((x) => [x.from_status, x.to_status, x.recommendations])).toEqual([
			['implemented', 'no_longer_relevant', 1],
			['in_progress', 'implemented', 1],
			['partially_implemented', 'partially_implemented', 1]
		]);
	});

	it('classifies follow-up reporting (R4) and lists the overdue', async () => {
		const rows = await db.run(followupStatus(NO_FILTERS, D));
		expect(
			rows.map((x) => [x.assessment_id, x.due_date, x.followup_state, x.days_overdue])
		).toEqual([
			['a5', '2022-01-10', 'overdue', 902],
			['a3', '2024-06-30', 'overdue', 0],
			['a1', '2021-01-15', 'on_time', null],
			['a2', '2023-03-01', 'late', null],
			['a4', '2024-07-01', 'not_due', null]
		]);
		expect(rows.find((x) => x.assessment_id === 'a5')?.followup_report_date).toBeNull();
	});

	it('lists stale open recommendations (R5)', async () => {
		const rows = await db.run(staleRecommendations(NO_FILTERS, D));
		expect(rows.map((x) => [x.rec_id, x.status, x.last_update, x.months_since_update])).toEqual([
			['x2', 'partially_implemented', '2020-06-01', 48]
		]);
		// Open at D: x2, x4 (updated exactly 24 months ago), x5 (issued a year ago).
		expect(await db.run(staleShare(NO_FILTERS, D))).toEqual([{ stale: 1, open: 3 }]);
	});

	it('gives time to implementation with censoring, and its Kaplan-Meier curve (R6)', async () => {
		const rows = await db.run(timeToImplementation('none', NO_FILTERS, D));
		expect(rows.every((x) => x.count === 1)).toBe(true); // no two share a time here
		const days = rows.map((x) => [Math.round(x.months * DAYS_PER_MONTH), x.event]);
		expect(days).toEqual([
			[121, 0], // x3: censored when no longer relevant
			[142, 1], // x7: implemented before it was dropped
			[365, 1], // x6: implemented exactly at D
			[366, 0], // x5: censored at D
			[731, 1], // x1
			[852, 0], // x4
			[1628, 0] // x2: implemented a day after D, so censored at D
		]);
		const km = kaplanMeier(rows);
		expect(
			km.steps.map((step) => [Math.round(step.months * DAYS_PER_MONTH), step.atRisk, step.survival])
		).toEqual([
			[142, 6, expect.closeTo(5 / 6, 12)],
			[365, 5, expect.closeTo(2 / 3, 12)],
			[731, 3, expect.closeTo(4 / 9, 12)]
		]);
		expect(Math.round(km.q25! * DAYS_PER_MONTH)).toBe(365);
		expect(Math.round(km.median! * DAYS_PER_MONTH)).toBe(731);
		expect(km.q75).toBeNull();
	});

	it('measures technical-assistance alignment (R7)', async () => {
		// Needs: x1, x2, x3, x5, x7; met by t1 (x1), t4 (x5), t6 (x7); t2, t3 do not count.
		expect(await db.run(assistanceAlignment('none', NO_FILTERS, D))).toEqual([
			{ category: 'all', needs_met: 3, needs: 5 }
		]);
		expect(await db.run(assistanceAlignment('area', NO_FILTERS, D))).toEqual([
			{ category: 'cft', needs_met: 0, needs: 1 },
			{ category: 'legislation', needs_met: 3, needs: 4 }
		]);
		expect(
			(await db.run(unmetNeeds(NO_FILTERS, D))).map((x) => [x.rec_id, x.linked_other])
		).toEqual([
			['x2', 2],
			['x3', 0]
		]);
		expect(await db.run(assistanceByProvider(NO_FILTERS))).toEqual([
			{ provider: 'ohchr', linked: 1, unlinked: 0 },
			{ provider: 'unoct', linked: 1, unlinked: 0 },
			{ provider: 'unodc', linked: 1, unlinked: 1 }
		]);
	});

	it('pages, sorts and searches the recommendation table', async () => {
		const page = await db.run(
			recommendationPage(
				{ ...DEFAULT_REC_TABLE, pageSize: 3, sort: 'rec_id', descending: false, page: 1 },
				NO_FILTERS,
				D
			)
		);
		expect(page.map((x) => x.rec_id)).toEqual(['x4', 'x5', 'x6']);
		expect(page[0].total_rows).toBe(7);
		const found = await db.run(
			recommendationPage({ ...DEFAULT_REC_TABLE, search: 'freez' }, NO_FILTERS, D)
		);
		expect(found.map((x) => [x.rec_id, x.status])).toEqual([
			['x6', 'implemented'],
			['x2', 'partially_implemented']
		]);
		const kenya = await db.run(
			recommendationPage(
				{ ...DEFAULT_REC_TABLE, search: 'kenya', status: 'in_progress' },
				NO_FILTERS,
				D
			)
		);
		expect(kenya.map((x) => x.rec_id)).toEqual(['x4']);
		expect((await db.run(statusHistory('x7'))).map((x) => [x.as_of, x.status])).toEqual([
			['2021-06-01', 'implemented'],
			['2023-01-01', 'no_longer_relevant']
		]);
	});
});

describe('kaplanMeier', () => {
	it('handles tied event times and censoring at an event time', () => {
		const km = kaplanMeier([
			{ months: 1, event: 1 },
			{ months: 1, event: 1 },
			{ months: 1, event: 0 },
			{ months: 2, event: 1 },
			{ months: 3, event: 0 },
			{ months: 3, event: 1 },
			{ months: 4, event: 1 }
		]);
		// S(1) = 1 - 2/7; S(2) = 5/7 * 3/4; S(3) = 15/28 * 2/3; S(4) = 0.
		expect(km.steps.map((s) => [s.months, s.atRisk, s.events, s.survival])).toEqual([
			[1, 7, 2, expect.closeTo(5 / 7, 12)],
			[2, 4, 1, expect.closeTo(15 / 28, 12)],
			[3, 3, 1, expect.closeTo(5 / 14, 12)],
			[4, 1, 1, 0]
		]);
		expect([km.q25, km.median, km.q75]).toEqual([1, 3, 4]);
		expect([km.n, km.events]).toEqual([7, 5]);
	});

	it('gives the same curve for grouped rows with counts as for one row per recommendation', () => {
		const grouped = kaplanMeier([
			{ months: 2, event: 1, count: 2 },
			{ months: 2, event: 0, count: 1 },
			{ months: 5, event: 1, count: 1 },
			{ months: 9, event: 0, count: 3 }
		]);
		// By hand: n = 7; at 2, 2 events of 7 at risk: S = 5/7; at 5, 1 of 4: S = 5/7 * 3/4 = 15/28.
		expect(grouped.steps.map((s) => [s.months, s.atRisk, s.events, s.survival])).toEqual([
			[2, 7, 2, expect.closeTo(5 / 7, 12)],
			[5, 4, 1, expect.closeTo(15 / 28, 12)]
		]);
		expect([grouped.n, grouped.events, grouped.median]).toEqual([7, 3, null]);
		const expanded = kaplanMeier([
			{ months: 2, event: 1 },
			{ months: 2, event: 1 },
			{ months: 2, event: 0 },
			{ months: 5, event: 1 },
			{ months: 9, event: 0 },
			{ months: 9, event: 0 },
			{ months: 9, event: 0 }
		]);
		expect(grouped).toEqual(expanded);
	});

	it('has no median when fewer than half are implemented', () => {
		const km = kaplanMeier([
			{ months: 5, event: 1 },
			{ months: 6, event: 0 },
			{ months: 7, event: 0 }
		]);
		expect(km.median).toBeNull();
		expect(kaplanMeier([]).steps).toEqual([]);
	});
});
