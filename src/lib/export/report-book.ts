import type * as Plot from '@observablehq/plot';
import { rateBarsPlot } from '../charts/recommendations-rates.plot';
import { sharesByYearPlot } from '../charts/shares-by-year.plot';
import { cumulativeVisitsPlot } from '../charts/visits-cumulative.plot';
import { turnaroundPlot } from '../charts/visits-turnaround.plot';
import { formatBase, formatCount, formatPercent } from '../i18n/format';
import { t, type MessageKey } from '../i18n';
import { INDICATORS } from '../indicators/catalogue';
import { SMALL_BASE, type Rate } from '../indicators/rate';
import { reportFacts, type ReportFacts } from '../indicators/report-facts';
import { yearAndTotal } from '../indicators/report-tables';
import { REPORT_CROSS_CUTTING, type ReportRows } from '../queries/report';
import type { FigureData } from './figure-data';
import {
	coverageSummary,
	crossCuttingSummary,
	followupSummary,
	gapsSummary,
	implementationSummary,
	trendSummary,
	turnaroundSummary,
	visitsSummary
} from './report-summaries';

/**
 * The annual report's book for one year at D, worded: its chapters, numbered
 * figures (with the Plot spec that draws each) and tables (as the cells a
 * reader sees), the summary sentence of each item and the definitions of the
 * indicators it states. The page draws from it and the Word document is
 * built from it, in the browser and by `npm run report`, so all three say
 * the same numbers in the same words.
 */

/** The numbers of the book's figures and tables, in reading order (the contents list and captions share them). */
export const FIGURE_NUMBER = { visits: 1, turnaround: 2, implementation: 3, trend: 4 } as const;
export const TABLE_NUMBER = {
	coverage: 1,
	followup: 2,
	gaps: 3,
	gender: 4,
	children: 5,
	humanRights: 6
} as const;

/** The width the book's figures are drawn at for print and the Word document, in CSS pixels (about 17 cm on A4). */
export const REPORT_FIGURE_WIDTH = 640;

export interface BookFigure {
	readonly kind: 'figure';
	/** Anchor and test handle, e.g. "figure-1". */
	readonly id: string;
	readonly number: number;
	readonly title: string;
	readonly subtitle: string;
	readonly summary: string;
	/** Draws the figure at a width in CSS pixels. */
	readonly spec: (width: number) => Plot.PlotOptions;
	/** True when there is nothing to draw. */
	readonly empty: boolean;
	/** The rows the figure draws, as its CSV download on the page holds them; the figure pack's CSV and XLSX. */
	readonly data: FigureData;
}

export interface BookTable {
	readonly kind: 'table';
	readonly id: string;
	readonly number: number;
	readonly title: string;
	readonly header: readonly string[];
	/** Cells as the page shows them: formatted numbers, "No data", "*" for a small base. */
	readonly rows: readonly (readonly string[])[];
	readonly numeric: readonly boolean[];
	readonly summary: string;
	/** A note under the table (the small-base mark), if any. */
	readonly note: string | null;
}

export type BookItem = BookFigure | BookTable;

export interface ReportBook {
	readonly year: number;
	readonly d: string;
	readonly facts: ReportFacts;
	readonly chapters: readonly { readonly title: string; readonly items: readonly BookItem[] }[];
	/** Each item by its id. */
	readonly items: Readonly<Record<string, BookItem>>;
	/** The definitions of the indicators the book states, in the catalogue's words. */
	readonly definitions: readonly { readonly term: string; readonly text: string }[];
	readonly areaName: (code: string) => string;
}

/** The indicators the book states, for the annex of definitions. */
const DEFINED = [
	'V1',
	'V2',
	'V4',
	'R1',
	'R2',
	'R4',
	'G1',
	'G4',
	...Object.values(REPORT_CROSS_CUTTING).flat(),
	'H2'
];

/**
 * A rate as a table cell shows it: the percentage, n / N, and "*" for a
 * small base; its spaces do not break, so a narrow Word column keeps it on one line.
 */
export function rateText(r: Rate): string {
	return `${formatPercent(r.value)} (${formatBase(r)})${r.smallBase ? '*' : ''}`.replaceAll(
		' ',
		'\u00a0'
	);
}

const indicatorTitle = (id: string) => INDICATORS.find((i) => i.id === id)?.title ?? id;

export function reportBook(rows: ReportRows, year: number, d: string): ReportBook {
	const facts = reportFacts(rows, year);
	const areaName = (code: string) => rows.areas.find((a) => a.area_code === code)?.name ?? code;
	const starNote = t('report.gaps.note', { n: SMALL_BASE });

	const visits: BookFigure = {
		kind: 'figure',
		id: `figure-${FIGURE_NUMBER.visits}`,
		number: FIGURE_NUMBER.visits,
		title: t('report.visits.title'),
		subtitle: t('report.visits.subtitle'),
		summary: visitsSummary(rows.visits, facts.statesInYear, year, d),
		data: {
			columns: ['year', 'visits', 'cumulative_visits', 'cumulative_states'],
			rows: rows.visits
		},
		empty: rows.visits.length === 0,
		spec: (width) =>
			cumulativeVisitsPlot(rows.visits, {
				width,
				height: 280,
				yLabel: t('report.visits.axis'),
				visitsLabel: t('report.visits.visits'),
				statesLabel: t('report.visits.states'),
				references: [],
				formatCount
			})
	};
	const coverage: BookTable = {
		kind: 'table',
		id: `table-${TABLE_NUMBER.coverage}`,
		number: TABLE_NUMBER.coverage,
		title: t('report.coverage.title'),
		header: [
			t('report.coverage.region'),
			t('report.coverage.states'),
			t('report.coverage.visited'),
			t('report.coverage.share'),
			t('report.coverage.never'),
			t('report.coverage.within5')
		],
		numeric: [false, true, true, true, true, true],
		rows: facts.coverage.map((r) => [
			r.region ?? t('report.total'),
			formatCount(r.states),
			formatCount(r.visited),
			rateText(r.coverage),
			formatCount(r.never),
			formatCount(r.within5)
		]),
		summary: coverageSummary(facts.v1, facts.neverVisited, d),
		note: null
	};
	const turnaround: BookFigure = {
		kind: 'figure',
		id: `figure-${FIGURE_NUMBER.turnaround}`,
		number: FIGURE_NUMBER.turnaround,
		title: t('report.turnaround.title'),
		subtitle: t('report.turnaround.subtitle'),
		summary: turnaroundSummary(rows.turnaround, year, d),
		data: { columns: ['year', 'reports', 'median_days', 'p90_days'], rows: rows.turnaround },
		empty: rows.turnaround.length === 0,
		spec: (width) =>
			turnaroundPlot(rows.turnaround, {
				width,
				height: 260,
				yLabel: t('report.turnaround.axis'),
				medianLabel: t('report.turnaround.median'),
				p90Label: t('report.turnaround.p90'),
				formatCount
			})
	};
	const followup: BookTable = {
		kind: 'table',
		id: `table-${TABLE_NUMBER.followup}`,
		number: TABLE_NUMBER.followup,
		title: t('report.followup.title'),
		header: [
			t('report.followup.year'),
			t('report.followup.onTime'),
			t('report.followup.late'),
			t('report.followup.overdue'),
			t('report.followup.notDue'),
			t('report.followup.rate')
		],
		numeric: [false, true, true, true, true, true],
		rows: facts.followup.map((r) => [
			r.year === null ? t('report.followup.all') : String(r.year),
			formatCount(r.counts.on_time),
			formatCount(r.counts.late),
			formatCount(r.counts.overdue),
			formatCount(r.counts.not_due),
			rateText(r.onTime)
		]),
		summary: followupSummary(facts.r4, facts.overdue, d),
		note: null
	};
	const implementation: BookFigure = {
		kind: 'figure',
		id: `figure-${FIGURE_NUMBER.implementation}`,
		number: FIGURE_NUMBER.implementation,
		title: t('report.implementation.title'),
		subtitle: t('report.implementation.subtitle'),
		summary: implementationSummary(facts.r1, facts.r2, d),
		data: {
			columns: ['category', 'implemented', 'progressed', 'denominator'],
			rows: rows.implementation
		},
		empty: facts.implementation.every((b) => b.denominator === 0),
		spec: (width) =>
			rateBarsPlot(
				facts.implementation.map((b) => ({ ...b, label: areaName(b.area) })),
				{
					width,
					xLabel: t('report.implementation.axis'),
					seriesLabel: t('report.implementation.r1'),
					widerLabel: t('report.implementation.r2'),
					smallBase: SMALL_BASE,
					smallBaseLabel: t('value.smallBase'),
					formatPercent: (v) => formatPercent(v)
				}
			)
	};
	const gaps: BookTable = {
		kind: 'table',
		id: `table-${TABLE_NUMBER.gaps}`,
		number: TABLE_NUMBER.gaps,
		title: t('report.gaps.title'),
		header: [t('report.gaps.area'), ...facts.gaps.regions],
		numeric: [false, ...facts.gaps.regions.map(() => true)],
		rows: facts.gaps.rows.map((row) => [
			areaName(row.area),
			...row.cells.map((cell) =>
				cell === null || cell.mean_score === null
					? t('report.gaps.noScore')
					: `${cell.mean_score.toFixed(2)}${cell.states_scored < SMALL_BASE ? '*' : ''}`
			)
		]),
		summary: gapsSummary(facts.below, facts.lowest, areaName, d),
		note: starNote
	};
	const trend: BookFigure = {
		kind: 'figure',
		id: `figure-${FIGURE_NUMBER.trend}`,
		number: FIGURE_NUMBER.trend,
		title: t('report.trend.title'),
		subtitle: t('report.trend.subtitle'),
		summary: trendSummary(
			facts.sharesInYear.W1,
			facts.sharesInYear.C1,
			facts.sharesInYear.H1,
			year
		),
		data: { columns: ['series', 'year', 'numerator', 'denominator'], rows: facts.shares },
		empty: facts.shares.length === 0,
		spec: (width) =>
			sharesByYearPlot(facts.shares, {
				width,
				height: 260,
				yLabel: t('report.trend.axis'),
				series: (['W1', 'C1', 'H1'] as const).map((code) => ({
					code,
					label: t(`report.trend.${code}` as MessageKey)
				})),
				smallBase: SMALL_BASE,
				formatPercent: (v) => formatPercent(v)
			})
	};
	const crossTable = (theme: keyof typeof REPORT_CROSS_CUTTING): BookTable => {
		const n = TABLE_NUMBER[theme];
		const ids = REPORT_CROSS_CUTTING[theme];
		const rates = (id: string) => facts.crossCutting[id] ?? yearAndTotal([], year);
		const lead = ids[0];
		const leadRates = rates(lead);
		const h2 =
			theme === 'humanRights'
				? facts.h2.map((h) => [
						t(h.humanRights ? 'report.cross.h2' : 'report.cross.h2Others'),
						'',
						rateText(h.value)
					])
				: [];
		return {
			kind: 'table',
			id: `table-${n}`,
			number: n,
			title: t(`report.cross.${theme}`),
			header: [
				t('report.cross.indicator'),
				t('report.cross.inYear', { year }),
				t('report.cross.toDate')
			],
			numeric: [false, true, true],
			rows: [
				...ids.map((id) => {
					const r = rates(id);
					return [`${id} ${indicatorTitle(id)}`, rateText(r.inYear), rateText(r.toDate)];
				}),
				...h2
			],
			summary: crossCuttingSummary(
				`${lead} ${indicatorTitle(lead)}`,
				leadRates.inYear,
				leadRates.toDate,
				year,
				d
			),
			note: null
		};
	};

	const chapters = [
		{ title: t('report.chapter.visits'), items: [visits, coverage, turnaround] },
		{ title: t('report.chapter.recommendations'), items: [followup, implementation] },
		{ title: t('report.chapter.gaps'), items: [gaps] },
		{
			title: t('report.chapter.crossCutting'),
			items: [trend, crossTable('gender'), crossTable('children'), crossTable('humanRights')]
		}
	];
	return {
		year,
		d,
		facts,
		chapters,
		items: Object.fromEntries(chapters.flatMap((c) => c.items).map((item) => [item.id, item])),
		definitions: DEFINED.map((id) => INDICATORS.find((i) => i.id === id))
			.filter((def) => def !== undefined)
			.map((def) => ({ term: `${def.id} ${def.title}`, text: def.definition })),
		areaName
	};
}
