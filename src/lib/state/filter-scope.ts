import type { MessageKey } from '$lib/i18n';
import type { FilterSubject, RecordDimension } from '$lib/queries/filters';

/**
 * Where each page applies the area, priority and resolution filters, so the
 * filter bar can say so beside a filter that a page cannot apply in full: a
 * filter is never silently ignored. A dimension missing from a page's entry
 * applies to every figure of that page.
 */
export interface PageFilterScope {
	readonly subject: FilterSubject;
	/** The note beside each filter the page applies only in part, or not at all. */
	readonly notes: Partial<Readonly<Record<RecordDimension, MessageKey>>>;
}

const ALL_DIMENSIONS = (note: MessageKey) => ({ area: note, priority: note, resolution: note });

const SCOPES: Readonly<Record<string, PageFilterScope>> = {
	'/': { subject: 'records', notes: ALL_DIMENSIONS('filters.scope.overview') },
	'/gaps': {
		subject: 'records',
		notes: {
			priority: 'filters.scope.surveyPriority',
			resolution: 'filters.scope.surveyResolution'
		}
	},
	'/recommendations': {
		subject: 'recommendations',
		notes: ALL_DIMENSIONS('filters.scope.recommendations')
	},
	'/cross-cutting': {
		subject: 'records',
		notes: {
			area: 'filters.scope.crossCuttingArea',
			priority: 'filters.scope.crossCuttingRecords',
			resolution: 'filters.scope.crossCuttingRecords'
		}
	},
	'/visits': { subject: 'records', notes: ALL_DIMENSIONS('filters.scope.visits') },
	'/states': { subject: 'records', notes: ALL_DIMENSIONS('filters.scope.states') }
};

/** The scope of the page with this route id; a page not listed applies every filter. */
export function filterScope(routeId: string | null): PageFilterScope {
	return SCOPES[routeId ?? ''] ?? { subject: 'records', notes: {} };
}

/** Whether the global filters select what the page with this route id shows. */
export function hasGlobalFilters(routeId: string | null): boolean {
	return (routeId ?? '') in SCOPES;
}
