/**
 * The demo-data generator: one CSV per fact table of the schema plus
 * source.json, written atomically to `outDir`. Everything derives from the
 * seed, so the same seed and scale give byte-identical files.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FACT_TABLES, REFERENCE_DATE_COLUMNS, type TableName } from '../../src/lib/schema';
import { generateAssessments } from './assessments';
import { AssistanceIds, linkedAssistance, unlinkedAssistance } from './assistance';
import { CsvTableWriter } from './csv-writer';
import { engagements } from './engagements';
import type { Assessment } from './model';
import { GENERATOR, SOURCE_FILE, replaceFolderAtomically } from './output-folder';
import { Random } from './random';
import { recommendationsOf } from './recommendations';
import { loadReferenceData, type MemberState, type ReferenceData } from './reference';
import { assessmentRow, recommendationRow, statusRow } from './rows';
import { observationSchedule, statusHistory } from './status-history';
import { surveyItems } from './survey';
import { visitPlan } from './visit-plan';

export const DEFAULT_SEED = 2395;
export const MAX_SEED = 0xffffffff;
export const MAX_SCALE = 1000;

export interface DemoDataOptions {
	readonly seed: number;
	/** Multiplies the volume (assessments per year, survey questions, engagements, assistance). */
	readonly scale: number;
	readonly outDir: string;
	/** Where member_states.csv, thematic_areas.csv and gti_scores.csv are read from. */
	readonly referenceDir?: string;
}

export interface DemoDataSummary {
	readonly outDir: string;
	readonly rowCounts: Readonly<Record<string, number>>;
	/** The latest observation date written: the extract's reference date D. */
	readonly referenceDate: string;
}

type Writers = (name: TableName) => CsvTableWriter;

export function checkDemoDataOptions({
	seed,
	scale
}: Pick<DemoDataOptions, 'seed' | 'scale'>): void {
	if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
		throw new RangeError(`The seed must be a whole number from 0 to ${MAX_SEED}, not ${seed}.`);
	}
	if (!Number.isInteger(scale) || scale < 1 || scale > MAX_SCALE) {
		throw new RangeError(`The scale must be a whole number from 1 to ${MAX_SCALE}, not ${scale}.`);
	}
}

/** Slower and faster implementers: least developed countries take longer on average. */
function implementationSpeeds(rng: Random, states: readonly MemberState[]): Map<string, number> {
	return new Map(
		states.map((s) => [
			s.iso3,
			Math.min(2, Math.max(0.6, rng.logNormal(1, 0.25) * (s.ldc ? 1.3 : 1)))
		])
	);
}

function groupBy<K>(
	assessments: readonly Assessment[],
	key: (a: Assessment) => K | null
): Map<K, Assessment[]> {
	const groups = new Map<K, Assessment[]>();
	for (const a of assessments) {
		const k = key(a);
		if (k === null) continue;
		const group = groups.get(k) ?? [];
		group.push(a);
		groups.set(k, group);
	}
	return groups;
}

/** Recommendations, their status histories and the assistance linked to them, one report at a time. */
function writeRecommendations(
	root: Random,
	assessments: readonly Assessment[],
	reference: ReferenceData,
	scale: number,
	writers: Writers,
	ids: AssistanceIds
): void {
	const followUps = groupBy(assessments, (a) => (a.type === 'follow_up' ? a.parent : null));
	const deskReviews = groupBy(assessments, (a) => (a.type === 'desk_review' ? a.iso3 : null));
	const speeds = implementationSpeeds(root.fork('speeds'), reference.states);
	for (const assessment of assessments) {
		const issued = assessment.reportAdopted;
		if (issued === null) continue;
		const rng = root.fork(assessment.id);
		// At scale N a State has N times the desk reviews; keeping 1 in N keeps the
		// status rows per recommendation (and so the total) linear in the scale.
		const reviewRng = rng.fork('reviews');
		const laterReviews = (deskReviews.get(assessment.iso3) ?? []).filter(
			(r) => r.start > issued && reviewRng.chance(1 / scale)
		);
		const schedule = observationSchedule(
			rng.fork('schedule'),
			assessment,
			followUps.get(assessment) ?? [],
			laterReviews
		);
		const statusRng = rng.fork('status');
		const assistanceRng = rng.fork('assistance');
		const speed = speeds.get(assessment.iso3) ?? 1;
		for (const rec of recommendationsOf(rng.fork('recommendations'), assessment, reference.areas)) {
			writers('recommendations').write(recommendationRow(rec));
			for (const status of statusHistory(statusRng, rec, schedule, speed)) {
				writers('recommendation_status').write(statusRow(rec.id, status));
			}
			writers('technical_assistance').writeAll(linkedAssistance(assistanceRng, rec, ids));
		}
	}
}

function writeDataset(
	dir: string,
	options: DemoDataOptions,
	reference: ReferenceData
): DemoDataSummary {
	const { seed, scale } = options;
	const root = new Random(seed, 'ctc-demo-data');
	const { states, areas } = reference;
	const byName = new Map<string, CsvTableWriter>(
		FACT_TABLES.map((table) => {
			const tracked = REFERENCE_DATE_COLUMNS.filter((c) => c.table === table.name).map(
				(c) => c.column
			);
			return [table.name, new CsvTableWriter(join(dir, `${table.name}.csv`), table, tracked)];
		})
	);
	const writers: Writers = (name) => {
		const writer = byName.get(name);
		if (!writer) throw new Error(`The schema has no fact table "${name}".`);
		return writer;
	};

	const assessments = generateAssessments(root.fork('assessments'), states, scale);
	for (const assessment of assessments) writers('assessments').write(assessmentRow(assessment));
	const assistanceIds = new AssistanceIds();
	writeRecommendations(
		root.fork('recommendations'),
		assessments,
		reference,
		scale,
		writers,
		assistanceIds
	);
	writers('technical_assistance').writeAll(
		unlinkedAssistance(root.fork('assistance'), states, areas, scale, assistanceIds)
	);
	writers('survey_items').writeAll(surveyItems(root.fork('survey'), states, areas, scale));
	writers('engagements').writeAll(
		engagements(root.fork('engagements'), assessments, states, scale)
	);
	writers('visit_plan').writeAll(visitPlan(root.fork('visit-plan'), assessments, states, scale));

	const referenceDate = REFERENCE_DATE_COLUMNS.map(
		(c) => writers(c.table).latestValue(c.column) ?? ''
	).reduce((x, y) => (y > x ? y : x), '');
	const rowCounts = Object.fromEntries([...byName].map(([name, writer]) => [name, writer.close()]));
	const source = { label: 'demo', seed, scale, generator: GENERATOR };
	writeFileSync(join(dir, SOURCE_FILE), JSON.stringify(source, null, '\t') + '\n');
	return { outDir: options.outDir, rowCounts, referenceDate };
}

export function generateDemoData(options: DemoDataOptions): DemoDataSummary {
	checkDemoDataOptions(options);
	const reference = loadReferenceData(options.referenceDir);
	return replaceFolderAtomically(options.outDir, (dir) => writeDataset(dir, options, reference));
}
