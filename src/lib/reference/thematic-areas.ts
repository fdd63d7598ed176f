import csv from '../../../data/reference/thematic_areas.csv?raw';
import { parseCsvRecords } from './csv';

/**
 * The thematic areas from the reference table, bundled at build time: the
 * area filter and its summary sentence need them before (and without) the
 * database.
 */
export interface ThematicArea {
	readonly code: string;
	readonly name: string;
	readonly crossCutting: boolean;
}

export const THEMATIC_AREAS: readonly ThematicArea[] = parseCsvRecords(csv)
	.map((r) => ({
		code: r.area_code,
		name: r.name,
		crossCutting: r.cross_cutting === 'true',
		sortOrder: Number(r.sort_order)
	}))
	.sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code))
	.map(({ code, name, crossCutting }) => ({ code, name, crossCutting }));

/** Every code the area filter accepts. */
export const AREA_CODES: readonly string[] = THEMATIC_AREAS.map((a) => a.code);

export function thematicArea(code: string): ThematicArea | undefined {
	return THEMATIC_AREAS.find((a) => a.code === code);
}
