/**
 * The demo is shown to the Committee: these tests keep its orders of
 * magnitude and trends plausible (public figures in INDICATORS.md).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateInTemp, readTables, removeTempDirs, rowsOf, share } from './dataset';
import type { Row, Tables } from './schema-check';

let tables: Tables = new Map();
beforeAll(() => {
	tables = readTables(generateInTemp().dir);
});
afterAll(removeTempDirs);

const visits = () =>
	rowsOf(tables, 'assessments').filter((r) => r.assessment_type !== 'desk_review');
const visitedBy = (date: string) => visits().filter((r) => r.visit_end <= date);
const yes = (column: string) => (r: Row) => r[column] === 'true';

describe('demo assessments', () => {
	it('roughly matches the public cumulative visit figures', () => {
		const checkpoints: [string, number, number][] = [
			['2017-09-30', 133, 93],
			['2021-11-30', 181, 117],
			['2024-09-30', 205, 119]
		];
		for (const [date, visitCount, stateCount] of checkpoints) {
			const done = visitedBy(date);
			expect(Math.abs(done.length - visitCount) / visitCount, date).toBeLessThan(0.12);
			expect(
				Math.abs(new Set(done.map((r) => r.iso3)).size - stateCount) / stateCount,
				date
			).toBeLessThan(0.12);
		}
		const neverVisited = 193 - new Set(visits().map((r) => r.iso3)).size;
		expect(neverVisited).toBeGreaterThanOrEqual(55);
		expect(neverVisited).toBeLessThanOrEqual(80);
	});

	it('has every assessment type, and mostly virtual visits in the pandemic', () => {
		const types = new Set(rowsOf(tables, 'assessments').map((r) => r.assessment_type));
		expect([...types].sort()).toEqual([
			'comprehensive',
			'desk_review',
			'focused',
			'follow_up',
			'regional'
		]);
		const pandemic = visits().filter(
			(r) => r.visit_start >= '2020-04-01' && r.visit_start <= '2021-12-31'
		);
		expect(share(pandemic, (r) => r.modality !== 'in_person')).toBeGreaterThan(0.6);
		expect(
			share(
				visits().filter((r) => r.visit_start < '2020-01-01'),
				(r) => r.modality === 'in_person'
			)
		).toBe(1);
	});

	it('makes gender analysis and consultations far more frequent after resolution 2395', () => {
		const before = visits().filter((r) => r.visit_start < '2017-12-21');
		const after = visits().filter((r) => r.visit_start >= '2022-01-01');
		expect(share(before, yes('gender_analysis'))).toBeLessThan(0.25);
		expect(share(after, yes('gender_analysis'))).toBeGreaterThan(0.6);
		for (const column of [
			'gender_expert',
			'human_rights_expert',
			'child_rights_analysis',
			'child_rights_actors_consulted'
		]) {
			expect(share(after, yes(column)), column).toBeGreaterThan(share(before, yes(column)) + 0.2);
		}
		const consulted = (r: Row) => Number(r.womens_orgs_consulted) > 0;
		expect(share(after, consulted)).toBeGreaterThan(share(before, consulted) + 0.3);
	});

	it('leaves recent reports unadopted and some follow-up reports missing or late', () => {
		const adopted = rowsOf(tables, 'assessments').filter(
			(r) => r.report_adopted !== '' && r.report_adopted < '2025-06-01'
		);
		expect(visits().some((r) => r.report_adopted === '')).toBe(true);
		expect(adopted.some((r) => r.followup_report_date === '')).toBe(true);
		const late = (r: Row) =>
			Date.parse(r.followup_report_date) - Date.parse(r.report_adopted) > 366 * 86_400_000;
		expect(adopted.some((r) => r.followup_report_date !== '' && late(r))).toBe(true);
	});
});

describe('demo recommendations', () => {
	it('gives visits 20-60 recommendations and desk reviews 5-20', () => {
		const counts = new Map<string, number>();
		for (const r of rowsOf(tables, 'recommendations'))
			counts.set(r.assessment_id, (counts.get(r.assessment_id) ?? 0) + 1);
		for (const a of rowsOf(tables, 'assessments').filter((r) => r.report_adopted !== '')) {
			const [min, max] = a.assessment_type === 'desk_review' ? [5, 20] : [20, 60];
			const n = counts.get(a.assessment_id) ?? 0;
			expect(n >= min && n <= max, `${a.assessment_id}: ${n}`).toBe(true);
		}
	});

	it('has about 15 % human-rights recommendations in 2017-2023 and rising gender content', () => {
		const recs = rowsOf(tables, 'recommendations');
		const period = recs.filter((r) => r.issued >= '2017-01-01' && r.issued <= '2023-12-31');
		expect(share(period, yes('human_rights'))).toBeGreaterThan(0.1);
		expect(share(period, yes('human_rights'))).toBeLessThan(0.2);
		const gendered = (r: Row) => r.gender !== 'none';
		expect(
			share(
				recs.filter((r) => r.issued >= '2022'),
				gendered
			)
		).toBeGreaterThan(
			2 *
				share(
					recs.filter((r) => r.issued < '2017'),
					gendered
				)
		);
		expect(share(recs, (r) => r.priority === 'priority')).toBeCloseTo(0.2, 1);
		expect(share(recs, yes('technical_assistance'))).toBeCloseTo(0.3, 1);
	});

	it('writes varied wording that exercises CSV quoting', () => {
		const texts = rowsOf(tables, 'recommendations').map((r) => r.text);
		expect(new Set(texts).size).toBeGreaterThan(texts.length / 4);
		expect(texts.some((t) => t === '')).toBe(true);
		for (const mark of [',', '"', '\n'])
			expect(
				texts.some((t) => t.includes(mark)),
				JSON.stringify(mark)
			).toBe(true);
	});

	it('takes years to implement, and leaves some histories stale or unfinished', () => {
		const issued = new Map(rowsOf(tables, 'recommendations').map((r) => [r.rec_id, r.issued]));
		const history = rowsOf(tables, 'recommendation_status');
		// Reporting stops once a recommendation is implemented, so each has at most one such row.
		const yearsToImplement = history
			.filter((s) => s.status === 'implemented')
			.map(
				(s) =>
					(Date.parse(s.as_of) - Date.parse(issued.get(s.rec_id) ?? '')) / (365.25 * 86_400_000)
			)
			.sort((x, y) => x - y);
		expect(yearsToImplement[Math.floor(yearsToImplement.length / 2)]).toBeGreaterThan(2.5);
		const latestOf = new Map<string, Row>();
		for (const s of history)
			if (s.as_of > (latestOf.get(s.rec_id)?.as_of ?? '')) latestOf.set(s.rec_id, s);
		const latest = [...latestOf.values()];
		const statuses = new Set(rowsOf(tables, 'recommendation_status').map((r) => r.status));
		expect(statuses.size).toBe(6);
		const open = latest.filter(
			(s) => s.status !== 'implemented' && s.status !== 'no_longer_relevant'
		);
		expect(share(open, (s) => s.as_of < '2024-10-31')).toBeGreaterThan(0.05);
		expect(share(open, (s) => s.as_of < '2024-10-31')).toBeLessThan(0.6);
	});
});

describe('demo surveys, plans and engagements', () => {
	it('rates the same questions over several editions, mostly improving', () => {
		const items = rowsOf(tables, 'survey_items');
		const editions = new Set(items.map((r) => `${r.instrument} ${r.edition}`));
		expect(editions.size).toBeGreaterThanOrEqual(3);
		const areaOf = new Map<string, Set<string>>();
		for (const r of items)
			areaOf.set(r.question_id, (areaOf.get(r.question_id) ?? new Set()).add(r.area_code));
		expect([...areaOf.values()].every((areas) => areas.size === 1)).toBe(true);
		const score = { full: 1, largely: 2 / 3, partial: 1 / 3, not: 0 } as Record<string, number>;
		const mean = (edition: string) => {
			const rated = items.filter(
				(r) => r.instrument === 'oia' && r.edition === edition && r.rating in score
			);
			return rated.reduce((sum, r) => sum + score[r.rating], 0) / rated.length;
		};
		expect(mean('2024')).toBeGreaterThan(mean('2016'));
		expect(items.some((r) => r.rating === 'no_information')).toBe(true);
		expect(items.some((r) => r.rating === 'not_applicable')).toBe(true);
		expect(items.every((r) => r.as_of.startsWith(r.edition))).toBe(true);
		expect(new Set(items.map((r) => r.iso3)).size).toBeLessThan(185);
	});

	it('mostly visits the approved States that consented, in the list year', () => {
		const visited = new Set(visits().map((r) => `${r.visit_start.slice(0, 4)} ${r.iso3}`));
		const granted = rowsOf(tables, 'visit_plan').filter(
			(r) => r.consent === 'granted' && r.committee_approved === 'true' && r.plan_year <= '2025'
		);
		expect(share(granted, (r) => visited.has(`${r.plan_year} ${r.iso3}`))).toBeGreaterThan(0.7);
		expect(new Set(rowsOf(tables, 'visit_plan').map((r) => r.consent)).size).toBe(5);
	});

	it('adds gender content to more engagements after 2017', () => {
		const engagements = rowsOf(tables, 'engagements').filter(
			(r) => r.kind !== 'womens_org_consultation'
		);
		const before = engagements.filter((r) => r.date < '2017-12-21');
		const after = engagements.filter((r) => r.date >= '2022-01-01');
		expect(share(after, yes('gender_content'))).toBeGreaterThan(
			share(before, yes('gender_content')) + 0.25
		);
		expect(new Set(rowsOf(tables, 'engagements').map((r) => r.kind)).size).toBe(8);
	});
});
