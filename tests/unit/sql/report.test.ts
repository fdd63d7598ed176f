import { describe, expect, it } from 'vitest';
import { crossCuttingByYear } from '../../../src/lib/queries/cross-cutting';
import { NO_FILTERS } from '../../../src/lib/queries/filters';
import {
	REPORT_CROSS_CUTTING_IDS,
	REPORT_QUERIES,
	reportCrossCuttingQuery,
	runReportQueries
} from '../../../src/lib/queries/report';
import { schemaDb } from '../../helpers/fixture-db';

/*
 * The annual report's book (queries/report.ts): every query of it runs on the
 * schema's tables and declares each table it reads, and it is the indicator's
 * own query with no filter. The numbers are tested where the book states them
 * (tests/unit/report/report-cli.test.ts, on the demo extracts).
 */
describe("the annual report's queries", () => {
	it('all run on the schema database, declaring the tables they scan', async () => {
		const db = await schemaDb();
		const asked: string[] = [];
		const rows = await runReportQueries(
			(q) => {
				asked.push(q.sql);
				return db.run(q);
			},
			2025,
			'2025-12-31'
		);
		expect(asked).toHaveLength(
			Object.keys(REPORT_QUERIES).length + REPORT_CROSS_CUTTING_IDS.length
		);
		expect(Object.keys(rows.crossCutting).sort()).toEqual([...REPORT_CROSS_CUTTING_IDS].sort());
		expect(rows.visits).toEqual([]);
	});

	it("a cross-cutting line is the indicator's query over all Member States at D", () => {
		const d = '2024-12-31';
		for (const id of REPORT_CROSS_CUTTING_IDS) {
			expect(reportCrossCuttingQuery(id, d)).toEqual(crossCuttingByYear(id, NO_FILTERS, d));
		}
	});

	it('the in-year headline reads the reporting year alone', () => {
		const q = REPORT_QUERIES.yearHeadline('2025-12-31', 2025);
		expect(q.params).toContain(2025);
		expect(REPORT_QUERIES.headline('2025-12-31', 2025).params).not.toContain(2025);
	});
});
