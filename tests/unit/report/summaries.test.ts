import { describe, expect, test } from 'vitest';
import {
	coverageSummary,
	crossCuttingSummary,
	followupSummary,
	gapsSummary,
	implementationSummary,
	trendSummary,
	turnaroundSummary,
	visitsSummary
} from '../../../src/lib/export/report-summaries';
import { rate } from '../../../src/lib/indicators/rate';
import type { HeatmapCellRow } from '../../../src/lib/queries/gaps';

const D = '2023-12-31';

describe('report summaries', () => {
	test('visits: the year, the running total, and "no visit" in words', () => {
		const rows = [
			{ year: 2022, visits: 4, cumulative_visits: 10, cumulative_states: 7 },
			{ year: 2023, visits: 1200, cumulative_visits: 1210, cumulative_states: 99 }
		];
		expect(visitsSummary(rows, 3, 2023, D)).toBe(
			'In 2023, CTED conducted 1,200 visits to 3 Member States. By 31 Dec 2023, 1,210 visits to 99 States had been conducted in total.'
		);
		expect(visitsSummary(rows.slice(0, 1), 0, 2023, D)).toBe(
			'No visit is recorded in 2023. By 31 Dec 2023, 10 visits to 7 States had been conducted in total.'
		);
		expect(visitsSummary([], 0, 2023, D)).toBe('No visit is recorded up to 31 Dec 2023.');
	});

	test('coverage states n of N with the share; no Member State is "no data"', () => {
		expect(coverageSummary(rate(120, 193), 73, D)).toBe(
			'By 31 Dec 2023, 120 of the 193 Member States (62.2%) had received at least one visit; 73 had never been visited.'
		);
		expect(coverageSummary(rate(0, 0), 0, D)).toBe('No Member State is on file at 31 Dec 2023.');
	});

	test('turnaround reads the row of the reporting year only', () => {
		const rows = [{ year: 2022, reports: 5, median_days: 180.5, p90_days: 301 }];
		expect(turnaroundSummary(rows, 2022, D)).toBe(
			'For visits that ended in 2022, the median time to adoption of the report was 181 days (90th percentile 301 days; 5 reports adopted by 31 Dec 2023).'
		);
		expect(turnaroundSummary(rows, 2023, D)).toBe(
			'No report on a visit that ended in 2023 had been adopted by 31 Dec 2023.'
		);
	});

	test('follow-up: on time over due, overdue counted; nothing due is said, not 0 %', () => {
		expect(followupSummary(rate(3, 4), 1, D)).toBe(
			'Of the 4 assessments whose follow-up report was due by 31 Dec 2023, 3 (75%) were reported on time; overdue at that date: 1.'
		);
		expect(followupSummary(rate(0, 0), 0, D)).toBe('No follow-up report was due by 31 Dec 2023.');
	});

	test('implementation gives R1 and R2 with n / N', () => {
		expect(implementationSummary(rate(1, 3), rate(2, 3), D)).toBe(
			'At 31 Dec 2023, 33.3% of recommendations issued at least 12 months earlier were implemented (1 / 3) and 66.7% were implemented or partially implemented (2 / 3).'
		);
		expect(implementationSummary(rate(0, 0), rate(0, 0), D)).toBe(
			'No recommendation issued at least 12 months before 31 Dec 2023 is on file.'
		);
	});

	test('gaps names the weakest area and region; no score is said in words', () => {
		const low = { row_label: 'Africa', area_code: 'cft', mean_score: 0.333 } as HeatmapCellRow;
		expect(gapsSummary(rate(2, 8), low, (c) => c.toUpperCase(), D)).toBe(
			'At 31 Dec 2023, 25% of State scores by area were below 0.5 (2 / 8); the lowest regional mean was CFT in Africa (0.33).'
		);
		expect(gapsSummary(rate(0, 0), null, (c) => c, D)).toBe(
			'No survey score is on file at 31 Dec 2023.'
		);
	});

	test('trend: one missing rate is "No data", all missing is said once', () => {
		expect(trendSummary(rate(1, 2), rate(0, 0), rate(1, 4), 2023)).toBe(
			"In 2023, share of reports adopted with gender analysis (W1): 50%; with children's rights (C1): No data. Share of recommendations issued on human rights (H1): 25%."
		);
		expect(trendSummary(rate(0, 0), rate(0, 0), rate(0, 0), 2023)).toBe(
			'No report was adopted and no recommendation issued in 2023.'
		);
	});

	test('cross-cutting: year and to-date, no data in the year, no data at all', () => {
		expect(crossCuttingSummary('W1 Gender', rate(1, 4), rate(5, 10), 2023, D)).toBe(
			'W1 Gender: 25% in 2023 (1 / 4). Over all years to 31 Dec 2023: 50% (5 / 10).'
		);
		expect(crossCuttingSummary('W1 Gender', rate(0, 0), rate(5, 10), 2023, D)).toBe(
			'W1 Gender: no data in 2023. Over all years to 31 Dec 2023: 50% (5 / 10).'
		);
		expect(crossCuttingSummary('W1 Gender', rate(0, 0), rate(0, 0), 2023, D)).toBe(
			'W1 Gender: no data up to 31 Dec 2023.'
		);
	});
});
