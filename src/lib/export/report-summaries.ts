import { formatBase, formatCount, formatDate, formatPercent } from '../i18n/format';
import { t } from '../i18n/locale.svelte';
import type { Rate } from '../indicators/rate';
import type { HeatmapCellRow } from '../queries/gaps';
import type { CumulativeVisitsRow, TurnaroundRow } from '../queries/visits';

/**
 * The one-sentence summary under each figure of the annual report, stating
 * its numbers plainly. Pure: rows in, text out, "no data" said in words.
 * `d` is the book's reference date (ISO).
 */

const pct = (r: Rate) => formatPercent(r.value);
const nOfN = (r: Rate) => formatBase(r);

export function visitsSummary(
	rows: readonly CumulativeVisitsRow[],
	statesInYear: number,
	year: number,
	d: string
): string {
	const date = formatDate(d);
	const last = rows.at(-1);
	if (!last) return t('report.sum.visitsNone', { date });
	const inYear = rows.find((r) => r.year === year)?.visits ?? 0;
	const total = t('report.sum.visitsTotal', {
		date,
		visits: formatCount(last.cumulative_visits),
		states: formatCount(last.cumulative_states)
	});
	if (inYear === 0) return `${t('report.sum.visitsNoneInYear', { year })} ${total}`;
	return `${t('report.sum.visitsInYear', {
		year,
		visits: formatCount(inYear),
		states: formatCount(statesInYear)
	})} ${total}`;
}

export function coverageSummary(v1: Rate, neverVisited: number, d: string): string {
	const date = formatDate(d);
	if (v1.value === null) return t('report.sum.coverageNone', { date });
	return t('report.sum.coverage', {
		date,
		n: formatCount(v1.numerator),
		d: formatCount(v1.denominator),
		pct: pct(v1),
		never: formatCount(neverVisited)
	});
}

export function turnaroundSummary(rows: readonly TurnaroundRow[], year: number, d: string): string {
	const date = formatDate(d);
	const row = rows.find((r) => r.year === year);
	if (!row) return t('report.sum.turnaroundNone', { year, date });
	return t('report.sum.turnaround', {
		year,
		date,
		median: formatCount(row.median_days),
		p90: formatCount(row.p90_days),
		reports: formatCount(row.reports)
	});
}

export function followupSummary(r4: Rate, overdue: number, d: string): string {
	const date = formatDate(d);
	if (r4.value === null) return t('report.sum.followupNone', { date });
	return t('report.sum.followup', {
		date,
		due: formatCount(r4.denominator),
		n: formatCount(r4.numerator),
		pct: pct(r4),
		overdue: formatCount(overdue)
	});
}

export function implementationSummary(r1: Rate, r2: Rate, d: string): string {
	const date = formatDate(d);
	if (r1.value === null) return t('report.sum.implementationNone', { date });
	return t('report.sum.implementation', {
		date,
		r1: pct(r1),
		r1n: nOfN(r1),
		r2: pct(r2),
		r2n: nOfN(r2)
	});
}

export function gapsSummary(
	below: Rate,
	lowest: HeatmapCellRow | null,
	areaName: (code: string) => string,
	d: string
): string {
	const date = formatDate(d);
	if (below.value === null || lowest === null || lowest.mean_score === null) {
		return t('report.sum.gapsNone', { date });
	}
	return t('report.sum.gaps', {
		date,
		pct: pct(below),
		nOfN: nOfN(below),
		area: areaName(lowest.area_code),
		region: lowest.row_label,
		score: lowest.mean_score.toFixed(2)
	});
}

/** W1, C1 and H1 in the reporting year, each said as "No data" when nothing was adopted or issued. */
export function trendSummary(w1: Rate, c1: Rate, h1: Rate, year: number): string {
	if (w1.value === null && c1.value === null && h1.value === null) {
		return t('report.sum.trendNone', { year });
	}
	return t('report.sum.trend', { year, w1: pct(w1), c1: pct(c1), h1: pct(h1) });
}

/** A cross-cutting table's lead indicator, in the year and over all years up to D. */
export function crossCuttingSummary(
	label: string,
	inYear: Rate,
	toDate: Rate,
	year: number,
	d: string
): string {
	const date = formatDate(d);
	if (toDate.value === null) return t('report.sum.crossNone', { label, date });
	const all = t('report.sum.crossToDate', { date, pct: pct(toDate), nOfN: nOfN(toDate) });
	if (inYear.value === null) return `${t('report.sum.crossNoneInYear', { label, year })} ${all}`;
	return `${t('report.sum.crossInYear', { label, year, pct: pct(inYear), nOfN: nOfN(inYear) })} ${all}`;
}
