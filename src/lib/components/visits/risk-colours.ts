import { TABLEAU10 } from '$lib/charts/theme';
import type { RiskComponent } from '$lib/queries/risk';

/** One tableau10 hue per V7 component, shared by the sliders' swatches and the stacked bars. */
export const RISK_COLOURS: Readonly<Record<RiskComponent, string>> = {
	never_visited: TABLEAU10[2],
	years_since_visit: TABLEAU10[1],
	gap_share: TABLEAU10[0],
	open_priority: TABLEAU10[6],
	gti: TABLEAU10[3]
};
