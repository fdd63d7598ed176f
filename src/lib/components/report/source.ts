import { formatDate, t } from '$lib/i18n';
import { appData } from '$lib/state/app-data.svelte';

/** The source line of a figure drawn from CTED records (demo data said so). */
export function recordsSource(): string {
	return appData.referenceDate
		? t('figure.source', {
				demo: appData.isDemo ? t('figure.sourceDemo') : '',
				date: formatDate(appData.referenceDate)
			})
		: t('figure.sourceUndated');
}
