import {
	filteredStatesSql,
	inPeriodSql,
	recommendationFiltersSql,
	recordFiltersSql
} from './sql-fragments';
import type { GlobalFilters } from './filters';
import { limitSql, type ListOptions } from './list';
import { query, SqlParams, type Query } from '../sql/query';

/** Statuses that count as assistance answering a need (R7). */
export const ACTIVE_TA_STATUSES = `('planned', 'ongoing', 'completed')`;

export type NeedDimension = 'area' | 'region' | 'none';

const NEED_DIMENSION_SQL: Readonly<Record<NeedDimension, string>> = {
	area: 'r.area_code',
	region: 'm.region',
	none: `'all'`
};

export interface AlignmentRow {
	category: string;
	/** R7 numerator: needs with linked planned, ongoing or completed assistance. */
	needs_met: number;
	/** R7 denominator: recommendations naming a technical-assistance need. */
	needs: number;
}

/** R7 by area or region (paras 10, 13): needs against assistance linked to them. */
export function assistanceAlignment(
	dimension: NeedDimension,
	filters: GlobalFilters,
	referenceDate: string
): Query<AlignmentRow> {
	const p = new SqlParams();
	const states = filteredStatesSql(p, filters);
	const records = recommendationFiltersSql(p, filters);
	const inPeriod = inPeriodSql(p, 'r.issued', filters, referenceDate);
	const sql = `WITH met AS (
		SELECT DISTINCT rec_id FROM technical_assistance
		WHERE rec_id IS NOT NULL AND status IN ${ACTIVE_TA_STATUSES}
	)
	SELECT ${NEED_DIMENSION_SQL[dimension]} AS category,
		count(*) FILTER (WHERE r.rec_id IN (SELECT rec_id FROM met)) AS needs_met,
		count(*) AS needs
	FROM recommendations r JOIN member_states m USING (iso3)
	WHERE r.technical_assistance AND r.iso3 IN (${states}) AND ${records} AND ${inPeriod}
	GROUP BY ALL ORDER BY category`;
	return query<AlignmentRow>(sql, p.values);
}

export interface AssistanceByProviderRow {
	provider: string;
	linked: number;
	unlinked: number;
}

/**
 * Assistance by provider, linked to a recommendation or not; requested and
 * cancelled assistance is left out. The period selects by start year. The
 * area filter reads the assistance's own area; priority and resolution are a
 * recommendation's, so with either set only assistance linked to a matching
 * recommendation counts.
 */
export function assistanceByProvider(filters: GlobalFilters): Query<AssistanceByProviderRow> {
	const p = new SqlParams();
	const states = filteredStatesSql(p, filters);
	const records = recordFiltersSql(p, filters, {
		area: 'ta.area_code',
		priority: 'r.priority',
		resolution: 'r.resolution'
	});
	const from = p.add(filters.yearFrom);
	const to = p.add(filters.yearTo);
	const sql = `SELECT ta.provider,
		count(*) FILTER (WHERE ta.rec_id IS NOT NULL) AS linked,
		count(*) FILTER (WHERE ta.rec_id IS NULL) AS unlinked
	FROM technical_assistance ta LEFT JOIN recommendations r USING (rec_id)
	WHERE ta.status IN ${ACTIVE_TA_STATUSES} AND ta.iso3 IN (${states}) AND ${records}
	  AND (${from}::INTEGER IS NULL OR year(ta.start_date) >= ${from})
	  AND (${to}::INTEGER IS NULL OR year(ta.start_date) <= ${to})
	GROUP BY ALL ORDER BY provider`;
	return query<AssistanceByProviderRow>(sql, p.values);
}

export interface UnmetNeedRow {
	rec_id: string;
	iso3: string;
	name: string;
	area_code: string;
	priority: string;
	issued: string;
	/** Linked assistance that exists but does not count: requested or cancelled. */
	linked_other: number;
	/** Unmet needs under the filters, whatever the limit. */
	total_rows: number;
}

/** R7's list of unmet needs: oldest first; `limit` keeps the first rows, `total_rows` counts them all. */
export function unmetNeeds(
	filters: GlobalFilters,
	referenceDate: string,
	options: ListOptions = {}
): Query<UnmetNeedRow> {
	const p = new SqlParams();
	const states = filteredStatesSql(p, filters);
	const records = recommendationFiltersSql(p, filters);
	const inPeriod = inPeriodSql(p, 'r.issued', filters, referenceDate);
	const sql = `WITH linked AS (
		SELECT rec_id, count(*) FILTER (WHERE status IN ${ACTIVE_TA_STATUSES}) AS active,
			count(*) FILTER (WHERE status NOT IN ${ACTIVE_TA_STATUSES}) AS other
		FROM technical_assistance WHERE rec_id IS NOT NULL GROUP BY rec_id
	)
	SELECT r.rec_id, r.iso3, m.name, r.area_code, r.priority, r.issued,
		coalesce(l.other, 0) AS linked_other, count(*) OVER () AS total_rows
	FROM recommendations r JOIN member_states m USING (iso3) LEFT JOIN linked l USING (rec_id)
	WHERE r.technical_assistance AND coalesce(l.active, 0) = 0
	  AND r.iso3 IN (${states}) AND ${records} AND ${inPeriod}
	ORDER BY r.issued, r.rec_id${limitSql(p, options)}`;
	return query<UnmetNeedRow>(sql, p.values);
}
