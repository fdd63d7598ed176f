/** V7's list builder in the URL: weights, list size, pinned and excluded States (shared links depend on them). */
import { DEFAULT_LIST_SIZE } from '../indicators/proposed-list';
import { DEFAULT_RISK_WEIGHTS, type RiskWeights } from '../queries/risk';
import { integerParam, iso3ListParam, nonNegativeParam, type UrlSchema } from './url-params';

const weight = (name: string, key: keyof RiskWeights) =>
	nonNegativeParam(name, DEFAULT_RISK_WEIGHTS[key]);

/** Read apart from the list choices, so a pin or a list size does not re-rank. */
export const RISK_WEIGHTS_URL: UrlSchema<RiskWeights> = {
	never_visited: weight('w_never', 'never_visited'),
	years_since_visit: weight('w_years', 'years_since_visit'),
	gap_share: weight('w_gaps', 'gap_share'),
	open_priority: weight('w_priority', 'open_priority'),
	gti: weight('w_gti', 'gti')
};

export interface RiskListChoice {
	readonly size: number;
	readonly pinned: readonly string[];
	readonly excluded: readonly string[];
}

export const RISK_LIST_URL: UrlSchema<RiskListChoice> = {
	size: integerParam('size', 1, 193, DEFAULT_LIST_SIZE),
	pinned: iso3ListParam('pin'),
	excluded: iso3ListParam('exclude')
};
