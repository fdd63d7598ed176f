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
import { insertRows, memberState, schemaDb } from '../../helpers/fixture-db';

/*
 * D = 2024-06-30. Four recommendations count (r5 is issued after D):
 *   r1 KEN Africa cft          2019 implemented  specific  child  priority 1373
 *   r2 KEN Africa legislation  2020 in_progress  none             standard 1624 (implemented only after D)
 *   r3 FRA Europe cft          2020 not_started  sensitive        priority 1373 (no status row)
 *   r4 FRA Europe legislation  2022 implemented  specific  child  standard 2178
 * KEN's sub-region (Sub-Saharan Africa) differs from its intermediate region
 * (Eastern Africa), whose bar it counts in; FRA has only a sub-region
 * (Western Europe).
 */
const D = '2024-06-30';

async function fixture(): Promise<NodeQueryRunner> {
	const db = await schemaDb();
	await insertRows(db, 'member_states', [
		memberState('KEN', {
			name: 'Kenya',
			region: 'Africa',
			sub_region: 'Sub-Saharan Africa',
			intermediate_region: 'Eastern Africa'
		}),
		memberState('FRA', { name: 'France', region: 'Europe', sub_region: 'Western Europe' })
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
		child_rights: boolean,
		priority: string,
		resolution: string
	) => ({
		rec_id,
		iso3,
		area_code,
		issued,
		gender,
		child_rights,
		priority,
		resolution,
		assessment_id: 'a'
	});
	await insertRows(db, 'recommendations', [
		rec('r1', 'KEN', 'cft', '2019-03-01', 'specific', true, 'priority', '1373'),
		rec('r2', 'KEN', 'legislation', '2020-05-01', 'none', false, 'standard', '1624'),
		rec('r3', 'FRA', 'cft', '2020-07-01', 'sensitive', false, 'priority', '1373'),
		rec('r4', 'FRA', 'legislation', '2022-02-01', 'specific', true, 'standard', '2178'),
		rec('r5', 'FRA', 'cft', '2025-01-01', 'none', false, 'priority', 'other')
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
				'subregion:Eastern Africa=2',
				'subregion:Western Europe=2',
				'area:cft=2',
				'area:legislation=2',
				'status:implemented=2',
				'status:in_progress=1',
				'status:not_started=1',
				'priority:priority=2',
				'priority:standard=2',
				'resolution:1373=2',
				'resolution:1624=1',
				'resolution:2178=1',
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
				'subregion:Western Europe=2',
				'area:cft=1',
				'area:legislation=1',
				'status:implemented=1',
				'status:not_started=1',
				'priority:priority=1',
				'priority:standard=1',
				'resolution:1373=1',
				'resolution:2178=1',
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
				'subregion:Eastern Africa=1',
				'subregion:Western Europe=1',
				'area:cft=1',
				'area:legislation=1',
				'status:implemented=2',
				'priority:priority=1',
				'priority:standard=1',
				'resolution:1373=1',
				'resolution:2178=1',
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

	it('selects a sub-region by its own name or its intermediate region; bars partition by the finer', async () => {
		const bySubRegion = flat(
			await db.run(linkedCounts({ ...NO_SELECTION, subregion: 'Sub-Saharan Africa' }))
		);
		expect(bySubRegion).toEqual(
			[
				'year:2019=1',
				'year:2020=1',
				'region:Africa=2',
				// The sub-region chart leaves out its own selection.
				'subregion:Eastern Africa=2',
				'subregion:Western Europe=2',
				'area:cft=1',
				'area:legislation=1',
				'status:implemented=1',
				'status:in_progress=1',
				'priority:priority=1',
				'priority:standard=1',
				'resolution:1373=1',
				'resolution:1624=1',
				'flag:gender_specific=1',
				'flag:gender_sensitive=0',
				'flag:child_rights=1',
				'total:all=2',
				'total:base=4'
			].sort()
		);
		// The intermediate region selects the same State (r1, r2).
		expect(
			flat(await db.run(linkedCounts({ ...NO_SELECTION, subregion: 'Eastern Africa' })))
		).toEqual(bySubRegion);
		const europe = await db.run(linkedCounts({ ...NO_SELECTION, subregion: 'Western Europe' }));
		expect(flat(europe).filter((r) => r.startsWith('total:') || r.startsWith('region:'))).toEqual(
			['region:Europe=2', 'total:all=2', 'total:base=4'].sort()
		);
	});

	it('selects by priority and by resolution, each chart leaving out its own', async () => {
		expect(flat(await db.run(linkedCounts({ ...NO_SELECTION, priority: 'priority' })))).toEqual(
			[
				'year:2019=1',
				'year:2020=1',
				'region:Africa=1',
				'region:Europe=1',
				'subregion:Eastern Africa=1',
				'subregion:Western Europe=1',
				'area:cft=2',
				'status:implemented=1',
				'status:not_started=1',
				'priority:priority=2',
				'priority:standard=2',
				'resolution:1373=2',
				'flag:gender_specific=1',
				'flag:gender_sensitive=1',
				'flag:child_rights=1',
				'total:all=2',
				'total:base=4'
			].sort()
		);
		expect(flat(await db.run(linkedCounts({ ...NO_SELECTION, resolution: '2178' })))).toEqual(
			[
				'year:2022=1',
				'region:Europe=1',
				'subregion:Western Europe=1',
				'area:legislation=1',
				'status:implemented=1',
				'priority:standard=1',
				'resolution:1373=2',
				'resolution:1624=1',
				'resolution:2178=1',
				'flag:gender_specific=1',
				'flag:gender_sensitive=0',
				'flag:child_rights=1',
				'total:all=1',
				'total:base=4'
			].sort()
		);
	});

	it('combines the new selections with each other and with the old ones', async () => {
		const rows = flat(
			await db.run(
				linkedCounts({
					...NO_SELECTION,
					subregion: 'Sub-Saharan Africa',
					priority: 'priority',
					resolution: '1373'
				})
			)
		);
		// Only r1 matches all three; each of the three charts drops its own selection.
		expect(rows.filter((r) => /^(subregion|priority|resolution|total):/.test(r))).toEqual(
			[
				// Priority and 1373: r1 (Eastern Africa), r3 (Western Europe).
				'subregion:Eastern Africa=1',
				'subregion:Western Europe=1',
				// Sub-Saharan Africa and 1373: r1.
				'priority:priority=1',
				// Sub-Saharan Africa and priority: r1.
				'resolution:1373=1',
				'total:all=1',
				'total:base=4'
			].sort()
		);
		const withYears = await db.run(
			linkedCounts({
				...NO_SELECTION,
				years: { from: 2020, to: 2022 },
				subregion: 'Eastern Africa',
				priority: 'standard'
			})
		);
		// r2 alone; the year chart (sub-region and standard) has r2 in 2020 only.
		expect(flat(withYears).filter((r) => /^(year|total):/.test(r))).toEqual(
			['year:2020=1', 'total:all=1', 'total:base=4'].sort()
		);
	});

	it('an empty combination of the new selections counts 0, not an error', async () => {
		const rows = await db.run(
			linkedCounts({ ...NO_SELECTION, subregion: 'Eastern Africa', resolution: '2178' })
		);
		expect(flat(rows).filter((r) => /^(subregion|resolution|total):/.test(r))).toEqual(
			[
				// 2178 alone: r4 in Western Europe.
				'subregion:Western Europe=1',
				// Eastern Africa alone: r1, r2.
				'resolution:1373=1',
				'resolution:1624=1',
				'total:all=0',
				'total:base=4'
			].sort()
		);
		const unknown = await db.run(
			linkedCounts({ ...NO_SELECTION, subregion: 'Western Africa', priority: 'priority' })
		);
		expect(unknown.find((r) => r.chart === 'total' && r.category === 'all')?.n).toBe(0);
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
