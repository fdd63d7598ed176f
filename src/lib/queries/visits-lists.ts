import { filteredStatesSql, IS_VISIT } from './sql-fragments';
import type { GlobalFilters } from './filters';
import { query, SqlParams, type Query } from '../sql/query';

export interface SlowReportRow {
	assessment_id: string;
	iso3: string;
	name: string;
	assessment_type: string;
	visit_end: string;
	report_adopted: string;
	days: number;
}

/**
 * V4's list: the visits whose reports took longest from visit end to
 * adoption (adopted by D, year of visit end in the period); ties by iso3,
 * then assessment id.
 */
export function slowestReports(
	filters: GlobalFilters,
	referenceDate: string,
	limit: number
): Query<SlowReportRow> {
	const p = new SqlParams();
	const d = p.date(referenceDate);
	const states = filteredStatesSql(p, filters);
	const from = p.add(filters.yearFrom);
	const to = p.add(filters.yearTo);
	const n = p.add(limit);
	const sql = `SELECT a.assessment_id, a.iso3, m.name, a.assessment_type, a.visit_end, a.report_adopted,
		date_diff('day', a.visit_end, a.report_adopted) AS days
	FROM assessments a JOIN member_states m USING (iso3)
	WHERE ${IS_VISIT} AND a.report_adopted <= ${d} AND a.visit_end IS NOT NULL
	  AND a.iso3 IN (${states})
	  AND (${from}::INTEGER IS NULL OR year(a.visit_end) >= ${from})
	  AND (${to}::INTEGER IS NULL OR year(a.visit_end) <= ${to})
	ORDER BY days DESC, a.iso3, a.assessment_id
	LIMIT ${n}`;
	return query<SlowReportRow>(sql, p.values);
}

export interface OpenRequestRow {
	plan_year: number;
	iso3: string;
	name: string;
	region: string;
	consent: 'pending' | 'declined';
	requested_by_state: boolean | null;
	committee_approved: boolean | null;
}

/** V6's list: visit requests still pending or declined, by plan year (latest first), then State. */
export function openRequests(filters: GlobalFilters): Query<OpenRequestRow> {
	const p = new SqlParams();
	const states = filteredStatesSql(p, filters);
	const from = p.add(filters.yearFrom);
	const to = p.add(filters.yearTo);
	const sql = `SELECT v.plan_year, v.iso3, m.name, m.region, v.consent,
		v.requested_by_state, v.committee_approved
	FROM visit_plan v JOIN member_states m USING (iso3)
	WHERE v.consent IN ('pending', 'declined')
	  AND v.iso3 IN (${states})
	  AND (${from}::INTEGER IS NULL OR v.plan_year >= ${from})
	  AND (${to}::INTEGER IS NULL OR v.plan_year <= ${to})
	ORDER BY v.plan_year DESC, v.consent DESC, v.iso3`;
	return query<OpenRequestRow>(sql, p.values);
}
