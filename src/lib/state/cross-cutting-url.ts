/** The cross-cutting page's URL parameters (shared links depend on them). */
import { breakdownsOf, type Breakdown, type CrossCuttingId } from '../queries/cross-cutting';
import { choiceParam, type UrlSchema } from './url-params';

/** Every indicator the by-year view can show, in the order of INDICATORS.md. */
export const BY_YEAR_IDS: readonly CrossCuttingId[] = [
	'W1',
	'W2',
	'W2S',
	'W3',
	'W4',
	'W5',
	'W6',
	'W7',
	'C1',
	'C2',
	'C3',
	'C4',
	'C5',
	'H1',
	'H3'
];

/** The W indicators the WPS context can set against the WPS score (E2: "beside W1-W3"). */
export const WPS_IDS = ['W1', 'W2', 'W3'] as const;
export type WpsId = (typeof WPS_IDS)[number];

export interface CrossCuttingChoice {
	readonly indicator: CrossCuttingId;
	/** Any indicator's breakdown; the view falls back to none where the indicator lacks it. */
	readonly breakdown: Breakdown;
	readonly wps: WpsId;
}

const BREAKDOWNS: readonly Breakdown[] = [...new Set(BY_YEAR_IDS.flatMap(breakdownsOf))];

export const CROSS_CUTTING_URL: UrlSchema<CrossCuttingChoice> = {
	indicator: choiceParam('ind', BY_YEAR_IDS, 'W1'),
	breakdown: choiceParam('by', BREAKDOWNS, 'none'),
	wps: choiceParam('wps', WPS_IDS, 'W1')
};
