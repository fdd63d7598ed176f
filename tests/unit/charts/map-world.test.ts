import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
	joinMembers,
	paintMap,
	tagMapLinks,
	worldMapPlot,
	type MapMember
} from '../../../src/lib/charts/map-world.plot';
import { parseCsvRecords } from '../../../src/lib/reference/csv';
import { matchSvgSnapshot, renderPlotSvg } from '../../helpers/plot-snapshot';

type Countries = FeatureCollection<Geometry, { name: string }>;

const square = (id: string | undefined, name: string, x: number, y: number, size: number) => ({
	type: 'Feature' as const,
	id,
	properties: { name },
	geometry: {
		type: 'Polygon' as const,
		// Clockwise in longitude/latitude: d3-geo's orientation for a small polygon.
		coordinates: [
			[
				[x, y],
				[x, y + size],
				[x + size, y + size],
				[x + size, y],
				[x, y]
			]
		]
	}
});

const member = (iso3: string, m49: string, value: number | null): MapMember => ({
	iso3,
	m49,
	name: iso3,
	value,
	href: `/states/${iso3}`,
	label: `${iso3}: ${value === null ? 'no data' : value.toFixed(2)}`
});

describe('world map spec', () => {
	const toy: Countries = {
		type: 'FeatureCollection',
		features: [
			square('404', 'Kenya', 34, -4, 8),
			square('250', 'France', -2, 43, 8),
			square('492', 'Monaco', 7.4, 43.7, 0.05),
			square('304', 'Greenland', -50, 60, 20)
		]
	};

	it('draws valued, no-data and non-member shapes apart, markers for small and shapeless Members', () => {
		const members = [
			member('KEN', '404', 0.75),
			member('FRA', '250', null),
			member('MCO', '492', 0.5),
			member('TUV', '798', null)
		];
		const joined = joinMembers(toy, members);
		expect(joined.map((j) => [j.member.iso3, j.features.length, j.marker !== null])).toEqual([
			['KEN', 1, false],
			['FRA', 1, false],
			['MCO', 1, true],
			['TUV', 0, true]
		]);
		const svg = renderPlotSvg(worldMapPlot(toy, members, { width: 640, scheme: 'viridis' }));
		expect(svg).toContain('href="/states/KEN"');
		// Monaco's shape and its marker are both links; Tuvalu has only the marker.
		expect(svg.match(/href="\/states\/MCO"/g)).toHaveLength(2);
		expect(svg.match(/href="\/states\/TUV"/g)).toHaveLength(1);
		expect(svg).toContain('url(#gap-map-no-data)');
		expect(svg).not.toContain('/states/GRL');
		const { expected, actual } = matchSvgSnapshot('map-world', svg);
		expect(actual).toBe(expected);
	});

	it('joins all 193 Member States to world-atlas 1:50m, with a shape or a marker', () => {
		const require = createRequire(import.meta.url);
		const topo = JSON.parse(
			readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')
		) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
		const countries = feature(topo, topo.objects.countries) as Countries;
		const states = parseCsvRecords(
			readFileSync(new URL('../../../data/reference/member_states.csv', import.meta.url), 'utf8')
		);
		const joined = joinMembers(
			countries,
			states.map((s) => member(s.iso3, s.m49, null))
		);
		expect(joined).toHaveLength(193);
		expect(joined.filter((j) => j.features.length === 0 && j.marker === null)).toEqual([]);
		const byIso = new Map(joined.map((j) => [j.member.iso3, j]));
		expect(byIso.get('NOR')?.features.length).toBeGreaterThan(0);
		expect(byIso.get('TUV')?.marker).toEqual([179.2, -8.5]);
		for (const small of ['MCO', 'NRU', 'SMR', 'LIE', 'MDV', 'KNA']) {
			expect(byIso.get(small)?.marker, small).not.toBeNull();
		}
		expect(byIso.get('BRA')?.marker).toBeNull();
	});
});

describe('recolouring a drawn map', () => {
	const toy: Countries = {
		type: 'FeatureCollection',
		features: [
			square('404', 'Kenya', 34, -4, 8),
			square('250', 'France', -2, 43, 8),
			square('492', 'Monaco', 7.4, 43.7, 0.05),
			square('304', 'Greenland', -50, 60, 20)
		]
	};
	const outline = [
		member('KEN', '404', null),
		member('FRA', '250', null),
		member('MCO', '492', null),
		member('TUV', '798', null)
	];

	function drawn(members: readonly MapMember[], scheme: 'viridis' | 'orrd'): Element {
		const { window } = new JSDOM('<!doctype html><html><body></body></html>');
		const node = Plot.plot({
			...worldMapPlot(toy, members, { width: 640, scheme }),
			document: window.document
		}) as unknown as Element;
		tagMapLinks(node);
		return node;
	}

	/** What a reader sees of each Member: link, name, fill and whether a marker shows. */
	function seen(node: Element) {
		const out: Record<string, string[]> = {};
		for (const a of node.querySelectorAll('a[data-iso3]')) {
			if (a.getAttribute('display') === 'none' || !a.hasAttribute('href')) continue;
			const mark = a.firstElementChild as Element;
			const group = a.parentElement as Element;
			const fill = mark.getAttribute('fill') ?? group.getAttribute('fill');
			const iso3 = a.getAttribute('data-iso3') as string;
			(out[iso3] ??= []).push(
				`${mark.tagName}:${a.getAttribute('href')}:${a.getAttribute('aria-label')}:${fill}`
			);
		}
		return out;
	}

	it('shows what a fresh drawing of the same Members shows, and takes any later state', () => {
		const node = drawn(outline, 'viridis');
		const states: [MapMember[], 'viridis' | 'orrd'][] = [
			[
				[member('KEN', '404', 0.75), member('FRA', '250', null), member('MCO', '492', 0.5)],
				'viridis'
			],
			[[member('FRA', '250', 0.2), member('TUV', '798', 0.9)], 'orrd'],
			[[member('KEN', '404', 0), member('MCO', '492', null), member('TUV', '798', null)], 'orrd']
		];
		for (const [members, scheme] of states) {
			paintMap(node, members, scheme);
			const painted = seen(node);
			const fresh = seen(drawn(members, scheme));
			expect(Object.keys(painted).sort()).toEqual(members.map((m) => m.iso3).sort());
			for (const m of members) expect(painted[m.iso3], m.iso3).toEqual(fresh[m.iso3]);
			// A fresh drawing has no link for a State outside the selection; a painted one makes it inert.
			for (const a of node.querySelectorAll('a[data-iso3]')) {
				if (members.some((m) => m.iso3 === a.getAttribute('data-iso3'))) continue;
				expect(a.hasAttribute('href')).toBe(false);
				expect(a.getAttribute('aria-hidden')).toBe('true');
			}
		}
	});
});
