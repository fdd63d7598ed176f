/**
 * The real reference tables the synthetic facts hang on: every iso3 and
 * area_code the generator writes comes from here, so foreign keys resolve.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvObjects } from '../lib/csv';
import { day, type Day } from './dates';

export const DEFAULT_REFERENCE_DIR = fileURLToPath(
	new URL('../../data/reference', import.meta.url)
);

export interface MemberState {
	readonly iso3: string;
	readonly region: string;
	readonly subRegion: string;
	readonly ldc: boolean;
	readonly sids: boolean;
	readonly admitted: Day;
	/** Mean Global Terrorism Index score 2012-2022 (0-10); 0 where the State is not covered. */
	readonly threat: number;
}

export interface ThematicArea {
	readonly code: string;
	readonly resolutions: readonly string[];
	readonly crossCutting: boolean;
}

export interface ReferenceData {
	readonly states: readonly MemberState[];
	readonly areas: readonly ThematicArea[];
}

function readTable(dir: string, name: string): Record<string, string>[] {
	return csvObjects(readFileSync(join(dir, `${name}.csv`), 'utf8'));
}

function meanThreatByState(dir: string): Map<string, number> {
	const sums = new Map<string, { total: number; count: number }>();
	for (const row of readTable(dir, 'gti_scores')) {
		const entry = sums.get(row.iso3) ?? { total: 0, count: 0 };
		entry.total += Number(row.score);
		entry.count += 1;
		sums.set(row.iso3, entry);
	}
	return new Map([...sums].map(([iso3, { total, count }]) => [iso3, total / count]));
}

export function loadReferenceData(dir = DEFAULT_REFERENCE_DIR): ReferenceData {
	const threat = meanThreatByState(dir);
	const states = readTable(dir, 'member_states').map((row): MemberState => ({
		iso3: row.iso3,
		region: row.region,
		subRegion: row.sub_region,
		ldc: row.ldc === 'true',
		sids: row.sids === 'true',
		admitted: day(row.admission_date),
		threat: threat.get(row.iso3) ?? 0
	}));
	const areas = readTable(dir, 'thematic_areas')
		.sort((x, y) => Number(x.sort_order) - Number(y.sort_order))
		.map((row): ThematicArea => ({
			code: row.area_code,
			resolutions: row.resolutions.split(';').filter((r) => r !== ''),
			crossCutting: row.cross_cutting === 'true'
		}));
	if (states.length === 0 || areas.length === 0) {
		throw new Error(`No Member States or thematic areas found in ${dir}.`);
	}
	return { states, areas };
}
