import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACT_TABLES } from '../../../src/lib/schema';
import {
	DATA_END,
	confRankOf,
	generateInTemp,
	readReference,
	readTables,
	removeTempDirs,
	rowsOf
} from './dataset';
import { schemaProblems, type Row, type Tables } from './schema-check';
import { validateSource } from '../../../scripts/extracts';
import { DEFAULT_REFERENCE_DIR as REFERENCE_DIR } from '../../../scripts/demo-data/reference';

let dir = '';
let tables: Tables = new Map();
let referenceDate = '';
const reference = readReference();

beforeAll(() => {
	const generated = generateInTemp();
	dir = generated.dir;
	referenceDate = generated.referenceDate;
	tables = readTables(dir);
});
afterAll(removeTempDirs);

const byKey = (rows: readonly Row[], key: string) => new Map(rows.map((r) => [r[key], r]));

describe('demo data files', () => {
	it('writes one CSV per fact table of the schema, plus source.json', () => {
		const expected = [...FACT_TABLES.map((t) => `${t.name}.csv`), 'source.json'].sort();
		expect(readdirSync(dir).sort()).toEqual(expected);
	});

	it('gives each file exactly the schema columns as its header', () => {
		for (const table of FACT_TABLES) {
			const header = readFileSync(join(dir, `${table.name}.csv`), 'utf8').split('\n', 1)[0];
			expect(header, table.name).toBe(table.columns.map((c) => c.name).join(','));
		}
	});

	it('has rows in every table', () => {
		for (const table of FACT_TABLES)
			expect(rowsOf(tables, table.name).length, table.name).toBeGreaterThan(100);
	});

	it('passes every type, enumeration, key, foreign-key and rule check of the schema', () => {
		expect(schemaProblems(tables, reference).slice(0, 20)).toEqual([]);
	});
});

describe('the schema check used here', () => {
	it('catches the faults the extract builder rejects', () => {
		const tampered = new Map(
			[...tables].map(([name, rows]) => [name, rows.map((r) => ({ ...r }))])
		);
		const [rec, duplicate] = rowsOf(tampered, 'recommendations') as Row[];
		rec.iso3 = rec.iso3 === 'FRA' ? 'DEU' : 'FRA';
		duplicate.rec_id = rec.rec_id;
		const engagement = rowsOf(tampered, 'engagements').find(
			(r) => r.participants_total !== ''
		) as Row;
		engagement.participants_women = String(Number(engagement.participants_total) + 1);
		const visit = rowsOf(tampered, 'assessments').find((r) => r.visit_start !== '') as Row;
		visit.visit_end = '2000-01-01';
		const problems = schemaProblems(tampered, reference).join('\n');
		expect(problems).toContain("iso3 differs from its assessment's iso3");
		expect(problems).toContain('duplicate key');
		expect(problems).toContain('participants_women is greater than participants_total');
		expect(problems).toContain('visit_end is before visit_start');
	});
});

describe('demo data keys and references', () => {
	it('uses only Member States', () => {
		const members = new Set(rowsOf(reference, 'member_states').map((r) => r.iso3));
		expect(members.size).toBe(193);
		const withIso3 = FACT_TABLES.filter((t) => t.columns.some((c) => c.name === 'iso3'));
		expect(withIso3.length).toBe(6);
		for (const table of withIso3) {
			const unknown = rowsOf(tables, table.name).filter(
				(r) => r.iso3 !== '' && !members.has(r.iso3)
			);
			expect(unknown.slice(0, 5), table.name).toEqual([]);
		}
	});

	it('has unique keys', () => {
		for (const table of FACT_TABLES) {
			const keys = rowsOf(tables, table.name).map((r) => table.key.map((k) => r[k]).join('|'));
			expect(new Set(keys).size, table.name).toBe(keys.length);
		}
	});

	it('resolves every foreign key between fact tables', () => {
		const assessments = byKey(rowsOf(tables, 'assessments'), 'assessment_id');
		const recs = byKey(rowsOf(tables, 'recommendations'), 'rec_id');
		const missing = [
			...rowsOf(tables, 'assessments').filter(
				(r) => r.parent_assessment_id && !assessments.has(r.parent_assessment_id)
			),
			...rowsOf(tables, 'recommendations').filter((r) => !assessments.has(r.assessment_id)),
			...rowsOf(tables, 'recommendation_status').filter((r) => !recs.has(r.rec_id)),
			...rowsOf(tables, 'technical_assistance').filter((r) => r.rec_id && !recs.has(r.rec_id)),
			...rowsOf(tables, 'engagements').filter(
				(r) => r.assessment_id && !assessments.has(r.assessment_id)
			)
		];
		expect(missing.slice(0, 5)).toEqual([]);
	});

	it("gives a recommendation its assessment's State and adoption date", () => {
		const assessments = byKey(rowsOf(tables, 'assessments'), 'assessment_id');
		const mismatched = rowsOf(tables, 'recommendations').filter((r) => {
			const a = assessments.get(r.assessment_id);
			return r.iso3 !== a?.iso3 || r.issued !== a?.report_adopted;
		});
		expect(mismatched.slice(0, 5)).toEqual([]);
	});

	it('points a follow-up at an earlier assessment of the same State', () => {
		const assessments = byKey(rowsOf(tables, 'assessments'), 'assessment_id');
		const followUps = rowsOf(tables, 'assessments').filter(
			(r) => r.assessment_type === 'follow_up'
		);
		expect(followUps.length).toBeGreaterThan(10);
		for (const f of followUps) {
			const parent = assessments.get(f.parent_assessment_id);
			expect(parent?.iso3).toBe(f.iso3);
			expect((parent?.visit_end ?? '') < f.visit_start).toBe(true);
		}
	});

	it('links assistance to a recommendation naming an assistance need, same State and area', () => {
		const recs = byKey(rowsOf(tables, 'recommendations'), 'rec_id');
		const linked = rowsOf(tables, 'technical_assistance').filter((r) => r.rec_id !== '');
		expect(linked.length).toBeGreaterThan(100);
		const wrong = linked.filter((t) => {
			const rec = recs.get(t.rec_id);
			return (
				rec?.technical_assistance !== 'true' || rec.iso3 !== t.iso3 || rec.area_code !== t.area_code
			);
		});
		expect(wrong.slice(0, 5)).toEqual([]);
		expect(rowsOf(tables, 'technical_assistance').some((r) => r.rec_id === '')).toBe(true);
	});

	it("dates a visit's consultations near the visit, with the visit's State", () => {
		const assessments = byKey(rowsOf(tables, 'assessments'), 'assessment_id');
		const linked = rowsOf(tables, 'engagements').filter((r) => r.assessment_id !== '');
		expect(linked.length).toBeGreaterThan(50);
		for (const e of linked) {
			const a = assessments.get(e.assessment_id);
			expect(e.iso3).toBe(a?.iso3);
			const earliest = new Date(Date.parse(a?.visit_start ?? '') - 14 * 86_400_000)
				.toISOString()
				.slice(0, 10);
			const latest = a?.report_adopted || a?.visit_end || '';
			expect(e.date >= earliest && e.date <= latest, `${e.engagement_id} on ${e.date}`).toBe(true);
		}
	});
});

describe('demo data dates and counts', () => {
	it('keeps date orders: visits, reports, status observations and assistance', () => {
		const recs = byKey(rowsOf(tables, 'recommendations'), 'rec_id');
		const broken = [
			...rowsOf(tables, 'assessments').filter(
				(r) =>
					(r.visit_end !== '' && r.visit_end < r.visit_start) ||
					(r.report_adopted !== '' && r.visit_end !== '' && r.report_adopted < r.visit_end) ||
					(r.followup_report_date !== '' && r.followup_report_date <= r.report_adopted)
			),
			...rowsOf(tables, 'recommendation_status').filter(
				(s) => s.as_of < (recs.get(s.rec_id)?.issued ?? '')
			),
			...rowsOf(tables, 'technical_assistance').filter(
				(t) => t.end_date !== '' && t.end_date < t.start_date
			)
		];
		expect(broken.slice(0, 5)).toEqual([]);
	});

	it('ends every observation by 2026-10-31, with the latest close to it', () => {
		const observed = [
			...rowsOf(tables, 'recommendation_status').map((r) => r.as_of),
			...rowsOf(tables, 'engagements').map((r) => r.date),
			...rowsOf(tables, 'assessments').flatMap((r) => [
				r.visit_end,
				r.report_adopted,
				r.followup_report_date
			])
		].filter((d) => d !== '');
		const latest = observed.reduce((x, y) => (y > x ? y : x));
		expect(latest <= DATA_END).toBe(true);
		expect(latest >= '2026-10-01').toBe(true);
		expect(referenceDate).toBe(latest);
	});

	// The builder refuses dates after the day of the build: the demo must pass on the first day after its data.
	it('passes the extract builder on the day after its data ends', async () => {
		const [year, month, day] = DATA_END.split('-').map(Number);
		const report = await validateSource({
			source: dir,
			reference: REFERENCE_DIR,
			now: () => new Date(year, month - 1, day + 1, 12)
		});
		expect(report.problems).toEqual([]);
	});

	it('never counts more women than participants', () => {
		const engagements = rowsOf(tables, 'engagements');
		const both = engagements.filter(
			(r) => r.participants_total !== '' && r.participants_women !== ''
		);
		expect(both.length).toBeGreaterThan(100);
		expect(both.filter((r) => Number(r.participants_women) > Number(r.participants_total))).toEqual(
			[]
		);
		expect(
			engagements.some((r) => r.participants_total === '' && r.participants_women === '')
		).toBe(true);
	});
});

describe('demo data confidentiality', () => {
	it('has all three levels, and a few empty cells, in every fact table', () => {
		for (const table of FACT_TABLES) {
			const levels = new Set(rowsOf(tables, table.name).map((r) => r.conf_level));
			for (const level of ['public', 'un_system', 'restricted'])
				expect(levels.has(level), `${table.name} ${level}`).toBe(true);
		}
		expect(rowsOf(tables, 'assessments').some((r) => r.conf_level === '')).toBe(true);
	});

	it('never makes a child row less restricted than its parent', () => {
		const assessments = byKey(rowsOf(tables, 'assessments'), 'assessment_id');
		const recs = byKey(rowsOf(tables, 'recommendations'), 'rec_id');
		const looser = (child: Row, parent: Row | undefined) =>
			confRankOf(child.conf_level) < confRankOf(parent?.conf_level ?? '');
		const leaks = [
			...rowsOf(tables, 'assessments').filter(
				(r) => r.parent_assessment_id && looser(r, assessments.get(r.parent_assessment_id))
			),
			...rowsOf(tables, 'recommendations').filter((r) =>
				looser(r, assessments.get(r.assessment_id))
			),
			...rowsOf(tables, 'recommendation_status').filter((r) => looser(r, recs.get(r.rec_id))),
			...rowsOf(tables, 'technical_assistance').filter(
				(r) => r.rec_id && looser(r, recs.get(r.rec_id))
			),
			...rowsOf(tables, 'engagements').filter(
				(r) => r.assessment_id && looser(r, assessments.get(r.assessment_id))
			)
		];
		expect(leaks.slice(0, 5)).toEqual([]);
	});
});
