import * as Plot from '@observablehq/plot';
import { spreadLabels } from './recommendations-labels';
import { INK, MUTED, TABLEAU10, chartFrame } from './theme';

export interface SurvivalCurveInput {
	readonly group: string;
	readonly label: string;
	/** Distinct event times with S(t) just after them. */
	readonly steps: readonly { readonly months: number; readonly survival: number }[];
	/** The longest follow-up in the group, so the curve runs on to its last censored case. */
	readonly lastMonths: number;
	readonly median: number | null;
}

export interface SurvivalOptions {
	readonly width: number;
	readonly height: number;
	readonly xLabel: string;
	readonly yLabel: string;
	readonly medianLabel: string;
	readonly formatPercent: (value: number) => string;
	readonly formatMonths: (months: number) => string;
}

const MARGIN = { top: 28, right: 190, bottom: 40, left: 56 };

interface CurvePoint {
	readonly group: string;
	readonly months: number;
	readonly survival: number;
}

/**
 * Kaplan-Meier step curves: the share of recommendations not yet implemented
 * against months since issue, one per group, with the 50 % line for medians.
 */
export function survivalPlot(
	curves: readonly SurvivalCurveInput[],
	o: SurvivalOptions
): Plot.PlotOptions {
	const points: CurvePoint[] = curves.flatMap((c) => {
		const pts: CurvePoint[] = [{ group: c.group, months: 0, survival: 1 }];
		for (const s of c.steps) pts.push({ group: c.group, months: s.months, survival: s.survival });
		const end = Math.max(c.lastMonths, c.steps.at(-1)?.months ?? 0);
		pts.push({ group: c.group, months: end, survival: pts.at(-1)?.survival ?? 1 });
		return pts;
	});
	const maxMonths = Math.max(12, ...points.map((p) => p.months));
	const plotHeight = o.height - MARGIN.top - MARGIN.bottom;
	const groups = curves.map((c) => c.group);
	const labelOf = new Map(curves.map((c) => [c.group, c.label]));
	const ends = spreadLabels(
		curves.map((c) => {
			const last = points.filter((p) => p.group === c.group).at(-1);
			return { item: c, px: (1 - (last?.survival ?? 1)) * plotHeight };
		}),
		plotHeight
	).map((l) => ({
		group: l.item.group,
		months: maxMonths,
		y: 1 - l.px / plotHeight,
		label:
			l.item.median === null
				? l.item.label
				: `${l.item.label}: ${o.medianLabel} ${o.formatMonths(l.item.median)}`
	}));
	const medians = curves.filter((c) => c.median !== null);
	const palette = groups.length <= TABLEAU10.length ? TABLEAU10.slice(0, groups.length) : undefined;
	return {
		...chartFrame(o.width, o.height, MARGIN),
		x: { domain: [0, maxMonths], label: o.xLabel, labelAnchor: 'right', grid: true },
		y: { domain: [0, 1], tickFormat: '.0%', label: o.yLabel, labelAnchor: 'top', grid: true },
		color: palette ? { domain: groups, range: [...palette] } : { domain: groups },
		marks: [
			Plot.ruleY([0.5], { stroke: MUTED, strokeDasharray: '4,3' }),
			Plot.line(points, {
				x: 'months',
				y: 'survival',
				z: 'group',
				stroke: 'group',
				curve: 'step-after',
				strokeWidth: 2
			}),
			Plot.dot(points, {
				x: 'months',
				y: 'survival',
				fill: 'group',
				r: 0,
				title: (p: CurvePoint) =>
					`${labelOf.get(p.group) ?? p.group}, ${o.formatMonths(p.months)}: ${o.formatPercent(p.survival)}`
			}),
			Plot.dot(medians, {
				x: (c: SurvivalCurveInput) => c.median,
				y: () => 0.5,
				fill: 'group',
				stroke: '#ffffff',
				r: 4.5
			}),
			Plot.text(ends, { x: 'months', y: 'y', text: () => '\u25A0', fill: 'group', dx: 10 }),
			Plot.text(ends, {
				x: 'months',
				y: 'y',
				text: 'label',
				fill: INK,
				textAnchor: 'start',
				dx: 18
			})
		]
	};
}
