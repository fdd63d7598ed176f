import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeQueryRunner } from '../../../scripts/lib/duckdb-node';
import {
	fatfByRegion,
	fatfDistribution,
	fatfReportPeriod,
	fatfUnratedMembers
} from '../../../src/lib/queries/external';
import { NO_FILTERS } from '../../../src/lib/queries/filters';
import {
	editionChanges,
	gapHeatmap,
	NO_GAP_FILTERS,
	stateAreaScores,
	surveyEditions,
	thematicAreaList
} from '../../../src/lib/queries/gaps';
import { insertRows, memberState, schemaDb } from '../../helpers/fixture-db';

/* Four States (POL has no survey), three areas; D = 2024-06-30. Scores worked out by hand. */
const D = '2024-06-30';

async function fixture(): Promise<NodeQueryRunner> {
	const db = await schemaDb();
	await insertRows(
		db,
		'member_states',
		[
			['KEN', 'Africa', 'African Group'],
			['NGA', 'Africa', 'African Group'],
			['FRA', 'Europe', 'Western European and Others Group'],
			['POL', 'Europe', 'Eastern European Group']
		].map(([iso3, region, group]) =>
			memberState(iso3, { name: `${iso3} name`, region, un_regional_group: group })
		)
	);
	await db.exec(`INSERT INTO thematic_areas VALUES
		('legislation', 'Legislation', ['1373', '1624', '2178'], FALSE, 1),
		('cft', 'CFT', ['1373', '2462'], FALSE, 2),
		('ftf', 'FTF', ['2178', '2396'], FALSE, 3)`);
	const item = (
		iso3: string,
		edition: string,
		as_of: string,
		area_code: string,
		question_id: string,
		rating: string
	) => ({ iso3, instrument: 'oia', edition, as_of, area_code, question_id, rating });
	await insertRows(db, 'survey_items', [
		item('KEN', '2016', '2016-03-01', 'legislation', 'q1', 'partial'),
		item('KEN', '2016', '2016-03-01', 'legislation', 'q2', 'not'),
		item('KEN', '2016', '2016-03-01', 'cft', 'q3', 'full'),
		item('KEN', '2021', '2021-03-01', 'legislation', 'q1', 'full'),
		item('KEN', '2021', '2021-03-01', 'legislation', 'q2', 'largely'),
		item('KEN', '2021', '2021-03-01', 'legislation', 'q7', 'no_information'),
		item('KEN', '2021', '2021-03-01', 'legislation', 'q8', 'not_applicable'),
		item('KEN', '2021', '2021-03-01', 'cft', 'q3', 'not'),
		item('KEN', '2021', '2021-03-01', 'cft', 'q4', 'partial'),
		item('KEN', '2021', '2021-03-01', 'ftf', 'q5', 'no_information'),
		item('NGA', '2021', '2021-06-01', 'legislation', 'q1', 'full'),
		item('NGA', '2021', '2021-06-01', 'legislation', 'q2', 'not'),
		item('NGA', '2021', '2021-06-01', 'cft', 'q3', 'largely'),
		// After D: never the latest edition.
		item('NGA', '2024', '2024-07-15', 'legislation', 'q1', 'full'),
		item('FRA', '2021', '2021-02-01', 'legislation', 'q1', 'not_applicable'),
		item('FRA', '2021', '2021-02-01', 'legislation', 'q2', 'not_applicable'),
		item('FRA', '2021', '2021-02-01', 'cft', 'q3', 'partial')
	]);
	await insertRows(db, 'fatf_ratings', [
		{ iso3: 'KEN', report_date: '2022-09', r6: 'LC', io10: 'ME' },
		{ iso3: 'NGA', report_date: '2021-06', r6: 'N/A', io10: 'LE' },
		{ iso3: 'FRA', report_date: '2022-05', r6: 'C', io10: 'SE' }
	]);
	return db;
}

describe('implementation gap indicators on native DuckDB', () => {
	let db: NodeQueryRunner;
	beforeAll(async () => {
		db = await fixture();
	});

	it('scores each State and area on its latest edition (G1-G3)', async () => {
		const rows = await db.run(stateAreaScores(NO_FILTERS, NO_GAP_FILTERS, D));
		expect(
			rows.map((r) => [
				r.iso3,
				r.area_code,
				r.g1_area_score,
				r.gap_items,
				r.rated_items,
				r.no_information_items,
				r.not_applicable_items,
				r.applicable_items
			])
		).toEqual([
			['FRA', 'cft', expect.closeTo(1 / 3, 12), 1, 1, 0, 0, 1],
			// Only not_applicable items: no score, no coverage, never a 0.
			['FRA', 'legislation', null, 0, 0, 0, 2, 0],
			['KEN', 'cft', expect.closeTo(1 / 6, 12), 2, 2, 0, 0, 2],
			['KEN', 'ftf', null, 0, 0, 1, 0, 1],
			['KEN', 'legislation', expect.closeTo(5 / 6, 12), 0, 2, 1, 1, 3],
			['NGA', 'cft', expect.closeTo(2 / 3, 12), 0, 1, 0, 0, 1],
			['NGA', 'legislation', 0.5, 1, 2, 0, 0, 2]
		]);
		expect(rows.some((r) => r.iso3 === 'POL')).toBe(false);
	});

	it('uses a chosen edition and the resolution filter', async () => {
		const y2016 = await db.run(
			stateAreaScores(NO_FILTERS, { ...NO_GAP_FILTERS, edition: '2016' }, D)
		);
		expect(y2016.map((r) => [r.iso3, r.area_code, r.g1_area_score])).toEqual([
			['KEN', 'cft', 1],
			['KEN', 'legislation', expect.closeTo(1 / 6, 12)]
		]);
		const r2178 = await db.run(
			stateAreaScores(NO_FILTERS, { ...NO_GAP_FILTERS, resolution: '2178' }, D)
		);
		expect([...new Set(r2178.map((r) => r.area_code))].sort()).toEqual(['ftf', 'legislation']);
	});

	it('aggregates the heatmap by region with base, G4 and pooled coverage', async () => {
		const rows = await db.run(gapHeatmap('region', NO_FILTERS, NO_GAP_FILTERS, D));
		expect(
			rows.map((r) => [
				r.row_key,
				r.area_code,
				r.mean_score,
				r.mean_gap_share,
				r.states_scored,
				r.states_below_half,
				r.rated_items,
				r.applicable_items,
				r.no_information_items,
				r.not_applicable_items
			])
		).toEqual([
			['Africa', 'cft', expect.closeTo(5 / 12, 12), 0.5, 2, 1, 3, 3, 0, 0],
			['Africa', 'ftf', null, null, 0, 0, 0, 1, 1, 0],
			// KEN 5/6 and NGA exactly 0.5: neither is below half, so G4 counts none.
			['Africa', 'legislation', expect.closeTo(2 / 3, 12), 0.25, 2, 0, 4, 5, 1, 1],
			['Europe', 'cft', expect.closeTo(1 / 3, 12), 1, 1, 1, 1, 1, 0, 0],
			['Europe', 'legislation', null, null, 0, 0, 0, 0, 0, 2]
		]);
		const byState = await db.run(
			gapHeatmap('state', { ...NO_FILTERS, region: 'Africa' }, NO_GAP_FILTERS, D)
		);
		expect([...new Set(byState.map((r) => r.row_key))]).toEqual(['KEN', 'NGA']);
	});

	it('computes the change between the two latest editions (G5)', async () => {
		const rows = await db.run(editionChanges(NO_FILTERS, NO_GAP_FILTERS, D));
		expect(
			rows.map((r) => [r.iso3, r.area_code, r.previous_edition, r.latest_edition, r.change])
		).toEqual([
			['KEN', 'legislation', '2016', '2021', expect.closeTo(2 / 3, 12)],
			['KEN', 'cft', '2016', '2021', expect.closeTo(-5 / 6, 12)]
		]);
	});

	it('summarises FATF R.6 and IO.10 by region, with unrated Members (E1)', async () => {
		expect(await db.run(fatfByRegion(NO_FILTERS))).toEqual([
			{
				region: 'Africa',
				r6_compliant: 1,
				r6_rated: 1,
				io10_effective: 0,
				io10_rated: 2,
				members: 2,
				unrated: 0
			},
			{
				region: 'Europe',
				r6_compliant: 1,
				r6_rated: 1,
				io10_effective: 1,
				io10_rated: 1,
				members: 2,
				unrated: 1
			}
		]);
		expect((await db.run(fatfUnratedMembers(NO_FILTERS))).map((r) => r.iso3)).toEqual(['POL']);
		const dist = await db.run(fatfDistribution({ ...NO_FILTERS, region: 'Europe' }));
		expect(dist.map((r) => [r.measure, r.rating, r.states])).toEqual([
			['IO.10', 'SE', 1],
			['IO.10', 'unrated', 1],
			['R.6', 'C', 1],
			['R.6', 'unrated', 1]
		]);
	});

	it('dates E1 by the FATF reports, for the source line', async () => {
		expect(await db.run(fatfReportPeriod(NO_FILTERS))).toEqual([
			{ first_report: '2021-06', last_report: '2022-09', rated: 3 }
		]);
		// POL (Europe) has no report: only FRA's date remains.
		expect(await db.run(fatfReportPeriod({ ...NO_FILTERS, region: 'Europe' }))).toEqual([
			{ first_report: '2022-05', last_report: '2022-05', rated: 1 }
		]);
		expect(await db.run(fatfReportPeriod({ ...NO_FILTERS, region: 'Oceania' }))).toEqual([
			{ first_report: null, last_report: null, rated: 0 }
		]);
	});

	it('lists the areas in order and the editions on file at D', async () => {
		expect(await db.run(thematicAreaList())).toEqual([
			{
				area_code: 'legislation',
				name: 'Legislation',
				resolutions: '1373;1624;2178',
				sort_order: 1
			},
			{ area_code: 'cft', name: 'CFT', resolutions: '1373;2462', sort_order: 2 },
			{ area_code: 'ftf', name: 'FTF', resolutions: '2178;2396', sort_order: 3 }
		]);
		// NGA's 2024 edition is dated after D: 2024 is not offered yet.
		expect(await db.run(surveyEditions(D))).toEqual([
			{ edition: '2021', states: 3 },
			{ edition: '2016', states: 1 }
		]);
		expect((await db.run(surveyEditions('2024-12-31')))[0]).toEqual({ edition: '2024', states: 1 });
	});
});
