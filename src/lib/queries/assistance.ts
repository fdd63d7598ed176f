import { filteredStatesSql, inPeriodSql } from './sql-fragments';
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
	const inPeriod = inPeriodSql(p, 'r.issued', filters, referenceDate);
	const sql = `WITH met AS (
		SELECT DISTINCT rec_id FROM technical_assistance
		WHERE rec_id IS NOT NULL AND status IN ${ACTIVE_TA_STATUSES}
	)
	SELECT ${NEED_DIMENSION_SQL[dimension]} AS category,
		count(*) FILTER (WHERE r.rec_id IN (SELECT rec_id FROM met)) AS needs_met,
		count(*) AS needs
	FROM recommendations r JOIN member_states m USING (iso3)
	WHERE r.technical_assistance AND r.iso3 IN (${states}) AND ${inPeriod}
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
 * cancelled assistance is left out. The period selects by start year.
 */
export function assistanceByProvider(filters: GlobalFilters): Query<AssistanceByProviderRow> {
	const p = new SqlParams();
	const states = filteredStatesSql(p, filters);
	const from = p.add(filters.yearFrom);
	const to = p.add(filters.yearTo);
	const sql = `SELECT provider,
		count(*) FILTER (WHERE rec_id IS NOT NULL) AS linked,
		count(*) FILTER (WHERE rec_id IS NULL) AS unlinked
	FROM technical_assistance
	WHERE status IN ${ACTIVE_TA_STATUSES} AND iso3 IN (${states})
	  AND (${from}::INTEGER IS NULL OR year(start_date) >= ${from})
	  AND (${to}::INTEGER IS NULL OR year(start_date) <= ${to})
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
	  AND r.iso3 IN (${states}) AND ${inPeriod}
	ORDER BY r.issued, r.rec_id${limitSql(p, options)}`;
	return query<UnmetNeedRow>(sql, p.values);
}
