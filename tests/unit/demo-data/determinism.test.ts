import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	generateInTemp,
	lineCount,
	readReference,
	readTables,
	removeTempDirs,
	rowsOf
} from './dataset';
import { schemaProblems } from './schema-check';

let first = '';
let same = '';
let other = '';

beforeAll(() => {
	first = generateInTemp(2395).dir;
	same = generateInTemp(2395).dir;
	other = generateInTemp(7).dir;
});
afterAll(removeTempDirs);

const file = (dir: string, name: string) => readFileSync(join(dir, name));

describe('demo data determinism', () => {
	it('writes byte-identical files for the same seed and scale', () => {
		const names = readdirSync(first).sort();
		expect(readdirSync(same).sort()).toEqual(names);
		for (const name of names) expect(file(same, name).equals(file(first, name)), name).toBe(true);
	});

	it('writes different data for a different seed', () => {
		for (const name of [
			'assessments.csv',
			'recommendations.csv',
			'survey_items.csv',
			'engagements.csv'
		]) {
			expect(file(other, name).equals(file(first, name)), name).toBe(false);
		}
	});

	it('labels the dataset as demo data with its seed, scale and generator', () => {
		expect(JSON.parse(file(first, 'source.json').toString('utf8'))).toEqual({
			label: 'demo',
			seed: 2395,
			scale: 1,
			generator: 'ctc-demo-data/1'
		});
		expect(JSON.parse(file(other, 'source.json').toString('utf8')).seed).toBe(7);
	});

	it('keeps another seed valid and near the public visit figures', () => {
		const tables = readTables(other);
		expect(schemaProblems(tables, readReference()).slice(0, 20)).toEqual([]);
		const visits = rowsOf(tables, 'assessments').filter((r) => r.assessment_type !== 'desk_review');
		const byEnd2024 = visits.filter((r) => r.visit_end <= '2024-09-30');
		expect(byEnd2024.length).toBeGreaterThan(180);
		expect(byEnd2024.length).toBeLessThan(230);
	});
});

describe('demo data scale', () => {
	it('doubles the assessments at --scale 2, with unique ids and valid rows', () => {
		const doubled = generateInTemp(2395, 2).dir;
		// Status and survey rows are left out of the parse: they are the bulk and hold no ids.
		const tables = readTables(doubled, [
			'assessments',
			'recommendations',
			'technical_assistance',
			'engagements',
			'visit_plan'
		]);
		const single = rowsOf(readTables(first, ['assessments']), 'assessments').length;
		const double = rowsOf(tables, 'assessments');
		expect(double.length / single).toBeGreaterThan(1.8);
		expect(double.length / single).toBeLessThan(2.2);
		expect(new Set(double.map((r) => r.assessment_id)).size).toBe(double.length);
		expect(schemaProblems(tables, readReference()).slice(0, 20)).toEqual([]);
		for (const table of ['survey_items', 'recommendation_status', 'technical_assistance']) {
			const ratio = lineCount(doubled, table) / lineCount(first, table);
			expect(ratio, table).toBeGreaterThan(1.6);
			expect(ratio, table).toBeLessThan(2.4);
		}
	});
});
