/** The gaps page's URL parameters (shared links depend on them). */
import type { GapMeasure } from '../indicators/gap-measures';
import type { GapFilters, GapRows } from '../queries/gaps';
import { choiceParam, flagParam, textParam, type UrlSchema } from './url-params';

export type { GapMeasure };

/** How the page shows the gaps, beside what it computes (`GapFilters`). */
export interface GapDisplay {
	readonly rows: GapRows;
	readonly measure: GapMeasure;
	/** Show the heatmap or map as a table instead of a picture. */
	readonly mapTable: boolean;
}

/** The gaps page's own choices, beside the global filters. */
export interface GapView extends GapDisplay {
	readonly gap: GapFilters;
}

/** Read apart from the display, so a display toggle does not re-run the queries. */
export const GAP_FILTER_URL: UrlSchema<GapFilters> = {
	resolution: textParam('res'),
	edition: textParam('edition')
};

export const GAP_DISPLAY_URL: UrlSchema<GapDisplay> = {
	rows: choiceParam('rows', ['region', 'un_group', 'state'], 'region'),
	measure: choiceParam('colour', ['g1', 'g2'], 'g1'),
	mapTable: flagParam('maptable')
};
