import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeQueryRunner } from '../../../scripts/lib/duckdb-node';
import { rate } from '../../../src/lib/indicators/rate';
import { assistanceByProvider } from '../../../src/lib/queries/assistance';
import { crossCuttingByYear } from '../../../src/lib/queries/cross-cutting';
import { NO_FILTERS, type GlobalFilters } from '../../../src/lib/queries/filters';
import { gapHeatmap, NO_GAP_FILTERS } from '../../../src/lib/queries/gaps';
import { overviewIndicators } from '../../../src/lib/queries/overview';
import {
	recommendationPage,
	DEFAULT_REC_TABLE
} from '../../../src/lib/queries/recommendation-table';
import { implementationRates } from '../../../src/lib/queries/recommendations';
import { recordFiltersSql } from '../../../src/lib/queries/sql-fragments';
import { SqlParams } from '../../../src/lib/sql/query';
import { insertRows, memberState, schemaDb } from '../../helpers/fixture-db';

/*
 * The area, priority and resolution filters on native DuckDB. D = 2024-06-30,
 * so R1's denominator takes recommendations issued by 2023-06-30.
 * NGA is in Western Africa, KEN in Eastern Africa (both Sub-Saharan Africa),
 * FRA in Western Europe. Status at D in brackets; each expected value names
 * the rows that make it.
 *   n1 NGA 2019 cft priority 1373 (implemented), gender sensitive
 *   n2 NGA 2019 cft standard 1373 (in progress)
 *   n3 NGA 2020 cft priority 2178 (partially implemented)
 *   n4 NGA 2020 ftf priority 2178 (implemented)
 *   n5 NGA 2017 cft priority 1373 (implemented)  - before 2018
 *   n6 NGA 2024 cft priority 1373 (not started)  - under 12 months at D
 *   k1 KEN 2019 cft priority 1373 (implemented)
 *   k2 KEN 2021 legislation priority other (implemented)
 *   f1 FRA 2019 cft priority 1373 (no longer relevant)
 *   f2 FRA 2020 legislation standard 1624 (implemented)
 */
const D = '2024-06-30';

async function fixture(): Promise<NodeQueryRunner> {
	const db = await schemaDb();
	await insertRows(db, 'member_states', [
		memberState('NGA', {
			region: 'Africa',
			sub_region: 'Sub-Saharan Africa',
			intermediate_region: 'Western Africa'
		}),
		memberState('KEN', {
			region: 'Africa',
			sub_region: 'Sub-Saharan Africa',
			intermediate_region: 'Eastern Africa'
		}),
		memberState('FRA', { region: 'Europe', sub_region: 'Western Europe' })
	]);
	const r = (
		rec_id: string,
		iso3: string,
		issued: string,
		area_code: string,
		priority: string,
		resolution: string,
		gender = 'none'
	) => ({
		rec_id,
		assessment_id: `a-${iso3}`,
		iso3,
		issued,
		area_code,
		priority,
		resolution,
		gender
	});
	await insertRows(db, 'recommendations', [
		r('n1', 'NGA', '2019-05-01', 'cft', 'priority', '1373', 'sensitive'),
		r('n2', 'NGA', '2019-05-01', 'cft', 'standard', '1373'),
		r('n3', 'NGA', '2020-03-01', 'cft', 'priority', '2178'),
		r('n4', 'NGA', '2020-03-01', 'ftf', 'priority', '2178'),
		r('n5', 'NGA', '2017-02-01', 'cft', 'priority', '1373'),
		r('n6', 'NGA', '2024-01-01', 'cft', 'priority', '1373'),
		r('k1', 'KEN', '2019-06-01', 'cft', 'priority', '1373'),
		r('k2', 'KEN', '2021-01-01', 'legislation', 'priority', 'other'),
		r('f1', 'FRA', '2019-01-01', 'cft', 'priority', '1373'),
		r('f2', 'FRA', '2020-01-01', 'legislation', 'standard', '1624')
	]);
	const s = (rec_id: string, as_of: string, status: string) => ({ rec_id, as_of, status });
	await insertRows(db, 'recommendation_status', [
		s('n1', '2021-01-01', 'implemented'),
		s('n2', '2021-01-01', 'in_progress'),
		s('n3', '2022-01-01', 'partially_implemented'),
		s('n4', '2022-01-01', 'implemented'),
		s('n5', '2018-01-01', 'implemented'),
		s('k1', '2020-01-01', 'implemented'),
		s('k2', '2022-01-01', 'implemented'),
		s('f1', '2020-01-01', 'no_longer_relevant'),
		s('f2', '2021-01-01', 'implemented')
	]);
	const ta = (
		ta_id: string,
		iso3: string,
		rec_id: string | null,
		area_code: string,
		provider: string,
		start_date: string,
		gender_marker: number
	) => ({ ta_id, iso3, rec_id, area_code, provider, status: 'ongoing', start_date, gender_marker });
	await insertRows(db, 'technical_assistance', [
		ta('t1', 'NGA', 'n1', 'cft', 'unodc', '2020-01-01', 2),
		ta('t2', 'NGA', 'n2', 'cft', 'unodc', '2020-06-01', 0),
		ta('t3', 'NGA', null, 'cft', 'unoct', '2021-01-01', 3),
		ta('t4', 'KEN', 'k2', 'legislation', 'unoct', '2022-01-01', 1)
	]);
	const item = (question_id: string, area_code: string, rating: string) => ({
		iso3: 'NGA',
		instrument: 'oia',
		edition: '2021',
		as_of: '2021-01-01',
		area_code,
		question_id,
		rating
	});
	await db.exec(`INSERT INTO thematic_areas VALUES
		('legislation', 'Legislation', ['1373', '1624', '2178'], FALSE, 1),
		('cft', 'CFT', ['1373', '2462'], FALSE, 2),
		('ftf', 'FTF', ['2178', '2396'], FALSE, 3)`);
	await insertRows(db, 'survey_items', [
		item('q1', 'cft', 'full'),
		item('q2', 'legislation', 'not'),
		item('q3', 'ftf', 'partial')
	]);
	return db;
}

const WEST_AFRICA_CFT_PRIORITY_SINCE_2018: GlobalFilters = {
	...NO_FILTERS,
	subRegion: 'Western Africa',
	areas: ['cft'],
	priority: 'priority',
	yearFrom: 2018
};

describe('area, priority and resolution filters on native DuckDB', () => {
	let db: NodeQueryRunner;
	beforeAll(async () => {
		db = await fixture();
	});

	/** R1 and R2 overall: [implemented, progressed, denominator]. */
	async function r1(filters: GlobalFilters): Promise<number[][]> {
		const rows = await db.run(implementationRates('none', filters, D));
		return rows.map((x) => [x.implemented, x.progressed, x.denominator]);
	}

	it('applies each filter alone to R1 and R2', async () => {
		// n1, n2, n3, n4, n5, k1, k2, f2 (f1 no longer relevant, n6 too recent).
		expect(await r1(NO_FILTERS)).toEqual([[6, 7, 8]]);
		// cft: n1, n2, n3, n5, k1.
		expect(await r1({ ...NO_FILTERS, areas: ['cft'] })).toEqual([[3, 4, 5]]);
		// priority: n1, n3, n4, n5, k1, k2.
		expect(await r1({ ...NO_FILTERS, priority: 'priority' })).toEqual([[5, 6, 6]]);
		// standard: n2, f2.
		expect(await r1({ ...NO_FILTERS, priority: 'standard' })).toEqual([[1, 1, 2]]);
		// 2178: n3, n4; other: k2.
		expect(await r1({ ...NO_FILTERS, resolution: '2178' })).toEqual([[1, 2, 2]]);
		expect(await r1({ ...NO_FILTERS, resolution: 'other' })).toEqual([[1, 1, 1]]);
	});

	it('reads a second area as either area', async () => {
		// cft or ftf: n1, n2, n3, n4, n5, k1.
		expect(await r1({ ...NO_FILTERS, areas: ['cft', 'ftf'] })).toEqual([[4, 5, 6]]);
		// ftf or legislation: n4, k2, f2.
		expect(await r1({ ...NO_FILTERS, areas: ['ftf', 'legislation'] })).toEqual([[3, 3, 3]]);
	});

	it("answers the issue's question: priority CFT recommendations, Western Africa, issued 2018 onwards", async () => {
		// n1 implemented, n3 partially; n5 is before 2018, n6 too recent, k1 in Eastern Africa.
		expect(await r1(WEST_AFRICA_CFT_PRIORITY_SINCE_2018)).toEqual([[1, 2, 2]]);
		const overview = await db.run(
			overviewIndicators(WEST_AFRICA_CFT_PRIORITY_SINCE_2018, D, ['R1'])
		);
		expect(overview.map((x) => [x.numerator, x.denominator])).toEqual([[1, 2]]);
		// Its sub-region takes in KEN's k1 too.
		expect(
			await r1({ ...WEST_AFRICA_CFT_PRIORITY_SINCE_2018, subRegion: 'Sub-Saharan Africa' })
		).toEqual([[2, 3, 3]]);
		// The table lists the same selection (n6 too, being issued by D).
		const page = await db.run(
			recommendationPage(DEFAULT_REC_TABLE, WEST_AFRICA_CFT_PRIORITY_SINCE_2018, D)
		);
		expect(page.map((x) => x.rec_id).sort()).toEqual(['n1', 'n3', 'n6']);
	});

	it('gives no data, never 0 %, for an empty selection', async () => {
		// No standard recommendation under resolution 2178.
		const empty = { ...NO_FILTERS, priority: 'standard', resolution: '2178' } as const;
		expect(await r1(empty)).toEqual([[0, 0, 0]]);
		const [overview] = await db.run(overviewIndicators(empty, D, ['R1']));
		expect([overview.numerator, overview.denominator]).toEqual([0, 0]);
		expect(rate(overview.numerator, overview.denominator).value).toBeNull();
	});

	it('filters assistance by its own area, and by priority through its recommendation', async () => {
		const byProvider = async (filters: GlobalFilters) =>
			(await db.run(assistanceByProvider(filters))).map((x) => [x.provider, x.linked, x.unlinked]);
		expect(await byProvider(NO_FILTERS)).toEqual([
			['unoct', 1, 1], // t4 linked, t3 not
			['unodc', 2, 0] // t1, t2
		]);
		expect(await byProvider({ ...NO_FILTERS, areas: ['cft'] })).toEqual([
			['unoct', 0, 1], // t3
			['unodc', 2, 0]
		]);
		// Unlinked assistance has no priority: only t1 (n1) and t4 (k2) are linked to priority ones.
		expect(await byProvider({ ...NO_FILTERS, priority: 'priority' })).toEqual([
			['unoct', 1, 0],
			['unodc', 1, 0]
		]);
	});

	it('applies them to cross-cutting units where the table has the dimension', async () => {
		const byYear = async (id: 'W2' | 'W4', filters: GlobalFilters) =>
			(await db.run(crossCuttingByYear(id, filters, D))).map((x) => [
				x.year,
				x.numerator,
				x.denominator
			]);
		// W2 on cft recommendations by year issued: n5 (2017); n1 gender-sensitive, n2, k1, f1 (2019); n3; n6.
		expect(await byYear('W2', { ...NO_FILTERS, areas: ['cft'] })).toEqual([
			[2017, 0, 1],
			[2019, 1, 4],
			[2020, 0, 1],
			[2024, 0, 1]
		]);
		expect(await byYear('W2', { ...NO_FILTERS, areas: ['cft'], priority: 'priority' })).toEqual([
			[2017, 0, 1],
			[2019, 1, 3],
			[2020, 0, 1],
			[2024, 0, 1]
		]);
		// W4 (assistance): the area applies (t1, t2 in 2020; t3 in 2021); priority has no column there.
		const w4 = [
			[2020, 1, 2],
			[2021, 1, 1]
		];
		expect(await byYear('W4', { ...NO_FILTERS, areas: ['cft'] })).toEqual(w4);
		expect(await byYear('W4', { ...NO_FILTERS, areas: ['cft'], priority: 'standard' })).toEqual(w4);
	});

	it('keeps the gaps heatmap to the chosen areas; priority and resolution do not apply to survey items', async () => {
		const cells = async (filters: GlobalFilters) =>
			(await db.run(gapHeatmap('region', filters, NO_GAP_FILTERS, D))).map((x) => [
				x.area_code,
				x.mean_score
			]);
		// NGA's items: cft full (1), ftf partial (1/3), legislation not (0).
		expect(await cells(NO_FILTERS)).toEqual([
			['cft', 1],
			['ftf', 1 / 3],
			['legislation', 0]
		]);
		expect(await cells({ ...NO_FILTERS, areas: ['ftf', 'cft'] })).toEqual([
			['cft', 1],
			['ftf', 1 / 3]
		]);
		expect(await cells({ ...NO_FILTERS, priority: 'standard', resolution: 'other' })).toEqual(
			await cells(NO_FILTERS)
		);
	});

	it('binds every value as a parameter, never in the SQL text', () => {
		const p = new SqlParams();
		const sql = recordFiltersSql(
			p,
			{ ...NO_FILTERS, areas: ["cft') OR TRUE --"], priority: 'priority', resolution: '1373' },
			{ area: 'r.area_code', priority: 'r.priority', resolution: 'r.resolution' }
		);
		expect(sql).toBe('(r.area_code IN ($1) AND r.priority = $2 AND r.resolution = $3)');
		expect(p.values).toEqual(["cft') OR TRUE --", 'priority', '1373']);
		// A dimension the table lacks is not applied.
		expect(recordFiltersSql(new SqlParams(), { ...NO_FILTERS, priority: 'priority' }, {})).toBe(
			'TRUE'
		);
	});
});
