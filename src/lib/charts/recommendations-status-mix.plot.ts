import * as Plot from '@observablehq/plot';
import { spreadLabels } from './recommendations-labels';
import { countTicks, INK, MUTED, yearTickCount, yearTicks, chartFrame } from './theme';

export interface StatusCount {
	readonly year: number;
	readonly status: string;
	readonly recommendations: number;
}

export interface StatusMixOptions {
	readonly width: number;
	readonly height: number;
	readonly yLabel: string;
	/** Statuses bottom to top, with label and colour; "no information" gets a neutral grey. */
	readonly statuses: readonly { code: string; label: string; colour: string }[];
	readonly formatCount: (n: number) => string;
}

const MARGIN = { top: 28, right: 170, bottom: 32, left: 56 };

/** Recommendations by their status at each year end, stacked, labelled at the right edge. */
export function statusMixPlot(rows: readonly StatusCount[], o: StatusMixOptions): Plot.PlotOptions {
	const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
	const first = years[0] ?? 0;
	const last = years.at(-1) ?? 0;
	const codes = o.statuses.map((s) => s.code);
	// Every status in every year, so that the stacked bands do not jump where a status is absent.
	const full = years.flatMap((year) =>
		codes.map((status) => ({
			year,
			status,
			recommendations:
				rows.find((r) => r.year === year && r.status === status)?.recommendations ?? 0
		}))
	);
	const totals = years.map((y) =>
		full.filter((r) => r.year === y).reduce((sum, r) => sum + r.recommendations, 0)
	);
	const ticks = countTicks(Math.max(1, ...totals));
	const top = ticks.at(-1) ?? 1;
	const plotHeight = o.height - MARGIN.top - MARGIN.bottom;
	const lastRows = full.filter((r) => r.year === last);
	let below = 0;
	const wanted = lastRows.map((r) => {
		const mid = below + r.recommendations / 2;
		below += r.recommendations;
		return { item: r, px: (1 - mid / top) * plotHeight };
	});
	const labels = spreadLabels(
		wanted.filter((l) => l.item.recommendations > 0),
		plotHeight
	).map((l) => ({
		year: last,
		y: (1 - l.px / plotHeight) * top,
		status: l.item.status,
		label: `${o.statuses.find((s) => s.code === l.item.status)?.label ?? l.item.status} (${o.formatCount(l.item.recommendations)})`
	}));
	const labelOf = new Map(o.statuses.map((s) => [s.code, s.label]));
	return {
		...chartFrame(o.width, o.height, MARGIN),
		x: {
			domain: [first, last],
			ticks: yearTicks(first, last, yearTickCount(o.width - MARGIN.left - MARGIN.right)),
			tickFormat: (y: number) => String(y),
			label: null
		},
		y: {
			label: o.yLabel,
			grid: true,
			domain: [0, top],
			ticks,
			tickFormat: (v: number) => o.formatCount(v),
			labelAnchor: 'top'
		},
		color: { domain: codes, range: o.statuses.map((s) => s.colour) },
		marks: [
			Plot.areaY(full, {
				x: 'year',
				y: 'recommendations',
				fill: 'status',
				order: codes,
				stroke: '#ffffff',
				strokeWidth: 0.5,
				title: (r: StatusCount) =>
					`${labelOf.get(r.status) ?? r.status}, ${r.year}: ${o.formatCount(r.recommendations)}`
			}),
			Plot.ruleY([0], { stroke: MUTED }),
			Plot.text(labels, { x: 'year', y: 'y', text: () => '\u25A0', fill: 'status', dx: 10 }),
			Plot.text(labels, {
				x: 'year',
				y: 'y',
				text: 'label',
				fill: INK,
				textAnchor: 'start',
				dx: 18
			})
		]
	};
}
