import * as Plot from '@observablehq/plot';
import { GRID, MUTED, chartFrame } from './theme';

/** One State and area's G1 in two editions (G5 = latest - previous). */
export interface ChangePair {
	readonly label: string;
	readonly previous: number;
	readonly latest: number;
	readonly previousEdition: string;
	readonly latestEdition: string;
}

export interface ChangeDumbbellOptions {
	readonly width: number;
	readonly xLabel: string;
}

/** Row labels are drawn a little smaller than the chart text; a character is about 5.6 px wide at 11 px. */
const LABEL_PX = 11;
const LABEL_CHAR_PX = 5.6;

/** Diverging pair (ColorBrewer RdBu ends): blue for improvement, red for regression. */
export const IMPROVED = '#2166ac';
export const REGRESSED = '#b2182b';

/**
 * A dumbbell per State and area: a hollow dot at the previous edition's score,
 * a filled dot at the latest, joined by a line in the direction's colour.
 * Rows are drawn in the given order (largest change first).
 */
export function changeDumbbellPlot(
	pairs: readonly ChangePair[],
	o: ChangeDumbbellOptions
): Plot.PlotOptions {
	const colour = (d: ChangePair) => (d.latest >= d.previous ? IMPROVED : REGRESSED);
	const title = (d: ChangePair) =>
		`${d.label}: ${d.previous.toFixed(2)} (${d.previousEdition}) -> ${d.latest.toFixed(2)} (${d.latestEdition})`;
	// "State - area" labels run to ~70 characters: give them the room they need (they
	// were cut at the figure's edge), and on a narrow chart wrap them at spaces.
	const longest = Math.max(0, ...pairs.map((p) => p.label.length));
	const needed = Math.ceil(longest * LABEL_CHAR_PX) + 10;
	const marginLeft = Math.min(needed, Math.round(o.width * 0.45));
	const rowHeight = needed > marginLeft ? 32 : 22;
	return {
		...chartFrame(o.width, 48 + pairs.length * rowHeight, {
			top: 40,
			right: 24,
			bottom: 8,
			left: marginLeft
		}),
		// The label sits centred above the ticks: at the right end it ran into "1.0".
		x: {
			domain: [0, 1],
			label: o.xLabel,
			labelAnchor: 'center',
			labelOffset: 34,
			axis: 'top',
			grid: true,
			ticks: 5
		},
		y: { domain: pairs.map((p) => p.label), label: null, axis: null },
		marks: [
			Plot.axisY({ tickSize: 0, fontSize: LABEL_PX, lineWidth: (marginLeft - 10) / LABEL_PX }),
			Plot.ruleX([0.5], { stroke: GRID }),
			Plot.link(pairs, {
				x1: 'previous',
				x2: 'latest',
				y1: 'label',
				y2: 'label',
				stroke: colour,
				strokeWidth: 2.5,
				markerEnd: 'arrow'
			}),
			Plot.dot(pairs, { x: 'previous', y: 'label', r: 4, stroke: MUTED, fill: '#ffffff', title }),
			Plot.dot(pairs, { x: 'latest', y: 'label', r: 4, fill: colour, title })
		]
	};
}
