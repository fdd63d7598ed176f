import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeQueryRunner } from '../../../scripts/lib/duckdb-node';
import { rate } from '../../../src/lib/indicators/rate';
import { NO_FILTERS, type GlobalFilters } from '../../../src/lib/queries/filters';
import {
	neverVisitedStates,
	ASSESSMENT_INDICATORS,
	overviewIndicators,
	RECOMMENDATION_INDICATORS,
	overviewAssessmentSharesTrend,
	overviewRecommendationSharesTrend,
	overviewSharesTrend,
	overviewVisitsTrend,
	type IndicatorCount
} from '../../../src/lib/queries/overview';
import { insertRows, memberState, schemaDb } from '../../helpers/fixture-db';

/*
 * Six States, seven assessments, eight recommendations; D = 2024-06-30, so
 * "12 months before D" is 2023-06-30. Every expected number below is counted
 * by hand from these rows; the comments say which rows make it.
 */
const D = '2024-06-30';

async function fixture(): Promise<NodeQueryRunner> {
	const db = await schemaDb();
	const state = (iso3: string, region: string, group: string) =>
		memberState(iso3, { region, un_regional_group: group });
	await insertRows(db, 'member_states', [
		state('KEN', 'Africa', 'African Group'),
		state('NGA', 'Africa', 'African Group'),
		state('FRA', 'Europe', 'Western European and Others Group'),
		state('POL', 'Europe', 'Eastern European Group'),
		state('IND', 'Asia', 'Asia and the Pacific Group'),
		state('JPN', 'Asia', 'Asia and the Pacific Group')
	]);
	const a = (
		assessment_id: string,
		iso3: string,
		assessment_type: string,
		visit_end: string | null,
		report_adopted: string | null,
		followup_report_date: string | null,
		gender_analysis: boolean,
		child_rights_analysis: boolean
	) => ({
		assessment_id,
		iso3,
		assessment_type,
		visit_start: visit_end,
		visit_end,
		report_adopted,
		followup_report_date,
		gender_analysis,
		child_rights_analysis,
		conf_level: 'public'
	});
	await insertRows(db, 'assessments', [
		a('a1', 'KEN', 'comprehensive', '2010-03-05', '2010-09-01', '2011-08-15', false, false),
		// Follow-up report exactly 12 months after the report: on time.
		a('a2', 'KEN', 'follow_up', '2018-05-03', '2018-12-01', '2019-12-01', true, true),
		// Due exactly at D (2023-06-30 + 12 months), no follow-up report: overdue.
		a('a3', 'FRA', 'focused', '2023-01-12', '2023-06-30', null, true, false),
		// A desk review is not a visit; its follow-up came one day late.
		a('a4', 'NGA', 'desk_review', null, '2022-01-15', '2023-01-16', false, true),
		a('a5', 'POL', 'comprehensive', '2024-05-03', null, null, false, false),
		// After D: not counted anywhere.
		a('a6', 'IND', 'comprehensive', '2024-07-03', null, null, true, true),
		// Report adopted less than 12 months before D: not yet due.
		a('a7', 'JPN', 'comprehensive', '2016-02-05', '2023-07-01', null, false, false)
	]);
	const r = (
		rec_id: string,
		assessment_id: string,
		iso3: string,
		issued: string,
		human_rights: boolean
	) => ({
		rec_id,
		assessment_id,
		iso3,
		area_code: 'legislation',
		resolution: '1373',
		priority: 'standard',
		issued,
		human_rights,
		conf_level: 'public'
	});
	await insertRows(db, 'recommendations', [
		r('r1', 'a1', 'KEN', '2010-09-01', false),
		r('r2', 'a1', 'KEN', '2010-09-01', true),
		r('r3', 'a2', 'KEN', '2018-12-01', true),
		r('r4', 'a2', 'KEN', '2018-12-01', false),
		r('r5', 'a3', 'FRA', '2023-06-30', true),
		r('r6', 'a3', 'FRA', '2023-07-01', false),
		r('r7', 'a4', 'NGA', '2022-01-15', false),
		r('r8', 'a7', 'JPN', '2023-07-01', false)
	]);
	const s = (rec_id: string, as_of: string, status: string) => ({
		rec_id,
		as_of,
		status,
		conf_level: 'public'
	});
	await insertRows(db, 'recommendation_status', [
		s('r1', '2012-01-01', 'in_progress'),
		s('r1', '2015-01-01', 'implemented'),
		s('r2', '2012-01-01', 'no_longer_relevant'),
		s('r3', '2019-06-01', 'partially_implemented'),
		s('r3', '2024-06-30', 'implemented'),
		s('r4', '2020-01-01', 'in_progress'),
		s('r4', '2024-07-01', 'implemented'),
		s('r6', '2024-01-01', 'implemented'),
		s('r7', '2023-01-01', 'implemented'),
		s('r7', '2024-01-01', 'no_longer_relevant')
	]);
	return db;
}

type Expected = Record<IndicatorCount['indicator'], [number, number]>;

async function counts(
	db: NodeQueryRunner,
	filters: GlobalFilters,
	referenceDate = D
): Promise<Expected> {
	const rows = await db.run(overviewIndicators(filters, referenceDate));
	return Object.fromEntries(
		rows.map((row) => [row.indicator, [row.numerator, row.denominator]])
	) as Expected;
}

describe('overview indicators on native DuckDB', () => {
	let db: NodeQueryRunner;
	beforeAll(async () => {
		db = await fixture();
	});

	it('computes every indicator without filters', async () => {
		expect(await counts(db, NO_FILTERS)).toEqual({
			V1: [4, 6], // KEN, FRA, POL, JPN; NGA only had a desk review, IND's visit ends after D
			V2: [2, 6], // NGA, IND
			R1: [2, 4], // r1, r3 (implemented exactly at D) of r1, r3, r4, r5 (issued exactly 12 months before D)
			R4: [2, 4], // a1, a2 (exactly 12 months) of a1, a2, a3 (due exactly at D), a4 (a day late)
			W1: [2, 5], // a2, a3 of the five adopted reports
			C1: [2, 5], // a2, a4
			H1: [3, 8] // r2, r3, r5
		});
	});

	it('computes a subset of indicators alone, and the assessment ones without the recommendations tables', async () => {
		const all = await counts(db, NO_FILTERS);
		const recRows = await db.run(overviewIndicators(NO_FILTERS, D, RECOMMENDATION_INDICATORS));
		expect(recRows.map((r) => [r.indicator, r.numerator, r.denominator])).toEqual(
			RECOMMENDATION_INDICATORS.map((id) => [id, ...all[id]])
		);
		const noRecommendations = await fixture();
		await noRecommendations.exec('DROP TABLE recommendation_spans');
		await noRecommendations.exec('DROP TABLE recommendation_status');
		await noRecommendations.exec('DROP TABLE recommendations');
		const rows = await noRecommendations.run(
			overviewIndicators(NO_FILTERS, D, ASSESSMENT_INDICATORS)
		);
		expect(rows.map((r) => [r.indicator, r.numerator, r.denominator])).toEqual(
			ASSESSMENT_INDICATORS.map((id) => [id, ...all[id]])
		);
	});

	it('restricts to the States of a region', async () => {
		expect(await counts(db, { ...NO_FILTERS, region: 'Africa' })).toEqual({
			V1: [1, 2],
			V2: [1, 2],
			R1: [2, 3], // r1, r3 of r1, r3, r4
			R4: [2, 3],
			W1: [1, 3],
			C1: [2, 3],
			H1: [2, 5]
		});
	});

	it('applies the period to the date each definition names', async () => {
		expect(await counts(db, { ...NO_FILTERS, yearFrom: 2018, yearTo: 2023 })).toEqual({
			V1: [2, 6], // a2 (2018), a3 (2023)
			V2: [3, 6], // no visit by the end of 2023: NGA, IND, POL (visited in 2024)
			R1: [1, 3], // r3 of r3, r4, r5; status still read at D
			R4: [1, 3], // a2 of a2, a3, a4
			W1: [2, 4], // a2, a3 of a2, a3, a4, a7
			C1: [2, 4],
			H1: [2, 6] // r3, r5 of r3..r8
		});
	});

	it('moves the 12-month boundaries with D', async () => {
		const before = await counts(db, NO_FILTERS, '2024-06-29');
		// r5 (issued 2023-06-30) is no longer 12 months old; r3 was only partially implemented.
		expect(before.R1).toEqual([1, 3]);
		// a3's follow-up is not due until 2024-06-30.
		expect(before.R4).toEqual([2, 3]);
	});

	it('gives 0 denominators, which rate() turns into no data rather than 0 %', async () => {
		const empty = await counts(db, {
			...NO_FILTERS,
			unGroup: 'Eastern European Group',
			yearTo: 2010
		});
		expect(empty).toEqual({
			V1: [0, 1],
			V2: [1, 1],
			R1: [0, 0],
			R4: [0, 0],
			W1: [0, 0],
			C1: [0, 0],
			H1: [0, 0]
		});
		expect(rate(...empty.R1).value).toBeNull();
		expect(rate(...empty.V1).value).toBe(0);
		expect(rate(3, 4).smallBase).toBe(true);
		expect(rate(5, 5).smallBase).toBe(false);
	});

	it('lists the never-visited States', async () => {
		const rows = await db.run(neverVisitedStates(NO_FILTERS, D));
		expect(rows.map((row) => row.iso3)).toEqual(['NGA', 'IND']);
		const by2023 = await db.run(neverVisitedStates({ ...NO_FILTERS, yearTo: 2023 }, D));
		expect(by2023.map((row) => row.iso3).sort()).toEqual(['IND', 'NGA', 'POL']);
	});

	it('gives the yearly trend series', async () => {
		const rows = [
			...(await db.run(overviewVisitsTrend(NO_FILTERS, D))),
			...(await db.run(overviewAssessmentSharesTrend(NO_FILTERS, D))),
			...(await db.run(overviewRecommendationSharesTrend(NO_FILTERS, D)))
		];
		const series = (name: string) =>
			rows
				.filter((row) => row.series === name)
				.map((row) => [row.year, row.numerator, row.denominator]);
		expect(series('visits')).toEqual([
			[2010, 1, null],
			[2016, 1, null],
			[2018, 1, null],
			[2023, 1, null],
			[2024, 1, null]
		]);
		expect(series('W1')).toEqual([
			[2010, 0, 1],
			[2018, 1, 1],
			[2022, 0, 1],
			[2023, 1, 2]
		]);
		const together = await db.run(overviewSharesTrend(NO_FILTERS, D));
		const key = (r: { series: string; year: number }) => `${r.series}-${r.year}`;
		const bySeriesYear = (
			a: { series: string; year: number },
			b: { series: string; year: number }
		) => key(a).localeCompare(key(b));
		expect(together).toEqual(rows.filter((row) => row.series !== 'visits').sort(bySeriesYear));
		expect(series('H1')).toEqual([
			[2010, 1, 2],
			[2018, 1, 2],
			[2022, 0, 1],
			[2023, 1, 3]
		]);
	});
});
