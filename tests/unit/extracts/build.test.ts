import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractManifest } from '../../../scripts/extracts';
import {
	DERIVED_TABLES,
	duckdbType,
	EXTRACT_TABLES,
	SCHEMA_VERSION,
	TIERS
} from '../../../src/lib/schema';
import {
	FACT_NAMES,
	FIXTURE_REFERENCE_DATES,
	FIXTURE_TIER_ROWS,
	csvText,
	fixtureTables,
	writeCsvSource,
	writeXlsxSource
} from './fixture';
import { BUILT_AT, build, parquetColumns, readParquet, removeTempDirs, tempDir } from './harness';

const REFERENCE_ROWS = {
	member_states: 6,
	thematic_areas: 14,
	fatf_ratings: 6,
	wps_index: 6,
	gti_scores: 8
};

let out: string;
let manifests: Record<string, ExtractManifest>;

const manifestOf = (dir: string, tier: string): ExtractManifest =>
	JSON.parse(readFileSync(join(dir, tier, 'manifest.json'), 'utf8')) as ExtractManifest;

/** The SHA-256 of every Parquet file of every tier: equal maps mean identical extracts. */
const parquetHashes = (dir: string): Record<string, string> => {
	const hashes: Record<string, string> = {};
	for (const tier of TIERS) {
		for (const [name, t] of Object.entries(manifestOf(dir, tier).tables))
			hashes[`${tier}/${name}`] = t.sha256;
	}
	return hashes;
};

beforeAll(async () => {
	const source = tempDir();
	writeCsvSource(source, fixtureTables());
	out = join(tempDir(), 'extracts');
	const report = await build({ source, out });
	if (!report.ok) throw new Error(JSON.stringify(report.problems));
	manifests = report.manifests;
});

afterAll(removeTempDirs);

describe('a valid source', () => {
	it('writes every table of the schema and every derived table for every tier, and nothing else', () => {
		expect(readdirSync(out).sort()).toEqual([...TIERS].sort());
		for (const tier of TIERS) {
			const files = EXTRACT_TABLES.map((t) => `${t.name}.parquet`);
			expect(readdirSync(join(out, tier)).sort()).toEqual([...files, 'manifest.json'].sort());
		}
		expect(readdirSync(dirname(out))).toEqual(['extracts']);
	});

	it('writes a manifest per tier that matches the files', () => {
		TIERS.forEach((tier, rank) => {
			const m = manifestOf(out, tier);
			expect(m).toEqual(manifests[tier]);
			expect(m).toMatchObject({
				schemaVersion: SCHEMA_VERSION,
				tier,
				referenceDate: FIXTURE_REFERENCE_DATES[rank],
				referenceDateFrom: 'data',
				source: 'real',
				builtAt: BUILT_AT.toISOString()
			});
			expect(Object.keys(m.tables)).toEqual(EXTRACT_TABLES.map((t) => t.name));
			for (const [name, entry] of Object.entries(m.tables)) {
				const bytes = readFileSync(join(out, tier, entry.file));
				expect(entry.file).toBe(`${name}.parquet`);
				expect(entry.bytes).toBe(bytes.length);
				expect(entry.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
			}
		});
	});

	it('keeps in each tier the rows at or below it, and every reference row in every tier', async () => {
		for (const [rank, tier] of TIERS.entries()) {
			const tables = manifestOf(out, tier).tables;
			for (const name of FACT_NAMES) {
				expect([tier, name, tables[name].rows]).toEqual([
					tier,
					name,
					FIXTURE_TIER_ROWS[name][rank]
				]);
				expect(await readParquet(join(out, tier, `${name}.parquet`))).toHaveLength(
					tables[name].rows
				);
			}
			for (const [name, rows] of Object.entries(REFERENCE_ROWS)) {
				expect(tables[name as keyof typeof tables].rows).toBe(rows);
			}
		}
	});

	it('stores columns in schema order with their exact DuckDB types', async () => {
		for (const table of EXTRACT_TABLES) {
			const columns = await parquetColumns(join(out, 'restricted', `${table.name}.parquet`));
			expect(columns).toEqual(table.columns.map((c) => [c.name, duckdbType(c.type)]));
		}
	});

	it('stores the effective level: a row is as restricted as what it refers to', async () => {
		const levels = async (name: string, id: string): Promise<Record<string, unknown>> =>
			Object.fromEntries(
				(await readParquet(join(out, 'restricted', `${name}.parquet`))).map((r) => [
					r[id],
					r.conf_level
				])
			);
		expect(await levels('assessments', 'assessment_id')).toEqual({
			A1: 'public',
			A2: 'un_system',
			A3: 'un_system',
			A4: 'restricted',
			A5: 'restricted'
		});
		expect(await levels('recommendations', 'rec_id')).toEqual({
			R1: 'public',
			R2: 'un_system',
			R3: 'un_system',
			R4: 'un_system',
			R5: 'restricted',
			R6: 'restricted'
		});
		expect(await levels('technical_assistance', 'ta_id')).toEqual({
			T1: 'public',
			T2: 'un_system',
			T3: 'public',
			T4: 'restricted'
		});
		expect(await levels('engagements', 'engagement_id')).toEqual({
			E1: 'public',
			E2: 'public',
			E3: 'restricted',
			E4: 'un_system'
		});
	});

	it("derives each tier's spans and milestones from that tier's recommendations only", async () => {
		// By hand from the fixture: public holds R1; un_system R1-R4; restricted R1-R6.
		const tierRecs = [['R1'], ['R1', 'R2', 'R3', 'R4'], ['R1', 'R2', 'R3', 'R4', 'R5', 'R6']];
		const spans = [
			['R1', 'not_started', '2021-06-10', '2021-12-01'],
			['R1', 'in_progress', '2021-12-01', '2022-12-01'],
			['R1', 'implemented', '2022-12-01', null],
			['R2', 'not_started', '2021-06-10', '2022-06-01'],
			['R2', 'partially_implemented', '2022-06-01', null],
			['R3', 'not_started', '2022-04-01', '2022-10-01'],
			['R3', 'in_progress', '2022-10-01', null],
			['R4', 'not_started', '2023-05-01', '2023-11-01'],
			['R4', 'not_started', '2023-11-01', null],
			['R5', 'not_started', '2023-09-01', '2023-12-01'],
			['R5', 'no_information', '2023-12-01', null],
			['R6', 'not_started', '2024-02-01', '2024-03-01'],
			['R6', 'in_progress', '2024-03-01', null]
		];
		const milestones = [
			['R1', '2022-12-01', null],
			['R2', null, null],
			['R3', null, null],
			['R4', null, null],
			['R5', null, null],
			['R6', null, null]
		];
		for (const [rank, tier] of TIERS.entries()) {
			const inTier = (row: unknown[]) => tierRecs[rank].includes(row[0] as string);
			const read = async (name: string) =>
				(await readParquet(join(out, tier, `${name}.parquet`))).map((r) => Object.values(r));
			expect([tier, await read('recommendation_spans')]).toEqual([tier, spans.filter(inTier)]);
			expect([tier, await read('recommendation_milestones')]).toEqual([
				tier,
				milestones.filter(inTier)
			]);
			const m = manifestOf(out, tier);
			expect(m.tables.recommendation_spans.rows).toBe(spans.filter(inTier).length);
		}
		expect(DERIVED_TABLES.map((d) => d.name)).toEqual([
			'recommendation_spans',
			'recommendation_milestones'
		]);
	});

	it('normalises values: booleans, lists, integers, dates, NULLs and quoted text', async () => {
		const [a1] = await readParquet(join(out, 'public', 'assessments.parquet'));
		expect(a1).toMatchObject({
			assessment_id: 'A1',
			parent_assessment_id: null,
			visit_start: '2021-03-01',
			partners: ['unodc', 'interpol'],
			gender_expert: true,
			child_rights_actors_consulted: false,
			womens_orgs_consulted: 3
		});
		const recs = await readParquet(join(out, 'un_system', 'recommendations.parquet'));
		expect(recs.map((r) => r.text)).toEqual([
			'Adopt a law, "urgently"',
			'First line\nsecond line',
			null,
			null
		]);
		const [wps] = await readParquet(join(out, 'public', 'wps_index.parquet'));
		expect(typeof wps.wps_score).toBe('number');
	});
});

describe('options and source forms', () => {
	it('uses --reference-date for every tier', async () => {
		const source = tempDir();
		writeCsvSource(source, fixtureTables());
		const report = await build({ source, out: join(tempDir(), 'x'), referenceDate: '2030-01-31' });
		expect(report.ok).toBe(true);
		if (!report.ok) return;
		for (const tier of TIERS) {
			expect(report.manifests[tier]).toMatchObject({
				referenceDate: '2030-01-31',
				referenceDateFrom: 'option'
			});
		}
	});

	it('rejects a --reference-date that is not a real date', async () => {
		await expect(
			build({ source: tempDir(), out: join(tempDir(), 'x'), referenceDate: '2030-02-30' })
		).rejects.toThrow('is not a date in YYYY-MM-DD form');
	});

	it('labels demo data from source.json, with its seed and scale', async () => {
		const source = tempDir();
		writeCsvSource(source, fixtureTables());
		writeFileSync(
			join(source, 'source.json'),
			JSON.stringify({ label: 'demo', seed: 42, scale: 1 })
		);
		const report = await build({ source, out: join(tempDir(), 'x') });
		expect(report.ok && report.manifests.public).toMatchObject({
			source: 'demo',
			sourceSeed: 42,
			sourceScale: 1
		});
	});

	it('accepts a byte-order mark and CRLF line ends, with the same result', async () => {
		const source = tempDir();
		writeCsvSource(source, fixtureTables(), { bom: true, crlf: true });
		expect(readFileSync(join(source, 'recommendations.csv'), 'utf8')).toContain(
			'First line\r\nsecond line'
		);
		const other = join(tempDir(), 'x');
		expect((await build({ source, out: other })).ok).toBe(true);
		expect(parquetHashes(other)).toEqual(parquetHashes(out));
	});

	it('builds the same extracts from a workbook as from CSV files', async () => {
		const source = join(tempDir(), 'records.xlsx');
		await writeXlsxSource(source, fixtureTables());
		const other = join(tempDir(), 'x');
		const report = await build({ source, out: other });
		expect(report.problems).toEqual([]);
		expect(parquetHashes(other)).toEqual(parquetHashes(out));
	});

	it('finds a workbook inside a source folder', async () => {
		const dir = tempDir();
		await writeXlsxSource(join(dir, 'records.xlsx'), fixtureTables());
		const other = join(tempDir(), 'x');
		expect((await build({ source: dir, out: other })).ok).toBe(true);
		expect(parquetHashes(other)).toEqual(parquetHashes(out));
	});

	it('accepts header-only files as empty tables; D falls back to the build day', async () => {
		const source = tempDir();
		for (const name of FACT_NAMES) writeFileSync(join(source, `${name}.csv`), csvText(name, []));
		const other = join(tempDir(), 'x');
		const report = await build({ source, out: other });
		expect(report.ok).toBe(true);
		if (!report.ok) return;
		for (const tier of TIERS) {
			const m = report.manifests[tier];
			expect(m).toMatchObject({ referenceDate: '2025-06-30', referenceDateFrom: 'build_date' });
			for (const name of FACT_NAMES) expect(m.tables[name].rows).toBe(0);
			expect(m.tables.member_states.rows).toBe(6);
		}
	});

	it('replaces previous extracts as a whole and leaves no temporary folder', async () => {
		const source = tempDir();
		const tables = fixtureTables();
		writeCsvSource(source, tables);
		const target = join(tempDir(), 'extracts');
		expect((await build({ source, out: target })).ok).toBe(true);
		writeFileSync(join(target, 'public', 'stale.txt'), 'from an older build');
		tables.visit_plan.push({ ...tables.visit_plan[0], plan_year: '2026' });
		writeCsvSource(source, tables);
		const report = await build({ source, out: target });
		expect(report.ok && report.manifests.public.tables.visit_plan.rows).toBe(2);
		expect(readdirSync(join(target, 'public'))).not.toContain('stale.txt');
		expect(readdirSync(dirname(target))).toEqual(['extracts']);
	});

	it('warns about, and ignores, CSV files that are not fact tables', async () => {
		const source = tempDir();
		writeCsvSource(source, fixtureTables());
		writeFileSync(join(source, 'notes.csv'), 'a,b\n1,2\n');
		const report = await build({ source, out: join(tempDir(), 'x') });
		expect(report.ok).toBe(true);
		expect(report.warnings).toEqual([
			'notes.csv is not a fact table of the schema and was ignored'
		]);
	});
});
