import { locale, t } from './locale.svelte';

/** A rate as a percentage with one decimal at most (VISUAL.md); null is "No data", never 0 %. */
export function formatPercent(value: number | null): string {
	if (value === null || !Number.isFinite(value)) return t('value.noData');
	return new Intl.NumberFormat(locale.intl, {
		style: 'percent',
		maximumFractionDigits: 1
	}).format(value);
}

/** A count with thousands separators. */
export function formatCount(value: number): string {
	return new Intl.NumberFormat(locale.intl, { maximumFractionDigits: 0 }).format(value);
}

/** The base of a rate, "n / N", shown next to every percentage (VISUAL.md: never a share without its base). */
export function formatBase(base: {
	readonly numerator: number;
	readonly denominator: number;
}): string {
	return t('value.nOfN', { n: formatCount(base.numerator), d: formatCount(base.denominator) });
}

/** A measured quantity (months, days) with one decimal, in the locale's digits. */
export function formatDecimal(value: number): string {
	return new Intl.NumberFormat(locale.intl, {
		minimumFractionDigits: 1,
		maximumFractionDigits: 1
	}).format(value);
}

/** An ISO day (YYYY-MM-DD) as running text: 21 Dec 2017. Anything else is returned unchanged. */
export function formatDate(iso: string): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
	if (!m) return iso;
	const months = t('date.months').split(' ');
	return t('date.pattern', {
		day: Number(m[3]),
		month: months[Number(m[2]) - 1] ?? m[2],
		year: m[1]
	});
}

/** An ISO timestamp as a date and UTC time: 28 Nov 2026, 13:30 UTC. */
export function formatTimestamp(iso: string): string {
	const m = /T(\d{2}:\d{2})/.exec(iso);
	return m ? `${formatDate(iso)}, ${m[1]} UTC` : formatDate(iso);
}

/** Paragraph numbers of resolution 2395 as "para. 7" or "paras. 4, 14, 17". */
export function formatParagraphs(paras: readonly number[]): string {
	const list = paras.join(', ');
	return paras.length === 1
		? t('indicator.paragraph', { paras: list })
		: t('indicator.paragraphs', { paras: list });
}
