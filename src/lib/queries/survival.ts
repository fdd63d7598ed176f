import { filteredStatesSql, recommendationFiltersSql, inPeriodSql } from './sql-fragments';
import type { GlobalFilters } from './filters';
import { query, SqlParams, type Query } from '../sql/query';

export type SurvivalGroup = 'area' | 'priority' | 'none';

export interface SurvivalRow {
	group_key: string;
	/** Months from issue to the first `implemented` (event) or to censoring. */
	months: number;
	/** 1 if implemented by D, 0 if censored at D or at `no_longer_relevant`. */
	event: number;
	/** Recommendations with this group, time and outcome. */
	count: number;
}

const GROUP_SQL: Readonly<Record<SurvivalGroup, string>> = {
	area: 'r.area_code',
	priority: 'r.priority',
	none: `'all'`
};

/** Days per month used to turn day counts into months (365.25 / 12). */
export const DAYS_PER_MONTH = 30.4375;

/**
 * R6's input: for each recommendation issued by D, the time to its first
 * `implemented` status on or before D; otherwise censored at its first
 * `no_longer_relevant` (if earlier) or at D.
 */
export function timeToImplementation(
	group: SurvivalGroup,
	filters: GlobalFilters,
	referenceDate: string
): Query<SurvivalRow> {
	const p = new SqlParams();
	const d = p.date(referenceDate);
	const states = filteredStatesSql(p, filters);
	const records = recommendationFiltersSql(p, filters);
	const inPeriod = inPeriodSql(p, 'r.issued', filters, referenceDate);
	// A first date after D did not happen yet at D.
	const sql = `WITH firsts AS (
		SELECT rec_id,
			CASE WHEN first_implemented <= ${d} THEN first_implemented END AS implemented_on,
			CASE WHEN first_dropped <= ${d} THEN first_dropped END AS dropped_on
		FROM recommendation_milestones
	)
	, observations AS (
	SELECT ${GROUP_SQL[group]} AS group_key,
		date_diff('day', r.issued, CASE
			WHEN f.implemented_on IS NOT NULL
				AND (f.dropped_on IS NULL OR f.implemented_on <= f.dropped_on) THEN f.implemented_on
			ELSE coalesce(f.dropped_on, ${d}) END) / ${DAYS_PER_MONTH} AS months,
		CASE WHEN f.implemented_on IS NOT NULL
			AND (f.dropped_on IS NULL OR f.implemented_on <= f.dropped_on) THEN 1 ELSE 0 END AS event
	FROM recommendations r LEFT JOIN firsts f USING (rec_id)
	WHERE r.iso3 IN (${states}) AND ${records} AND ${inPeriod}
	)
	SELECT group_key, months, event, count(*) AS count FROM observations
	GROUP BY ALL
	ORDER BY group_key, months, event DESC`;
	return query<SurvivalRow>(sql, p.values);
}
