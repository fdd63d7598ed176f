import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeQueryRunner } from '../../../scripts/lib/duckdb-node';
import { NO_FILTERS, type GlobalFilters } from '../../../src/lib/queries/filters';
import { overviewIndicators, type IndicatorCount } from '../../../src/lib/queries/overview';
import { filteredStatesSql } from '../../../src/lib/queries/sql-fragments';
import { query, SqlParams } from '../../../src/lib/sql/query';
import { insertRows, memberState, schemaDb } from '../../helpers/fixture-db';

/*
 * Five States; D = 2024-06-30. NGA and KEN share the sub-region Sub-Saharan
 * Africa but not their intermediate regions (Western, Eastern Africa); EGY's
 * sub-region has none; MEX and FRA are outside Africa. Visits (V1): NGA, EGY,
 * MEX, FRA; KEN is never visited. Expected counts are by hand from these rows.
 */
const D = '2024-06-30';

async function fixture(): Promise<NodeQueryRunner> {
	const db = await schemaDb();
	const state = (iso3: string, region: string, sub: string, intermediate: string | null) =>
		memberState(iso3, { region, sub_region: sub, intermediate_region: intermediate });
	await insertRows(db, 'member_states', [
		state('NGA', 'Africa', 'Sub-Saharan Africa', 'Western Africa'),
		state('KEN', 'Africa', 'Sub-Saharan Africa', 'Eastern Africa'),
		state('EGY', 'Africa', 'Northern Africa', null),
		state('MEX', 'Americas', 'Latin America and the Caribbean', 'Central America'),
		state('FRA', 'Europe', 'Western Europe', null)
	]);
	const visit = (assessment_id: string, iso3: string, visit_end: string) => ({
		assessment_id,
		iso3,
		assessment_type: 'comprehensive',
		visit_start: visit_end,
		visit_end,
		report_adopted: null,
		followup_report_date: null,
		gender_analysis: false,
		child_rights_analysis: false,
		conf_level: 'public'
	});
	await insertRows(db, 'assessments', [
		visit('a1', 'NGA', '2019-03-05'),
		visit('a2', 'EGY', '2021-05-03'),
		visit('a3', 'MEX', '2018-01-12'),
		visit('a4', 'FRA', '2022-02-05')
	]);
	return db;
}

async function states(db: NodeQueryRunner, filters: GlobalFilters): Promise<string[]> {
	const p = new SqlParams();
	const sql = `${filteredStatesSql(p, filters)} ORDER BY iso3`;
	const rows = await db.run(query<{ iso3: string }>(sql, p.values));
	return rows.map((r) => r.iso3);
}

async function coverage(db: NodeQueryRunner, filters: GlobalFilters): Promise<number[][]> {
	const rows: IndicatorCount[] = await db.run(overviewIndicators(filters, D, ['V1', 'V2']));
	return rows.map((r) => [r.numerator, r.denominator]);
}

describe('sub-region filter on native DuckDB', () => {
	let db: NodeQueryRunner;
	beforeAll(async () => {
		db = await fixture();
	});

	it('selects a State by its intermediate region and by its sub-region', async () => {
		expect(await states(db, { ...NO_FILTERS, subRegion: 'Western Africa' })).toEqual(['NGA']);
		expect(await states(db, { ...NO_FILTERS, subRegion: 'Eastern Africa' })).toEqual(['KEN']);
		expect(await states(db, { ...NO_FILTERS, subRegion: 'Sub-Saharan Africa' })).toEqual([
			'KEN',
			'NGA'
		]);
		expect(await states(db, { ...NO_FILTERS, subRegion: 'Northern Africa' })).toEqual(['EGY']);
		expect(await states(db, NO_FILTERS)).toEqual(['EGY', 'FRA', 'KEN', 'MEX', 'NGA']);
	});

	it('restricts the indicators to those States', async () => {
		// [V1, V2]: visited and never-visited over the States kept.
		expect(await coverage(db, NO_FILTERS)).toEqual([
			[4, 5],
			[1, 5]
		]);
		expect(await coverage(db, { ...NO_FILTERS, subRegion: 'Western Africa' })).toEqual([
			[1, 1], // NGA visited
			[0, 1]
		]);
		expect(await coverage(db, { ...NO_FILTERS, subRegion: 'Sub-Saharan Africa' })).toEqual([
			[1, 2], // NGA of NGA, KEN
			[1, 2] // KEN
		]);
		expect(await coverage(db, { ...NO_FILTERS, subRegion: 'Central America' })).toEqual([
			[1, 1],
			[0, 1]
		]);
	});

	it('combines with the region filter (both must hold)', async () => {
		const inAfrica = { ...NO_FILTERS, region: 'Africa' };
		expect(await states(db, { ...inAfrica, subRegion: 'Sub-Saharan Africa' })).toEqual([
			'KEN',
			'NGA'
		]);
		expect(await states(db, { ...inAfrica, subRegion: 'Western Africa' })).toEqual(['NGA']);
		expect(
			await states(db, { ...NO_FILTERS, region: 'Europe', subRegion: 'Western Africa' })
		).toEqual([]);
		expect(await coverage(db, { ...inAfrica, subRegion: 'Sub-Saharan Africa' })).toEqual([
			[1, 2],
			[1, 2]
		]);
	});

	it('binds the sub-region as a parameter, never in the SQL text', () => {
		const p = new SqlParams();
		const sql = filteredStatesSql(p, { ...NO_FILTERS, subRegion: "Western Africa' OR TRUE --" });
		expect(sql).not.toContain('Western');
		expect(p.values).toContain("Western Africa' OR TRUE --");
	});
});
