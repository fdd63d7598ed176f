import atlasUrl from 'world-atlas/countries-50m.json?url';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { MEMBER_STATES } from '$lib/reference/member-states';

/** M49 codes of the Member States (the world-atlas join key), from the one Member State list. */
export const M49_BY_ISO3: ReadonlyMap<string, string> = new Map(
	MEMBER_STATES.map((s) => [s.iso3, s.m49])
);

let atlas: Promise<FeatureCollection<Geometry, { name: string }>> | null = null;

/**
 * Natural Earth 1:50m countries (world-atlas, public domain), served from the
 * app's own origin as a hashed asset and fetched once per page load.
 */
export function loadCountries(): Promise<FeatureCollection<Geometry, { name: string }>> {
	atlas ??= fetch(atlasUrl)
		.then((r) => {
			if (!r.ok) throw new Error(`The world map outline could not be loaded (${r.status}).`);
			return r.json() as Promise<Topology<{ countries: GeometryCollection<{ name: string }> }>>;
		})
		.then(
			(topo) =>
				feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>
		);
	atlas.catch(() => (atlas = null));
	return atlas;
}
