import * as Plot from '@observablehq/plot';
import { decimalYear, TABLEAU10, yearTicks, chartFrame } from './theme';

export interface TimelineEvent {
	readonly date: string;
	/** The kind of event, already as a label (visit, report adopted, follow-up report). */
	readonly event: string;
	readonly title: string;
}

export interface TimelineOptions {
	readonly width: number;
	/** Event labels in display order (top to bottom). */
	readonly events: readonly string[];
	/** The reference date: the axis ends there. */
	readonly referenceYear: number;
	/** Print: narrower lanes. */
	readonly compact?: boolean;
}

/** One lane per kind of event, a dot at each date, on a year axis. */
export function timelinePlot(rows: readonly TimelineEvent[], o: TimelineOptions): Plot.PlotOptions {
	const years = rows.map((r) => Number(r.date.slice(0, 4)));
	const first = Math.min(o.referenceYear - 5, ...years);
	const last = o.referenceYear;
	return {
		...chartFrame(o.width, o.compact ? 34 + o.events.length * 16 : 40 + o.events.length * 26, {
			top: 8,
			right: 16,
			bottom: 26,
			left: 130
		}),
		x: {
			domain: [first - 0.5, last + 0.5],
			ticks: yearTicks(first, last, Math.max(2, Math.floor((o.width - 146) / 44))),
			tickFormat: (y: number) => String(y),
			label: null,
			grid: true
		},
		y: { domain: o.events, label: null, tickSize: 0 },
		color: { domain: o.events, range: TABLEAU10.slice(0, o.events.length) },
		marks: [
			Plot.dot(rows, {
				x: (r: TimelineEvent) => decimalYear(r.date),
				y: 'event',
				fill: 'event',
				r: 5,
				stroke: '#ffffff',
				title: 'title'
			})
		]
	};
}
