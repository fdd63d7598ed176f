/**
 * What /explore keeps in its URL: the tab, the console's query (a permalink)
 * and the linked views' selections. Names are distinct from the global
 * filters' (from, to, region, group), which do not apply here.
 */
import {
	LINKED_FLAGS,
	type LinkedFlag,
	type LinkedSelection,
	type YearRange
} from '../queries/explore-linked';
import { SUBREGIONS } from '../reference/member-states';
import { PRIORITY, RESOLUTION } from '../schema/enums';
import { choiceParam, textParam, type UrlSchema } from './url-params';

export type ExploreTab = 'console' | 'linked';

export interface ExploreView {
	readonly tab: ExploreTab;
	/** The console's query, untrimmed: the permalink runs exactly the text shared. */
	readonly sql: string | null;
}

export const EXPLORE_URL: UrlSchema<ExploreView> = {
	tab: choiceParam('view', ['console', 'linked'], 'console'),
	sql: { name: 'sql', default: null, parse: (text) => text, serialise: (sql) => sql ?? '' }
};

export const SELECTION_URL: UrlSchema<LinkedSelection> = {
	years: {
		name: 'years',
		default: null,
		parse: (text) => {
			const m = /^(\d{4})-(\d{4})$/.exec(text);
			if (!m) return undefined;
			const [a, b] = [Number(m[1]), Number(m[2])];
			return { from: Math.min(a, b), to: Math.max(a, b) };
		},
		serialise: (years: YearRange | null) => (years ? `${years.from}-${years.to}` : ''),
		same: (a, b) => a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to)
	},
	region: textParam('sel_region'),
	subregion: choiceParam<string | null>('sel_subregion', SUBREGIONS, null),
	area: textParam('sel_area'),
	status: textParam('sel_status'),
	priority: choiceParam<string | null>('sel_priority', PRIORITY.codes, null),
	resolution: choiceParam<string | null>('sel_resolution', RESOLUTION.codes, null),
	flag: choiceParam<LinkedFlag | null>('sel_flag', LINKED_FLAGS, null)
};
