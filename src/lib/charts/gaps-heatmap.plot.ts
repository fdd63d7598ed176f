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
	/** Every label's size in px (GAP_HEATMAP_FONT). */
	readonly fontSize: number;
	readonly rowLabels: readonly string[];
	readonly areaLabels: readonly string[];
	/** Under the grid: what the empty cells, "*" and the second line mean; one entry a line. */
	readonly key: readonly string[];
	/** 2: score and coverage in each cell (documents); 1: the score only (slides, where height is short). */
	readonly cellLines: 1 | 2;
}

/**
 * 32 px: on a 1920-wide slide PNG (960 pt) that is 16 pt, and on the deck's
 * image (1920 px over 888 pt) 14.8 pt; the slide layouts scale the drawing by
 * no less than 0.88 (test), so no label is under about 14 pt.
 */
export const GAP_HEATMAP_FONT = 32;
/** Rows a slide holds at that size; a view with more is summarised (largestGapRowKeys). */
export const GAP_HEATMAP_SLIDE_ROWS = 6;
/** Area names are set at this angle so fourteen fit a slide's width in little height. */
const ROTATE = 30;

/**
 * The heatmap as a Plot cell mark with each cell's score (and coverage) written
 * in it, for export only (the page shows the HTML table). Area names are set
 * at 30 degrees above their columns; the left margin is wide enough for the
 * row names and for the first area name's slant, so nothing is drawn outside.
 */
export function gapHeatmapPlot(
	cells: readonly HeatmapExportCell[],
	layout: GapHeatmapLayout
): Plot.PlotOptions {
	const fs = layout.fontSize;
	const charWidth = fs * 0.55;
	const longest = (labels: readonly string[]) => Math.max(4, ...labels.map((l) => l.length));
	const slant = (ROTATE * Math.PI) / 180;
	const areaLength = longest(layout.areaLabels) * charWidth;
	const firstArea = (layout.areaLabels[0]?.length ?? 0) * charWidth * Math.cos(slant);
	const marginLeft = Math.round(Math.max(longest(layout.rowLabels) * charWidth + fs, firstArea));
	const marginTop = Math.round(areaLength * Math.sin(slant) + fs * 1.2);
	const rowHeight = Math.round(fs * (layout.cellLines === 2 ? 2.7 : 1.5));
	const keyLines = layout.key.length;
	const marginBottom = Math.round(fs * (0.8 + 1.2 * keyLines));
	return {
		width: layout.width,
		height: marginTop + layout.rowLabels.length * rowHeight + marginBottom,
		marginLeft,
		marginTop,
		marginBottom,
		marginRight: 8,
		style: { ...PLOT_STYLE, fontSize: `${fs}px` },
		x: { domain: layout.areaLabels, axis: 'top', label: null, tickRotate: -ROTATE, tickSize: 0 },
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
				text: (c: HeatmapExportCell) =>
					layout.cellLines === 2 && c.coverage ? `${c.score}\n${c.coverage}` : c.score,
				fill: 'ink',
				fontSize: fs,
				lineHeight: 1.1
			}),
			Plot.text([layout.key.join('\n')], {
				frameAnchor: 'bottom-left',
				dy: marginBottom - fs * 0.4,
				dx: -marginLeft,
				textAnchor: 'start',
				lineAnchor: 'bottom',
				lineHeight: 1.2,
				fill: MUTED,
				fontSize: fs
			})
		]
	};
}
