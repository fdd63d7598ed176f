import { filteredStatesSql, inPeriodSql } from './sql-fragments';
import type { GlobalFilters } from './filters';
import { query, SqlParams, type Query } from '../sql/query';

export type FollowupState = 'not_due' | 'on_time' | 'late' | 'overdue';

export interface FollowupRow {
	assessment_id: string;
	iso3: string;
	name: string;
	report_adopted: string;
	due_date: string;
	followup_report_date: string | null;
	followup_state: FollowupState;
	/** Days past the due date at D, for overdue assessments; null otherwise. */
	days_overdue: number | null;
}

/**
 * R4 per assessment (para 10): the follow-up report is due 12 months after
 * the report's adoption. Due by D and reported by the due date: on time;
 * reported after it: late; not reported by D: overdue. A report seen after D
 * does not count at D.
 */
export function followupStatus(filters: GlobalFilters, referenceDate: string): Query<FollowupRow> {
	const p = new SqlParams();
	const d = p.date(referenceDate);
	const states = filteredStatesSql(p, filters);
	const inPeriod = inPeriodSql(p, 'a.report_adopted', filters, referenceDate);
	const sql = `WITH f AS (
		SELECT a.assessment_id, a.iso3, m.name, a.report_adopted,
			CAST(a.report_adopted + INTERVAL 12 MONTH AS DATE) AS due_date,
			CASE WHEN a.followup_report_date <= ${d} THEN a.followup_report_date END AS followup_report_date
		FROM assessments a JOIN member_states m USING (iso3)
		WHERE a.iso3 IN (${states}) AND ${inPeriod}
	)
	SELECT *,
		CASE
			WHEN due_date > ${d} THEN 'not_due'
			WHEN followup_report_date IS NULL THEN 'overdue'
			WHEN followup_report_date <= due_date THEN 'on_time'
			ELSE 'late'
		END AS followup_state,
		CASE WHEN due_date <= ${d} AND followup_report_date IS NULL
			THEN date_diff('day', due_date, ${d}) END AS days_overdue
	FROM f
	ORDER BY days_overdue DESC NULLS LAST, report_adopted, assessment_id`;
	return query<FollowupRow>(sql, p.values);
}
