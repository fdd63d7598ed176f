import * as Plot from '@observablehq/plot';
import { MUTED, chartFrame } from './theme';

export interface RatingCount {
	readonly region: string;
	readonly rating: string;
	readonly states: number;
}

export interface FatfBarsOptions {
	readonly width: number;
	/** Ratings from best to worst, then 'N/A' and 'unrated' (drawn grey). */
	readonly ratings: readonly string[];
	readonly ratingLabel: (code: string) => string;
	readonly xLabel: string;
}

/** Best to worst in blues-to-oranges; not applicable and unrated in greys, never a rating colour. */
const RATING_COLOURS: Readonly<Record<string, string>> = {
	C: '#2166ac',
	HE: '#2166ac',
	LC: '#67a9cf',
	SE: '#67a9cf',
	PC: '#f4a582',
	ME: '#f4a582',
	NC: '#b2182b',
	LE: '#b2182b',
	'N/A': '#bdbdbd',
	unrated: '#e8e8e8'
};

/** Stacked bars of how many Member States of each region got each rating of one measure. */
export function fatfBarsPlot(rows: readonly RatingCount[], o: FatfBarsOptions): Plot.PlotOptions {
	const regions = [...new Set(rows.map((r) => r.region))];
	return {
		...chartFrame(o.width, 40 + regions.length * 28, { top: 8, right: 16, bottom: 36, left: 80 }),
		x: { label: o.xLabel, grid: true },
		y: { domain: regions, label: null },
		color: {
			domain: o.ratings,
			range: o.ratings.map((r) => RATING_COLOURS[r] ?? MUTED),
			legend: true,
			tickFormat: o.ratingLabel
		},
		marks: [
			Plot.barX(
				rows,
				Plot.stackX(
					{ order: [...o.ratings] },
					{
						x: 'states',
						y: 'region',
						fill: 'rating',
						stroke: '#ffffff',
						strokeWidth: 0.5,
						title: (r: RatingCount) => `${r.region}: ${o.ratingLabel(r.rating)}, ${r.states}`
					}
				)
			),
			Plot.ruleX([0], { stroke: MUTED })
		]
	};
}
