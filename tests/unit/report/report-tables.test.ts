import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import type { FollowupRow } from '../../../src/lib/queries/followup';
import type { HeatmapCellRow } from '../../../src/lib/queries/gaps';
import type { StateVisitRow } from '../../../src/lib/queries/visits';
import type { ExtractManifest } from '../../../src/lib/schema';
import { extractVersion } from '../../../src/lib/hash/extract-version';
import { reportReferenceDate } from '../../../src/lib/state/report-date';
import {
	coverageByRegion,
	followupByYear,
	gapMatrix,
	lowestCell,
	yearAndTotal
} from '../../../src/lib/indicators/report-tables';

describe('report reference date', () => {
	test('a past year is read at its 31 December; the extract year and later at the extract D', () => {
		expect(reportReferenceDate(2023, '2026-10-29')).toEqual({
			date: '2023-12-31',
			basis: 'year_end',
			future: false
		});
		expect(reportReferenceDate(2026, '2026-10-29')).toEqual({
			date: '2026-10-29',
			basis: 'extract',
			future: false
		});
		expect(reportReferenceDate(2027, '2026-10-29')).toEqual({
			date: '2026-10-29',
			basis: 'extract',
			future: true
		});
	});
});

describe('extract short hash', () => {
	test('SHA-256 over tier, D and the table sums in name order, 8 hex digits', async () => {
		const table = (sha256: string) => ({ file: 'x.parquet', rows: 1, bytes: 1, sha256 });
		const manifest = {
			schemaVersion: 1,
			tier: 'public',
			referenceDate: '2026-10-29',
			source: 'demo',
			builtAt: '2026-11-28T00:00:00Z',
			tables: { b: table('bb'), a: table('aa') }
		} satisfies ExtractManifest;
		const expected = createHash('sha256')
			.update('tier:public\ndate:2026-10-29\na:aa\nb:bb\n')
			.digest('hex')
			.slice(0, 8);
		expect(extractVersion(manifest).shortHash).toBe(expected);
		const other = { ...manifest, tables: { ...manifest.tables, b: table('bc') } };
		expect(extractVersion(other).shortHash).not.toBe(expected);
	});
});

const state = (iso3: string, region: string, group: StateVisitRow['coverage_group']) =>
	({ iso3, region, coverage_group: group }) as StateVisitRow;

describe('report tables', () => {
	test('coverage by region with a total; an empty input has no rows', () => {
		const rows = coverageByRegion([
			state('A', 'Europe', 'within_5'),
			state('B', 'Africa', 'never'),
			state('C', 'Africa', 'over_10')
		]);
		expect(rows.map((r) => [r.region, r.states, r.visited, r.never, r.within5])).toEqual([
			['Africa', 2, 1, 1, 0],
			['Europe', 1, 1, 0, 1],
			[null, 3, 2, 1, 1]
		]);
		expect(rows[2].coverage.value).toBeCloseTo(2 / 3);
		expect(coverageByRegion([])).toEqual([]);
	});

	test('follow-up by year of adoption: R4 over due only; not due is not in the base', () => {
		const f = (adopted: string, s: FollowupRow['followup_state']) =>
			({ report_adopted: adopted, followup_state: s }) as FollowupRow;
		const rows = followupByYear([
			f('2021-03-01', 'on_time'),
			f('2021-05-01', 'overdue'),
			f('2022-01-01', 'late'),
			f('2023-06-01', 'not_due')
		]);
		expect(rows.map((r) => [r.year, r.onTime.numerator, r.onTime.denominator])).toEqual([
			[2021, 1, 2],
			[2022, 0, 1],
			[2023, 0, 0],
			[null, 1, 3]
		]);
		expect(rows[2].onTime.value).toBeNull();
		expect(followupByYear([])).toEqual([]);
	});

	test('year and total: a year with no unit is no data, not 0 %', () => {
		const rows = [
			{ year: 2022, category: 'all', numerator: 1, denominator: 4 },
			{ year: 2023, category: 'all', numerator: 3, denominator: 4 }
		];
		expect(yearAndTotal(rows, 2023).inYear.value).toBe(0.75);
		expect(yearAndTotal(rows, 2023).toDate.value).toBe(0.5);
		expect(yearAndTotal(rows, 2024).inYear.value).toBeNull();
		expect(yearAndTotal([], 2024).toDate.value).toBeNull();
	});

	test('gap matrix: areas in catalogue order, a region with no State scored is null; lowest cell', () => {
		const cell = (area: string, region: string, score: number | null) =>
			({
				area_code: area,
				row_key: region,
				row_label: region,
				mean_score: score
			}) as HeatmapCellRow;
		const cells = [
			cell('cft', 'Europe', 0.8),
			cell('legislation', 'Africa', 0.4),
			cell('cft', 'Africa', null)
		];
		const m = gapMatrix(cells, ['legislation', 'cft', 'ict']);
		expect(m.regions).toEqual(['Africa', 'Europe']);
		expect(m.rows.map((r) => [r.area, r.cells.map((c) => c?.mean_score ?? 'none')])).toEqual([
			['legislation', [0.4, 'none']],
			['cft', ['none', 0.8]]
		]);
		expect(lowestCell(cells)?.area_code).toBe('legislation');
		expect(lowestCell([cell('cft', 'Africa', null)])).toBeNull();
	});
});
