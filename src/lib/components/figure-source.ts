import { formatDate, t } from '../i18n';

/** What the source line of a figure depends on: the extract's date D and whether it is demo data. */
export interface SourceExtract {
	readonly referenceDate: string | null;
	readonly isDemo: boolean;
}

/**
 * The source line under a figure drawn from CTED records, with the demo label
 * and the extract's date, so an exported chart says where and when its numbers
 * come from. `extract` is appData in the app. `message` picks the wording of a page that names its records
 * otherwise; without a date the line says only where they come from.
 */
export function figureSource(
	extract: SourceExtract,
	message: 'figure.source' | 'cc.source' | 'cc.wpsSource' = 'figure.source'
): string {
	if (!extract.referenceDate) return t('figure.sourceUndated');
	return t(message, {
		demo: extract.isDemo ? t('figure.sourceDemo') : '',
		date: formatDate(extract.referenceDate)
	});
}
