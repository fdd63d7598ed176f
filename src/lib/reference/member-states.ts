import csv from '../../../data/reference/member_states.csv?raw';
import { parseCsvRecords } from './csv';

/**
 * The 193 Member States from the reference table, bundled at build time: the
 * filter bar, the States list and the prerendered profile pages need them
 * before (and without) the database.
 */
export interface MemberState {
	readonly iso3: string;
	/** UN M49 numeric code, 3 digits zero-padded: the world map's join key. */
	readonly m49: string;
	readonly name: string;
	readonly region: string;
	readonly subRegion: string;
	/** The M49 intermediate region inside the sub-region, where one exists. */
	readonly intermediateRegion: string | null;
	readonly unRegionalGroup: string | null;
	readonly admissionDate: string;
}

export const MEMBER_STATES: readonly MemberState[] = parseCsvRecords(csv).map((r) => ({
	iso3: r.iso3,
	m49: r.m49,
	// A missing name must not leave an empty link: the code stands in (see the report to the data owners).
	name: r.name || r.iso3,
	region: r.region,
	subRegion: r.sub_region,
	intermediateRegion: r.intermediate_region || null,
	unRegionalGroup: r.un_regional_group || null,
	admissionDate: r.admission_date
}));

const sortedUnique = (values: (string | null)[]) =>
	[...new Set(values.filter((v): v is string => v !== null))].sort((a, b) => a.localeCompare(b));

/** M49 regions, for the region filter. */
export const REGIONS: readonly string[] = sortedUnique(MEMBER_STATES.map((s) => s.region));

/** UN regional groups, for the group filter. */
export const UN_GROUPS: readonly string[] = sortedUnique(
	MEMBER_STATES.map((s) => s.unRegionalGroup)
);

/** A sub-region filter choice: an M49 sub-region, or an intermediate region inside one. */
export interface SubRegionChoice {
	readonly name: string;
	/** True for an intermediate region (listed under its sub-region). */
	readonly intermediate: boolean;
}

/**
 * The sub-region filter's choices by region: each sub-region, followed by
 * its intermediate regions (e.g. Sub-Saharan Africa, then Eastern Africa).
 */
export const SUBREGION_GROUPS: readonly {
	readonly region: string;
	readonly choices: readonly SubRegionChoice[];
}[] = REGIONS.map((region) => {
	const inRegion = MEMBER_STATES.filter((s) => s.region === region);
	return {
		region,
		choices: sortedUnique(inRegion.map((s) => s.subRegion)).flatMap((subRegion) => [
			{ name: subRegion, intermediate: false },
			...sortedUnique(
				inRegion.filter((s) => s.subRegion === subRegion).map((s) => s.intermediateRegion)
			).map((name) => ({ name, intermediate: true }))
		])
	};
});

/** Every name the sub-region filter accepts. */
export const SUBREGIONS: readonly string[] = SUBREGION_GROUPS.flatMap((g) =>
	g.choices.map((c) => c.name)
);

/** A bar of the sub-region chart: the finest region a State has. */
export interface SubRegionBar {
	readonly name: string;
	readonly region: string;
	/** The sub-region an intermediate region lies in (selecting it selects this bar too). */
	readonly within: string | null;
}

/**
 * The finest region of each State (its intermediate region, else its
 * sub-region), by region then name: bars that partition the States, as
 * `coalesce(intermediate_region, sub_region)` does in SQL.
 */
export const SUBREGION_BARS: readonly SubRegionBar[] = REGIONS.flatMap((region) => {
	const inRegion = MEMBER_STATES.filter((s) => s.region === region);
	return sortedUnique(inRegion.map((s) => s.intermediateRegion ?? s.subRegion)).map((name) => ({
		name,
		region,
		within: inRegion.find((s) => s.intermediateRegion === name)?.subRegion ?? null
	}));
});

export function memberState(iso3: string): MemberState | undefined {
	return MEMBER_STATES.find((s) => s.iso3 === iso3.toUpperCase());
}
