import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeQueryRunner } from '../../../scripts/lib/duckdb-node';
import {
	linkedBaseTable,
	linkedCounts,
	linkedDomain,
	NO_SELECTION,
	type LinkedCountRow,
	type LinkedSelection
} from '../../../src/lib/queries/explore-linked';
import { insertRows, schemaDb } from '../../helpers/fixture-db';

/*
 * D = 2024-06-30. Four recommendations count (r5 is issued after D):
 *   r1 KEN Africa cft          2019 implemented  specific  child
 *   r2 KEN Africa legislation  2020 in_progress  none           (implemented only after D)
 *   r3 FRA Europe cft          2020 not_started  sensitive      (no status row)
 *   r4 FRA Europe legislation  2022 implemented  specific  child
 */
const D = '2024-06-30';

async function fixture(): Promise<NodeQueryRunner> {
	const db = await schemaDb();
	await insertRows(db, 'member_states', [
		{ iso3: 'KEN', name: 'Kenya', region: 'Africa' },
		{ iso3: 'FRA', name: 'France', region: 'Europe' }
	]);
	await insertRows(db, 'thematic_areas', [
		{ area_code: 'cft', name: 'Financing', cross_cutting: false, sort_order: 2 },
		{ area_code: 'legislation', name: 'Legislation', cross_cutting: false, sort_order: 1 }
	]);
	const rec = (
		rec_id: string,
		iso3: string,
		area_code: string,
		issued: string,
		gender: string,
		child_rights: boolean
	) => ({ rec_id, iso3, area_code, issued, gender, child_rights, assessment_id: 'a' });
	await insertRows(db, 'recommendations', [
		rec('r1', 'KEN', 'cft', '2019-03-01', 'specific', true),
		rec('r2', 'KEN', 'legislation', '2020-05-01', 'none', false),
		rec('r3', 'FRA', 'cft', '2020-07-01', 'sensitive', false),
		rec('r4', 'FRA', 'legislation', '2022-02-01', 'specific', true),
		rec('r5', 'FRA', 'cft', '2025-01-01', 'none', false)
	]);
	await insertRows(db, 'recommendation_status', [
		{ rec_id: 'r1', as_of: '2020-01-01', status: 'implemented' },
		{ rec_id: 'r2', as_of: '2021-01-01', status: 'in_progress' },
		{ rec_id: 'r2', as_of: '2025-01-01', status: 'implemented' },
		{ rec_id: 'r4', as_of: '2023-01-01', status: 'implemented' }
	]);
	await db.run(linkedBaseTable(D));
	return db;
}

/** Counts as "chart:category=n" strings, sorted, so a mismatch reads at a glance. */
function flat(rows: readonly LinkedCountRow[]): string[] {
	return rows.map((r) => `${r.chart}:${r.category}=${r.n}`).sort();
}

describe('explore linked views', () => {
	let db: NodeQueryRunner;
	beforeAll(async () => {
		db = await fixture();
	});

	it('counts every chart with no selection', async () => {
		expect(flat(await db.run(linkedCounts(NO_SELECTION)))).toEqual(
			[
				'year:2019=1',
				'year:2020=2',
				'year:2022=1',
				'region:Africa=2',
				'region:Europe=2',
				'area:cft=2',
				'area:legislation=2',
				'status:implemented=2',
				'status:in_progress=1',
				'status:not_started=1',
				'flag:gender_specific=2',
				'flag:gender_sensitive=1',
				'flag:child_rights=2',
				'total:all=4',
				'total:base=4'
			].sort()
		);
	});

	it('filters each chart by every selection but its own', async () => {
		const selection: LinkedSelection = {
			...NO_SELECTION,
			years: { from: 2020, to: 2022 },
			region: 'Europe'
		};
		expect(flat(await db.run(linkedCounts(selection)))).toEqual(
			[
				// Year chart: region only (r3, r4).
				'year:2020=1',
				'year:2022=1',
				// Region chart: years only (r2, r3, r4).
				'region:Africa=1',
				'region:Europe=2',
				// The others: both (r3, r4).
				'area:cft=1',
				'area:legislation=1',
				'status:implemented=1',
				'status:not_started=1',
				'flag:gender_specific=1',
				'flag:gender_sensitive=1',
				'flag:child_rights=1',
				'total:all=2',
				'total:base=4'
			].sort()
		);
	});

	it('selects by flag; the flag chart itself stays whole', async () => {
		const rows = await db.run(linkedCounts({ ...NO_SELECTION, flag: 'child_rights' }));
		expect(flat(rows)).toEqual(
			[
				'year:2019=1',
				'year:2022=1',
				'region:Africa=1',
				'region:Europe=1',
				'area:cft=1',
				'area:legislation=1',
				'status:implemented=2',
				'flag:gender_specific=2',
				'flag:gender_sensitive=1',
				'flag:child_rights=2',
				'total:all=2',
				'total:base=4'
			].sort()
		);
	});

	it('a one-year range on the boundary and an empty selection', async () => {
		const year2019 = await db.run(
			linkedCounts({ ...NO_SELECTION, years: { from: 2019, to: 2019 } })
		);
		expect(year2019.find((r) => r.chart === 'total')?.n).toBe(1);
		const none = await db.run(linkedCounts({ ...NO_SELECTION, status: 'no_information' }));
		expect(flat(none)).toEqual(
			[
				'status:implemented=2',
				'status:in_progress=1',
				'status:not_started=1',
				'flag:gender_specific=0',
				'flag:gender_sensitive=0',
				'flag:child_rights=0',
				'total:all=0',
				'total:base=4'
			].sort()
		);
	});

	it('gives the year axis with gaps filled and the areas in their order', async () => {
		expect(await db.run(linkedDomain())).toEqual([
			{ dimension: 'year', code: '2019', label: '2019', sort: 2019 },
			{ dimension: 'year', code: '2020', label: '2020', sort: 2020 },
			{ dimension: 'year', code: '2021', label: '2021', sort: 2021 },
			{ dimension: 'year', code: '2022', label: '2022', sort: 2022 },
			{ dimension: 'area', code: 'legislation', label: 'Legislation', sort: 1 },
			{ dimension: 'area', code: 'cft', label: 'Financing', sort: 2 }
		]);
	});
});
