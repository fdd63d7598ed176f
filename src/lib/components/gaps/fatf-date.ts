import { t } from '$lib/i18n';

/** A FATF report month (YYYY-MM, as the consolidated ratings give it) as running text: May 2026. */
export function formatReportMonth(month: string): string {
	const m = /^(\d{4})-(\d{2})$/.exec(month);
	if (!m) return month;
	const months = t('date.months').split(' ');
	return `${months[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}
