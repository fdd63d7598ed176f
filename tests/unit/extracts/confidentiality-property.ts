import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { CONF_ORDER, FACT_TABLES, TIERS, table, type TableName } from '../../../src/lib/schema';
import { writeCsvSource, type Tables } from './fixture';
import { build, connection, readParquet, tempDir } from './harness';

/*
 * The tier property: for a generated dataset, each tier's files hold exactly
 * the rows (and free text) at or below the tier, derived tables included, and
 * every foreign key resolves. Shared by confidentiality.property.test.ts (a
 * few datasets in CI) and `npm run soak` (many).
 */

const LEVELS = ['public', 'un_system', 'restricted', ''] as const;
type Level = (typeof LEVELS)[number];
const rank = (level: Level): number => (level === '' ? 2 : CONF_ORDER.indexOf(level));

const level = fc.constantFrom(...LEVELS);
export const dataset = fc.record({
	assessments: fc.array(fc.record({ level, parent: fc.option(fc.nat(), { nil: undefined }) }), {
		minLength: 1,
		maxLength: 6
	}),
	parentsLast: fc.boolean(),
	recs: fc.array(fc.record({ assessment: fc.nat(), level }), { maxLength: 8 }),
	statuses: fc.array(fc.record({ rec: fc.nat(), level }), { maxLength: 10 }),
	assistance: fc.array(fc.record({ rec: fc.option(fc.nat(), { nil: undefined }), level }), {
		maxLength: 5
	}),
	engagements: fc.array(fc.record({ assessment: fc.option(fc.nat(), { nil: undefined }), level }), {
		maxLength: 5
	}),
	survey: fc.array(level, { maxLength: 4 }),
	plan: fc.array(level, { maxLength: 3 })
});
export type Dataset = typeof dataset extends fc.Arbitrary<infer T> ? T : never;

/** Row ids per fact table with their expected effective rank, computed independently of the builder. */
type Expected = Record<string, Map<string, number>>;

const text = (i: number): string => `<<free text of rec ${i}>>`;
const day = (n: number): string => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10);

function materialise(d: Dataset): {
	tables: Tables;
	expected: Expected;
	texts: Map<number, number>;
} {
	// A parent always has a lower index, so chains never loop; rows may still be written parent-last.
	const parentOf = d.assessments.map((a, i) =>
		a.parent !== undefined && i > 0 ? a.parent % i : undefined
	);
	const aRank: number[] = [];
	d.assessments.forEach((a, i) => {
		const p = parentOf[i];
		aRank.push(Math.max(rank(a.level), p === undefined ? 0 : aRank[p]));
	});
	const nA = d.assessments.length;
	const recA = d.recs.map((r) => r.assessment % nA);
	const recRank = d.recs.map((r, j) => Math.max(rank(r.level), aRank[recA[j]]));
	const nR = d.recs.length;
	const expected: Expected = {};
	const put = (name: string, id: string, r: number): void => {
		(expected[name] ??= new Map()).set(id, r);
	};

	const assessments = d.assessments.map((a, i) => {
		put('assessments', `A${i}`, aRank[i]);
		const p = parentOf[i];
		return {
			assessment_id: `A${i}`,
			iso3: 'FRA',
			assessment_type: p === undefined ? 'comprehensive' : 'follow_up',
			parent_assessment_id: p === undefined ? '' : `A${p}`,
			conf_level: a.level
		};
	});
	if (d.parentsLast) assessments.reverse();
	const recommendations = d.recs.map((r, j) => {
		put('recommendations', `R${j}`, recRank[j]);
		return {
			rec_id: `R${j}`,
			assessment_id: `A${recA[j]}`,
			iso3: 'FRA',
			area_code: 'cft',
			resolution: '1373',
			priority: 'standard',
			issued: day(0),
			text: text(j),
			conf_level: r.level
		};
	});
	const status =
		nR === 0
			? []
			: d.statuses.map((s, k) => {
					const rec = s.rec % nR;
					put('recommendation_status', `R${rec}|${day(k)}`, Math.max(rank(s.level), recRank[rec]));
					return { rec_id: `R${rec}`, as_of: day(k), status: 'in_progress', conf_level: s.level };
				});
	const assistance = d.assistance.map((t, k) => {
		const rec = t.rec === undefined || nR === 0 ? undefined : t.rec % nR;
		put(
			'technical_assistance',
			`T${k}`,
			Math.max(rank(t.level), rec === undefined ? 0 : recRank[rec])
		);
		const base = {
			ta_id: `T${k}`,
			iso3: 'KEN',
			area_code: 'ict',
			provider: 'unodc',
			status: 'planned'
		};
		return { ...base, rec_id: rec === undefined ? '' : `R${rec}`, conf_level: t.level };
	});
	const engagements = d.engagements.map((e, k) => {
		const a = e.assessment === undefined ? undefined : e.assessment % nA;
		put('engagements', `E${k}`, Math.max(rank(e.level), a === undefined ? 0 : aRank[a]));
		const base = { engagement_id: `E${k}`, date: day(k), kind: 'workshop' };
		return { ...base, assessment_id: a === undefined ? '' : `A${a}`, conf_level: e.level };
	});
	const survey = d.survey.map((l, k) => {
		put('survey_items', `q${k}`, rank(l));
		const base = {
			iso3: 'DEU',
			instrument: 'oia',
			edition: '2021',
			as_of: day(k),
			area_code: 'ict'
		};
		return { ...base, question_id: `q${k}`, rating: 'full', conf_level: l };
	});
	const plan = d.plan.map((l, k) => {
		put('visit_plan', String(2005 + k), rank(l));
		return { plan_year: String(2005 + k), iso3: 'BRA', consent: 'pending', conf_level: l };
	});
	const tables = {
		assessments,
		recommendations,
		recommendation_status: status,
		technical_assistance: assistance,
		engagements,
		survey_items: survey,
		visit_plan: plan
	} as unknown as Tables;
	return { tables, expected, texts: new Map(recRank.map((r, j) => [j, r])) };
}

const ID: Record<string, (row: Record<string, unknown>) => string> = {
	assessments: (r) => String(r.assessment_id),
	recommendations: (r) => String(r.rec_id),
	recommendation_status: (r) => `${String(r.rec_id)}|${String(r.as_of)}`,
	technical_assistance: (r) => String(r.ta_id),
	engagements: (r) => String(r.engagement_id),
	survey_items: (r) => String(r.question_id),
	visit_plan: (r) => String(r.plan_year)
};

/**
 * The derived tables of a tier, computed here from the expected rows of that
 * tier (every status row is in_progress, every recommendation issued on day 0):
 * [rec_id, status, valid_from, valid_until] spans and [rec_id, first
 * implemented, first dropped] milestones, sorted as the builder sorts them.
 */
function expectedDerived(expected: Expected, tierRank: number) {
	const recs = [...(expected.recommendations ?? [])].filter(([, r]) => r <= tierRank);
	const days = new Map<string, string[]>(recs.map(([id]) => [id, []]));
	for (const [id, r] of expected.recommendation_status ?? []) {
		const [rec, asOf] = id.split('|');
		if (r <= tierRank) days.get(rec)?.push(asOf);
	}
	const spans: unknown[][] = [];
	const milestones: unknown[][] = [];
	for (const [rec, asOfs] of [...days].sort(([a], [b]) => a.localeCompare(b))) {
		asOfs.sort();
		const rows = asOfs.map((d, i) => [rec, 'in_progress', d, asOfs[i + 1] ?? null]);
		if (asOfs.length === 0 || asOfs[0] > day(0)) {
			rows.push([rec, 'not_started', day(0), asOfs[0] ?? null]);
		}
		spans.push(...rows.sort((a, b) => String(a[2]).localeCompare(String(b[2]))));
		if (asOfs.length > 0) milestones.push([rec, null, null]);
	}
	return { recommendation_spans: spans, recommendation_milestones: milestones };
}

/**
 * Foreign keys between fact tables whose value is not a key of the referenced
 * table in the same tier (reference tables are whole in every tier).
 */
async function orphans(dir: string): Promise<string[]> {
	const conn = await connection();
	const found: string[] = [];
	for (const t of FACT_TABLES) {
		for (const c of t.columns) {
			if (!c.foreignKey || table(c.foreignKey.table as TableName).kind !== 'fact') continue;
			const child = join(dir, `${t.name}.parquet`);
			const parent = join(dir, `${c.foreignKey.table}.parquet`);
			const reader = await conn.runAndReadAll(
				`SELECT count(*)::INTEGER FROM read_parquet($1) AS c WHERE c."${c.name}" IS NOT NULL AND NOT EXISTS ` +
					`(SELECT 1 FROM read_parquet($2) AS p WHERE p."${c.foreignKey.column}" = c."${c.name}")`,
				[child, parent]
			);
			if (reader.getRows()[0][0] !== 0) found.push(`${t.name}.${c.name}`);
		}
	}
	return found;
}

/** How one tier's file differs from what the tier may hold. */
function differs(what: string, got: unknown, want: unknown): string[] {
	return isDeepStrictEqual(got, want)
		? []
		: [`${what}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`];
}

/**
 * Builds the dataset's extracts (uncompressed, so free text can be searched
 * in the bytes) and returns every way a tier breaks the property; empty when
 * none does. Temporary folders are the caller's to remove (removeTempDirs).
 */
export async function tierLeaks(d: Dataset): Promise<string[]> {
	const { tables, expected, texts } = materialise(d);
	const source = tempDir('prop-source-');
	writeCsvSource(source, tables);
	const out = join(tempDir('prop-out-'), 'extracts');
	const report = await build({ source, out, compression: 'uncompressed' });
	if (report.problemCount > 0) return [`refused: ${JSON.stringify(report.problems)}`];

	const leaks: string[] = [];
	for (const [tierRank, tier] of TIERS.entries()) {
		const dir = join(out, tier);
		for (const [name, ids] of Object.entries(expected)) {
			const rows = await readParquet(join(dir, `${name}.parquet`));
			const got = rows.map((r) => [ID[name](r), r.conf_level]).sort();
			const want = [...ids]
				.filter(([, r]) => r <= tierRank)
				.map(([id, r]) => [id, CONF_ORDER[r]])
				.sort();
			leaks.push(...differs(`${tier} ${name}`, got, want));
		}
		// A derived file holds nothing of a row above the tier either.
		for (const [name, want] of Object.entries(expectedDerived(expected, tierRank))) {
			const rows = await readParquet(join(dir, `${name}.parquet`));
			leaks.push(
				...differs(
					`${tier} ${name}`,
					rows.map((r) => Object.values(r)),
					want
				)
			);
		}
		const bytes = readdirSync(dir)
			.map((f) => readFileSync(join(dir, f)).toString('latin1'))
			.join('\n');
		for (const [j, r] of texts) {
			leaks.push(
				...differs(`${tier} free text of rec ${j} present`, bytes.includes(text(j)), r <= tierRank)
			);
		}
		leaks.push(
			...(await orphans(dir)).map((fk) => `${tier} ${fk} points at a row not in the tier`)
		);
	}
	return leaks;
}
