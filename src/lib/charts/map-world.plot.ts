import * as Plot from '@observablehq/plot';
import { geoArea, geoCentroid } from 'd3';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { GRID, INK, MUTED, PLOT_STYLE } from './theme';

/** One Member State on the map: its value (null: no data) and where a click takes it. */
export interface MapMember {
	readonly iso3: string;
	/** UN M49 numeric code as text with leading zeros ("004"), the world-atlas feature id. */
	readonly m49: string;
	readonly name: string;
	readonly value: number | null;
	readonly href: string;
	/** Tooltip and accessible name, e.g. "Kenya: 83 % (5 of 6 items)". */
	readonly label: string;
}

export interface WorldMapOptions {
	readonly width: number;
	/** Sequential scheme of the measure: higher is better for G1, worse for G2. */
	readonly scheme: 'viridis' | 'orrd';
}

/** Pattern id of the no-data hatch; one map per page, so a fixed id is safe and snapshot-stable. */
export const NO_DATA_PATTERN = 'gap-map-no-data';
export const NO_DATA_STROKE = MUTED;

/** Members whose shape is smaller than this (steradians, about 6,000 km2) also get a point marker. */
const SMALL_AREA = 1.5e-4;

/**
 * Natural Earth leaves a few Members without an M49 id (Norway) or without a
 * shape at 1:50m (Tuvalu): the former is found by name, the latter placed by coordinates.
 */
const NAME_FALLBACK: Readonly<Record<string, string>> = { '578': 'Norway' };
const POINT_FALLBACK: Readonly<Record<string, [number, number]>> = { '798': [179.2, -8.5] };

type Country = Feature<Geometry, { name: string }>;

export interface MemberShape {
	readonly member: MapMember;
	readonly features: readonly Country[];
	/** Where the marker goes, for small or shapeless Members; null when the shape is big enough. */
	readonly marker: [number, number] | null;
}

/** Joins Members to the atlas on M49 and decides which need a point marker. */
export function joinMembers(
	countries: FeatureCollection<Geometry, { name: string }>,
	members: readonly MapMember[]
): MemberShape[] {
	const byId = new Map<string, Country[]>();
	for (const f of countries.features) {
		const key = f.id === undefined ? `name:${f.properties.name}` : String(f.id);
		byId.set(key, [...(byId.get(key) ?? []), f]);
	}
	return members.map((member) => {
		const fallback = NAME_FALLBACK[member.m49];
		const features = byId.get(member.m49) ?? (fallback ? (byId.get(`name:${fallback}`) ?? []) : []);
		const area = features.reduce((sum, f) => sum + geoArea(f), 0);
		const largest = [...features].sort((a, b) => geoArea(b) - geoArea(a))[0];
		const marker =
			features.length === 0
				? (POINT_FALLBACK[member.m49] ?? null)
				: area < SMALL_AREA
					? (geoCentroid(largest) as [number, number])
					: null;
		return { member, features, marker };
	});
}

interface ShapeDatum {
	readonly feature: Country;
	readonly member: MapMember;
}

/** An SVG hatch for "no data", drawn once as a mark so the exported SVG carries it. */
function hatchDefs(): Plot.RenderFunction {
	return (_index, _scales, _values, _dimensions, context) => {
		const doc = context.document;
		const ns = 'http://www.w3.org/2000/svg';
		const defs = doc.createElementNS(ns, 'defs');
		const pattern = doc.createElementNS(ns, 'pattern');
		for (const [k, v] of Object.entries({
			id: NO_DATA_PATTERN,
			width: '5',
			height: '5',
			patternUnits: 'userSpaceOnUse',
			patternTransform: 'rotate(45)'
		}))
			pattern.setAttribute(k, v);
		const bg = doc.createElementNS(ns, 'rect');
		for (const [k, v] of Object.entries({ width: '5', height: '5', fill: '#ffffff' }))
			bg.setAttribute(k, v);
		const line = doc.createElementNS(ns, 'line');
		for (const [k, v] of Object.entries({ x1: '0', y1: '0', x2: '0', y2: '5', stroke: '#8c8c8c' }))
			line.setAttribute(k, String(v));
		line.setAttribute('stroke-width', '2');
		pattern.append(bg, line);
		defs.append(pattern);
		const g = doc.createElementNS(ns, 'g');
		g.append(defs);
		return g;
	};
}

/**
 * A choropleth of Member States on an Equal Earth projection: measured States
 * by the colour scale, Members with no data hatched, other territories pale
 * and inert; small Members also get a point marker. Every Member's shape and
 * marker is a link to its profile.
 */
export function worldMapPlot(
	countries: FeatureCollection<Geometry, { name: string }>,
	members: readonly MapMember[],
	o: WorldMapOptions
): Plot.PlotOptions {
	const joined = joinMembers(countries, members);
	const memberIds = new Set(joined.flatMap((j) => j.features));
	const others = countries.features.filter((f) => !memberIds.has(f));
	const shapes: ShapeDatum[] = joined.flatMap((j) =>
		j.features.map((feature) => ({ feature, member: j.member }))
	);
	const valued = shapes.filter((s) => s.member.value !== null);
	const missing = shapes.filter((s) => s.member.value === null);
	const markers = joined.filter((j) => j.marker !== null);
	const link = { href: (d: ShapeDatum) => d.member.href, title: (d: ShapeDatum) => d.member.label };
	const markerLink = {
		x: (d: MemberShape) => d.marker?.[0],
		y: (d: MemberShape) => d.marker?.[1],
		href: (d: MemberShape) => d.member.href,
		title: (d: MemberShape) => d.member.label
	};
	return {
		width: o.width,
		height: Math.round(o.width * 0.49),
		margin: 4,
		style: PLOT_STYLE,
		projection: { type: 'equal-earth', domain: { type: 'Sphere' } },
		color: colourScale(o.scheme),
		marks: [
			hatchDefs(),
			Plot.sphere({ stroke: GRID, fill: '#f7fbff' }),
			Plot.geo(others, { fill: '#eeeeee', stroke: '#ffffff', strokeWidth: 0.4 }),
			Plot.geo(missing, {
				geometry: (d: ShapeDatum) => d.feature,
				fill: `url(#${NO_DATA_PATTERN})`,
				stroke: NO_DATA_STROKE,
				strokeWidth: 0.4,
				className: 'map-shape',
				...link
			}),
			Plot.geo(valued, {
				geometry: (d: ShapeDatum) => d.feature,
				fill: (d: ShapeDatum) => d.member.value,
				stroke: '#ffffff',
				strokeWidth: 0.4,
				className: 'map-shape',
				...link
			}),
			Plot.dot(
				markers.filter((m) => m.member.value === null),
				{
					...markerLink,
					r: 4,
					fill: `url(#${NO_DATA_PATTERN})`,
					stroke: INK,
					className: 'map-marker'
				}
			),
			Plot.dot(
				markers.filter((m) => m.member.value !== null),
				{
					...markerLink,
					r: 4,
					fill: (d: MemberShape) => d.member.value,
					stroke: INK,
					strokeWidth: 0.8,
					className: 'map-marker'
				}
			)
		]
	};
}

/** The map's colour scale of a measure. */
function colourScale(scheme: WorldMapOptions['scheme']): Plot.ScaleOptions {
	// OrRd starts near white: begin a tenth in, as the heatmap does, so a 0 never looks blank.
	return { type: 'linear', scheme, domain: [scheme === 'orrd' ? -1 / 9 : 0, 1] };
}

const OTHER_FILL = '#eeeeee';
const SHAPE_STROKE = '#ffffff';

/**
 * Recolours a map drawn by worldMapPlot for every Member State (the outline)
 * to show `members`, without projecting it again: a filter or measure change
 * only changes colours, names and which shapes are links. What it leaves
 * equals what worldMapPlot draws for `members`: valued shapes on the colour
 * scale, Members with no data hatched, the other Members pale and inert with
 * no marker. Elements are found by `data-iso3` on their links.
 */
export function paintMap(
	node: Element,
	members: readonly MapMember[],
	scheme: WorldMapOptions['scheme']
): void {
	const colour = Plot.scale({ color: colourScale(scheme) });
	const byIso = new Map(members.map((m) => [m.iso3, m]));
	for (const a of node.querySelectorAll('a[data-iso3]')) {
		const member = byIso.get(a.getAttribute('data-iso3') ?? '');
		const mark = a.firstElementChild as SVGElement | null;
		if (!mark) continue;
		const marker = mark.tagName.toLowerCase() === 'circle';
		const title = mark.querySelector('title');
		if (!member) {
			a.removeAttribute('href');
			a.removeAttribute('aria-label');
			a.setAttribute('aria-hidden', 'true');
			if (title) title.textContent = '';
			if (marker) a.setAttribute('display', 'none');
			mark.setAttribute('fill', OTHER_FILL);
			if (!marker) mark.setAttribute('stroke', SHAPE_STROKE);
			continue;
		}
		a.setAttribute('href', member.href);
		a.setAttribute('aria-label', member.label);
		a.removeAttribute('aria-hidden');
		a.removeAttribute('display');
		if (title) title.textContent = member.label;
		mark.setAttribute(
			'fill',
			member.value === null ? `url(#${NO_DATA_PATTERN})` : String(colour.apply(member.value))
		);
		if (!marker) {
			mark.setAttribute('stroke', member.value === null ? NO_DATA_STROKE : SHAPE_STROKE);
		} else if (member.value === null) mark.removeAttribute('stroke-width');
		else mark.setAttribute('stroke-width', '0.8');
	}
}

/**
 * Names each Member's link for assistive technology and tags it with the
 * State's code (`data-iso3`), which paintMap and the tests find it by.
 */
export function tagMapLinks(node: Element): void {
	for (const a of node.querySelectorAll('a')) {
		const iso3 = /\/states\/([A-Z]{3})/.exec(a.getAttribute('href') ?? '')?.[1];
		if (iso3) a.setAttribute('data-iso3', iso3);
		a.setAttribute('aria-label', a.querySelector('title')?.textContent ?? '');
	}
}
