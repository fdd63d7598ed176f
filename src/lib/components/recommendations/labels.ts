import { enumLabel } from '$lib/i18n';
import { PRIORITY, REC_STATUS, RESOLUTION } from '$lib/schema';

/** Display order and colours of statuses: done at the bottom, no information in neutral grey. */
export const STATUS_STYLE = [
	{ code: 'implemented', colour: '#4e79a7' },
	{ code: 'partially_implemented', colour: '#a0cbe8' },
	{ code: 'in_progress', colour: '#f28e2c' },
	{ code: 'not_started', colour: '#e15759' },
	{ code: 'no_information', colour: '#bab0ab' },
	{ code: 'no_longer_relevant', colour: '#e8e8e8' }
] as const;

export const statusLabel = (code: string): string => enumLabel(REC_STATUS, code);

/** A category of a breakdown in words: area names, enum labels, or the value itself. */
export function categoryLabel(
	dimension: string,
	code: string,
	areaName: ReadonlyMap<string, string>
): string {
	if (dimension === 'area') return areaName.get(code) ?? code;
	if (dimension === 'priority') return enumLabel(PRIORITY, code);
	if (dimension === 'resolution') return enumLabel(RESOLUTION, code);
	return code;
}
