import * as Plot from '@observablehq/plot';
import { formatPercent, t } from '../i18n';
import { cellGapValue, informationCoverage, type GapMeasure } from '../indicators/gap-measures';
import { SMALL_BASE } from '../indicators/rate';
import { INK, MUTED, PLOT_STYLE } from './theme';

/** The fields of a heatmap row (queries/gaps HeatmapCellRow) the drawing reads. */
export interface HeatmapCellInput {
	readonly row_key: string;
	readonly row_label: string;
	readonly area_code: string;
	readonly mean_score: number | null;
	readonly mean_gap_share: number | null;
	readonly states_scored: number;
	readonly rated_items: number;
	readonly applicable_items: number;
}

/** One drawn cell: every row crossed with every area, empty cells included. */
export interface HeatmapExportCell {
	readonly row: string;
	readonly area: string;
	readonly value: number | null;
	/** First line: the score, or why there is none; "*" marks a small base. */
	readonly score: string;
	/** Second line: information coverage (G3). */
	readonly coverage: string;
	readonly fill: string;
	readonly ink: string;
}

export interface GapHeatmapOptions {
	readonly measure: GapMeasure;
	readonly areas: readonly { readonly code: string; readonly label: string }[];
	/** The page's colour ramp and text colour on it (components/gaps/cell-colour). */
	readonly colour: (value: number) => string;
	readonly inkOn: (fill: string) => string;
}

/** Fills of cells without a score, told apart as on the page: none drawn as a low score. */
const EMPTY_FILL = { notAssessed: '#ffffff', noInformation: '#ececec', notApplicable: '#d4d4d4' };

/** The cells of the heatmap as the page shows them, for the export drawing. */
export function gapHeatmapCells(
	rows: readonly HeatmapCellInput[],
	o: GapHeatmapOptions
): HeatmapExportCell[] {
	const labels = new Map(rows.map((c) => [c.row_key, c.row_label]));
	const byKey = new Map(rows.map((c) => [`${c.row_key}|${c.area_code}`, c]));
	return [...labels].flatMap(([key, row]) =>
		o.areas.map((a): HeatmapExportCell => {
			const c = byKey.get(`${key}|${a.code}`);
			if (!c) {
				const fill = EMPTY_FILL.notAssessed;
				const score = t('gaps.export.notAssessed');
				return { row, area: a.label, value: null, score, coverage: '', fill, ink: MUTED };
			}
			const value = cellGapValue(c, o.measure);
			// Nothing applicable: no coverage to state.
			const coverage = c.applicable_items > 0 ? formatPercent(informationCoverage(c)) : '';
			if (value === null) {
				const kind = c.applicable_items > 0 ? 'noInformation' : 'notApplicable';
				const score = t(`gaps.cell.${kind}Short`);
				return { row, area: a.label, value, score, coverage, fill: EMPTY_FILL[kind], ink: INK };
			}
			const fill = o.colour(value);
			const small = c.states_scored > 0 && c.states_scored < SMALL_BASE ? '*' : '';
			const score = (o.measure === 'g1' ? value.toFixed(2) : formatPercent(value)) + small;
			return { row, area: a.label, value, score, coverage, fill, ink: o.inkOn(fill) };
		})
	);
}

export interface GapHeatmapLayout {
	/** Width of the drawing; the export draws it at the slide's inner width. */
	readonly width: number;
	/** Every label's size in px: 30 px on a 1920-wide slide is about 14 pt. */
	readonly fontSize: number;
	readonly rowLabels: readonly string[];
	readonly areaLabels: readonly string[];
	/** The line under the grid saying what the empty cells, "*" and the second line mean. */
	readonly key: string;
}

/**
 * The heatmap as a Plot cell mark with each cell's score and coverage written
 * in it, for export only (the page shows the HTML table). Area names are set
 * at 45 degrees above their columns so fourteen fit a slide's width.
 */
export function gapHeatmapPlot(
	cells: readonly HeatmapExportCell[],
	layout: GapHeatmapLayout
): Plot.PlotOptions {
	const fs = layout.fontSize;
	const charWidth = fs * 0.55;
	const longest = (labels: readonly string[]) => Math.max(4, ...labels.map((l) => l.length));
	const marginLeft = Math.round(longest(layout.rowLabels) * charWidth + fs);
	const marginTop = Math.round(longest(layout.areaLabels) * charWidth * 0.72 + fs);
	const rowHeight = Math.round(fs * 2.7);
	const marginBottom = Math.round(fs * 2);
	return {
		width: layout.width,
		height: marginTop + layout.rowLabels.length * rowHeight + marginBottom,
		marginLeft,
		marginTop,
		marginBottom,
		marginRight: 8,
		style: { ...PLOT_STYLE, fontSize: `${fs}px` },
		x: { domain: layout.areaLabels, axis: 'top', label: null, tickRotate: -45, tickSize: 0 },
		y: { domain: layout.rowLabels, label: null, tickSize: 0 },
		color: { type: 'identity' },
		marks: [
			Plot.cell(cells, {
				x: 'area',
				y: 'row',
				fill: 'fill',
				stroke: '#bdbdbd',
				inset: 1
			}),
			Plot.text(cells, {
				x: 'area',
				y: 'row',
				text: (c: HeatmapExportCell) => (c.coverage ? `${c.score}\n${c.coverage}` : c.score),
				fill: 'ink',
				fontSize: fs,
				lineHeight: 1.1
			}),
			Plot.text([layout.key], {
				frameAnchor: 'bottom-left',
				dy: marginBottom - fs * 0.4,
				dx: -marginLeft,
				textAnchor: 'start',
				fill: MUTED,
				fontSize: fs
			})
		]
	};
}
