import type { SurvivalRow } from '../queries/survival';
import { kaplanMeier, type KaplanMeierResult } from './kaplan-meier';

/** R6's time-to-implementation curve of one group (an area, a region, a priority...). */
export interface SurvivalCurve extends KaplanMeierResult {
	readonly group: string;
}

/** One Kaplan-Meier curve per group, in the order the groups first appear. */
export function survivalCurves(rows: readonly SurvivalRow[]): SurvivalCurve[] {
	const groups = [...new Set(rows.map((r) => r.group_key))];
	return groups.map((group) => ({
		group,
		...kaplanMeier(rows.filter((r) => r.group_key === group))
	}));
}
