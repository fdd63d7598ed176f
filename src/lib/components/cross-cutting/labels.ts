import { t, type MessageKey } from '$lib/i18n';
import { indicator, type IndicatorDef } from '$lib/indicators/catalogue';
import type { Breakdown, CrossCuttingId } from '$lib/queries/cross-cutting';
import { ASSESSMENT_TYPE, RESOLUTION, ENGAGEMENT_KIND } from '$lib/schema';
import { enumLabel } from '$lib/i18n';

/** The catalogue entry of an indicator; W2S (gender-specific alone) is this page's own part of W2. */
export function ccIndicator(id: CrossCuttingId | 'H2'): IndicatorDef {
	if (id !== 'W2S') return indicator(id);
	const w2 = indicator('W2');
	return {
		...w2,
		id: 'W2S',
		key: 'gender_specific_recommendations',
		title: t('cc.w2sTitle'),
		definition: t('cc.w2sDefinition'),
		numerator: t('cc.w2sNumerator')
	};
}

function message(key: string, fallback: string): string {
	const text = t(key as MessageKey);
	return text === undefined ? fallback : text;
}

/** A breakdown category's label: schema enum labels, short area names, or the name as stored. */
export function categoryLabel(breakdown: Breakdown, code: string | null): string {
	if (code === null || code === '') return t('cc.unknownCategory');
	switch (breakdown) {
		case 'none':
			return t('cc.all');
		case 'assessment_type':
			return enumLabel(ASSESSMENT_TYPE, code);
		case 'resolution':
			return enumLabel(RESOLUTION, code);
		case 'area':
			return message(`cc.area.${code}`, code);
		default:
			return code;
	}
}

export function kindLabel(kind: string): string {
	return enumLabel(ENGAGEMENT_KIND, kind);
}

export function breakdownLabel(b: Breakdown): string {
	return t(`cc.breakdown.${b}`);
}

/** A signed change in percentage points, one decimal: "+12.3 pts"; null is "n/a". */
export function formatPoints(change: number | null): string {
	if (change === null) return t('cc.noChange');
	const points = Math.round(change * 1000) / 10;
	const sign = points > 0 ? '+' : points < 0 ? '\u2212' : '\u00b1';
	return t('cc.points', { sign, value: Math.abs(points).toFixed(1) });
}
