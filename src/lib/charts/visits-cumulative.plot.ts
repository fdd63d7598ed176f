import * as Plot from '@observablehq/plot';
import {
	countScale,
	decimalYear,
	MUTED,
	TABLEAU10,
	yearScale,
	yearTickCount,
	chartFrame
} from './theme';

export interface CumulativePoint {
	readonly year: number;
	readonly cumulative_visits: number;
	readonly cumulative_states: number;
}

/** A published figure to set beside the records: visits and States visited by a date. */
export interface ReferencePoint {
	readonly date: string;
	readonly visits: number;
	readonly states: number;
	/** e.g. "Public figure, Sep 2017: 133 visits, 93 States". */
	readonly label: string;
}

export interface CumulativeVisitsOptions {
	readonly width: number;
	readonly height: number;
	readonly yLabel: string;
	readonly visitsLabel: string;
	readonly statesLabel: string;
	readonly references: readonly ReferencePoint[];
	readonly formatCount: (n: number) => string;
}

const VISITS = TABLEAU10[0];
const STATES = TABLEAU10[1];

/**
 * Running totals of visits and of States visited at each year's end, with
 * public reference figures as hollow labelled markers at their dates.
 */
export function cumulativeVisitsPlot(
	rows: readonly CumulativePoint[],
	o: CumulativeVisitsOptions
): Plot.PlotOptions {
	const first = Math.min(
		...rows.map((r) => r.year),
		...o.references.map((r) => Number(r.date.slice(0, 4)))
	);
	const last = Math.max(
		...rows.map((r) => r.year),
		...o.references.map((r) => Number(r.date.slice(0, 4)))
	);
	const max = Math.max(
		1,
		...rows.map((r) => r.cumulative_visits),
		...o.references.map((r) => r.visits)
	);
	// A year's total is drawn at its end (31 Dec), where the public figures' dates can be compared.
	const series = rows.flatMap((r) => [
		{ x: r.year + 0.5, y: r.cumulative_visits, series: o.visitsLabel, year: r.year },
		{ x: r.year + 0.5, y: r.cumulative_states, series: o.statesLabel, year: r.year }
	]);
	const refs = o.references.flatMap((r) => [
		{ x: decimalYear(r.date), y: r.visits, colour: VISITS, label: r.label },
		{ x: decimalYear(r.date), y: r.states, colour: STATES, label: '' }
	]);
	const ends = [o.visitsLabel, o.statesLabel]
		.map((label) => series.filter((s) => s.series === label).at(-1))
		.filter((s) => s !== undefined);
	return {
		...chartFrame(o.width, o.height, { top: 28, right: 110, bottom: 32, left: 52 }),
		x: yearScale(first, last, yearTickCount(o.width - 52 - 110)),
		y: countScale(max, o.yLabel, o.formatCount),
		color: { domain: [o.visitsLabel, o.statesLabel], range: [VISITS, STATES] },
		marks: [
			Plot.ruleY([0], { stroke: MUTED }),
			Plot.line(series, { x: 'x', y: 'y', stroke: 'series', strokeWidth: 2, curve: 'step-after' }),
			Plot.dot(series, {
				x: 'x',
				y: 'y',
				fill: 'series',
				r: 2.5,
				title: (d: (typeof series)[number]) =>
					`${d.series}, end of ${d.year}: ${o.formatCount(d.y)}`
			}),
			Plot.text(ends, {
				x: 'x',
				y: 'y',
				text: 'series',
				fill: 'series',
				textAnchor: 'start',
				dx: 6
			}),
			Plot.dot(refs, {
				x: 'x',
				y: 'y',
				stroke: 'colour',
				fill: '#ffffff',
				strokeWidth: 2,
				r: 5,
				symbol: 'diamond',
				title: (d: (typeof refs)[number]) => d.label || `${o.formatCount(d.y)}`
			}),
			Plot.text(
				refs.filter((d) => d.label !== ''),
				{
					x: 'x',
					y: 'y',
					text: 'label',
					fill: MUTED,
					textAnchor: 'end',
					dx: -8,
					dy: -10,
					fontSize: 11
				}
			)
		]
	};
}
