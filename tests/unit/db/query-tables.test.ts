import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../src/lib/queries/filters';
import { fatfByRegion } from '../../../src/lib/queries/external';
import { surveyEditions, thematicAreaList } from '../../../src/lib/queries/gaps';
import { overviewIndicators, overviewVisitsTrend } from '../../../src/lib/queries/overview';
import { query } from '../../../src/lib/sql/query';
import { tablesReadBy } from '../../../src/lib/schema';
import { insertRows, schemaDb } from '../../helpers/fixture-db';

describe('the tables a query reads, found in its SQL', () => {
	it('names every extract table, derived ones included, in schema order', () => {
		expect(
			tablesReadBy(`SELECT count(*) FROM recommendation_spans s
			JOIN recommendations r USING (rec_id) WHERE r.iso3 IN (SELECT iso3 FROM Member_States)`)
		).toEqual(['member_states', 'recommendations', 'recommendation_spans']);
	});

	it('matches whole identifiers only, outside string literals and comments', () => {
		expect(
			tablesReadBy(`SELECT 'assessments' AS t, 'it''s engagements' AS u -- survey_items
			FROM "visit_plan" /* gti_scores */ JOIN recommendation_status_x USING (iso3)
			WHERE x.recommendations_count > 0`)
		).toEqual(['visit_plan']);
	});

	it('is recorded by query() for the builders, as checked by hand', () => {
		const d = '2025-06-30';
		expect(thematicAreaList().tables).toEqual(['thematic_areas']);
		expect(surveyEditions(d).tables).toEqual(['survey_items']);
		expect(fatfByRegion(NO_FILTERS).tables).toEqual(['member_states', 'fatf_ratings']);
		expect(overviewVisitsTrend(NO_FILTERS, d).tables).toEqual(['member_states', 'assessments']);
		expect(overviewIndicators(NO_FILTERS, d, ['R1']).tables).toEqual([
			'member_states',
			'recommendations',
			'recommendation_spans'
		]);
	});

	it('fails a fixture query whose SQL reads a table it does not declare', async () => {
		const db = await schemaDb();
		await insertRows(db, 'thematic_areas', [{ area_code: 'cft', name: 'CFT', sort_order: 1 }]);
		const undeclared = {
			...query<{ n: number }>('SELECT count(*) AS n FROM thematic_areas'),
			tables: []
		};
		await expect(db.run(undeclared)).rejects.toThrow(/thematic_areas/);
		expect(await db.run(query<{ n: number }>('SELECT count(*) AS n FROM thematic_areas'))).toEqual([
			{ n: 1 }
		]);
	});
});
