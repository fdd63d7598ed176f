import * as Plot from '@observablehq/plot';
import { INK, MUTED, SERIES_BLUE, chartFrame } from './theme';

export interface RateBar {
	readonly label: string;
	readonly numerator: number;
	readonly denominator: number;
	/** A wider numerator drawn as a lighter bar behind (R2 behind R1). */
	readonly wider?: number;
}

export interface RateBarsOptions {
	readonly width: number;
	readonly xLabel: string;
	/** Names of the dark and the light bar, for tooltips. */
	readonly seriesLabel: string;
	readonly widerLabel?: string;
	readonly smallBase: number;
	readonly smallBaseLabel: string;
	readonly formatPercent: (value: number) => string;
}

const ROW = 26;
const LIGHT_BLUE = '#a0cbe8';

function fitLabel(label: string, maxChars: number): string {
	return label.length <= maxChars
		? label
		: `${label.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…`;
}

/**
 * One horizontal bar per category on a fixed 0-100 % axis, the share
 * written at its end with n / N; small bases are said in the label.
 */
export function rateBarsPlot(rows: readonly RateBar[], o: RateBarsOptions): Plot.PlotOptions {
	const shown = rows.filter((r) => r.denominator > 0);
	const share = (n: number, r: RateBar) => n / r.denominator;
	const tip = (r: RateBar) =>
		[
			`${r.label}: ${o.seriesLabel} ${o.formatPercent(share(r.numerator, r))} (${r.numerator} / ${r.denominator})`,
			r.wider !== undefined && o.widerLabel
				? `${o.widerLabel} ${o.formatPercent(share(r.wider, r))} (${r.wider} / ${r.denominator})`
				: ''
		]
			.filter(Boolean)
			.join('\n');
	const endText = (r: RateBar) =>
		`${o.formatPercent(share(r.numerator, r))}  ${r.numerator} / ${r.denominator}` +
		(r.denominator < o.smallBase ? `  ${o.smallBaseLabel}` : '');
	// Long area names need room (they were cut at the left), but never more than 45 % of the width.
	const labelWidth = Math.min(
		340,
		Math.max(120, o.width * 0.45),
		12 + 7 * Math.max(4, ...shown.map((r) => r.label.length))
	);
	return {
		// Room for the axis label on its own line above the tick labels (it overlapped "100%").
		...chartFrame(o.width, 54 + ROW * Math.max(1, shown.length), {
			top: 44,
			right: 125,
			bottom: 10,
			left: labelWidth
		}),
		x: {
			domain: [0, 1],
			tickFormat: '.0%',
			label: o.xLabel,
			labelOffset: 36,
			grid: true,
			axis: 'top'
		},
		y: {
			domain: shown.map((r) => r.label),
			label: null,
			padding: 0.25,
			// A name longer than the margin ends in an ellipsis; the bar's title has it in full.
			tickFormat: (label: string) => fitLabel(label, Math.floor((labelWidth - 12) / 6))
		},
		marks: [
			...(shown.some((r) => r.wider !== undefined)
				? [
						Plot.barX(shown, {
							y: 'label',
							x: (r: RateBar) => share(r.wider ?? 0, r),
							fill: LIGHT_BLUE,
							title: tip
						})
					]
				: []),
			Plot.barX(shown, {
				y: 'label',
				x: (r: RateBar) => share(r.numerator, r),
				fill: SERIES_BLUE,
				insetTop: shown.some((r) => r.wider !== undefined) ? 4 : 0,
				insetBottom: shown.some((r) => r.wider !== undefined) ? 4 : 0,
				title: tip
			}),
			Plot.ruleX([0], { stroke: MUTED }),
			Plot.text(shown, {
				y: 'label',
				x: 1,
				text: endText,
				textAnchor: 'start',
				dx: 8,
				fill: INK
			})
		]
	};
}
