import { statusAtSql } from './sql-fragments';
import { query, SqlParams, type Query } from '../sql/query';
import { AREA_SCORES_SELECT, latestEditionItemsSql } from './survey';

/** Queries of one State's profile page (/states/[iso3]); the State is a bound parameter. */

export interface TimelineEventRow {
	assessment_id: string;
	assessment_type: string;
	event: 'visit' | 'report_adopted' | 'followup_report';
	date: string;
}

/** Visits (their last day), reports adopted and follow-up reports, up to D, oldest first. */
export function assessmentTimeline(iso3: string, referenceDate: string): Query<TimelineEventRow> {
	const p = new SqlParams();
	const state = p.add(iso3);
	const d = p.date(referenceDate);
	const sql = `SELECT assessment_id, assessment_type, event, date FROM (
		SELECT assessment_id, assessment_type, 'visit' AS event, visit_end AS date FROM assessments
		WHERE iso3 = ${state} AND assessment_type <> 'desk_review'
		UNION ALL
		SELECT assessment_id, assessment_type, 'report_adopted', report_adopted FROM assessments
		WHERE iso3 = ${state}
		UNION ALL
		SELECT assessment_id, assessment_type, 'followup_report', followup_report_date FROM assessments
		WHERE iso3 = ${state}
	) WHERE date IS NOT NULL AND date <= ${d}
	ORDER BY date, assessment_id, event DESC`;
	return query<TimelineEventRow>(sql, p.values);
}

export interface AreaBenchmarkRow {
	area_code: string;
	/** This State's G1; null when not assessed or nothing rated. */
	state_score: number | null;
	region_median: number | null;
	global_median: number | null;
	region_states: number;
	global_states: number;
}

/** The State's area scores (G1, latest edition as of D) against its region's and all States' medians. */
export function areaBenchmarks(iso3: string, referenceDate: string): Query<AreaBenchmarkRow> {
	const p = new SqlParams();
	const d = p.date(referenceDate);
	const state = p.add(iso3);
	const sql = `WITH items AS (${latestEditionItemsSql(d)}), scores AS (${AREA_SCORES_SELECT}),
	scored AS (SELECT s.*, m.region FROM scores s JOIN member_states m USING (iso3)
		WHERE s.g1_area_score IS NOT NULL),
	home AS (SELECT region FROM member_states WHERE iso3 = ${state})
	SELECT t.area_code,
		(SELECT g1_area_score FROM scored WHERE iso3 = ${state} AND area_code = t.area_code) AS state_score,
		(SELECT median(g1_area_score) FROM scored
			WHERE area_code = t.area_code AND region = (SELECT region FROM home)) AS region_median,
		(SELECT median(g1_area_score) FROM scored WHERE area_code = t.area_code) AS global_median,
		(SELECT count(*) FROM scored
			WHERE area_code = t.area_code AND region = (SELECT region FROM home)) AS region_states,
		(SELECT count(*) FROM scored WHERE area_code = t.area_code) AS global_states
	FROM thematic_areas t
	ORDER BY t.sort_order`;
	return query<AreaBenchmarkRow>(sql, p.values);
}

export interface StateRecStatusRow {
	area_code: string;
	status: string;
	recommendations: number;
}

/** The State's recommendations issued by D, by area and status at D. */
export function stateRecommendationStatus(
	iso3: string,
	referenceDate: string
): Query<StateRecStatusRow> {
	const p = new SqlParams();
	const d = p.date(referenceDate);
	const state = p.add(iso3);
	const sql = `WITH s AS (${statusAtSql(d)})
	SELECT r.area_code, s.status, count(*) AS recommendations
	FROM recommendations r JOIN s USING (rec_id)
	WHERE r.iso3 = ${state} AND r.issued <= ${d}
	GROUP BY ALL ORDER BY r.area_code, s.status`;
	return query<StateRecStatusRow>(sql, p.values);
}

export interface OpenPriorityRow {
	rec_id: string;
	area_code: string;
	issued: string;
	status: string;
	text: string | null;
}

/** The State's open priority recommendations at D, oldest first. */
export function openPriorityRecommendations(
	iso3: string,
	referenceDate: string
): Query<OpenPriorityRow> {
	const p = new SqlParams();
	const d = p.date(referenceDate);
	const state = p.add(iso3);
	const sql = `WITH s AS (${statusAtSql(d)})
	SELECT r.rec_id, r.area_code, r.issued, s.status, r.text
	FROM recommendations r JOIN s USING (rec_id)
	WHERE r.iso3 = ${state} AND r.issued <= ${d} AND r.priority = 'priority'
	  AND s.status NOT IN ('implemented', 'no_longer_relevant')
	ORDER BY r.issued, r.rec_id`;
	return query<OpenPriorityRow>(sql, p.values);
}

export interface StateAssistanceRow {
	ta_id: string;
	area_code: string;
	provider: string;
	status: string;
	start_date: string | null;
	end_date: string | null;
	rec_id: string | null;
	gender_marker: number | null;
	child_focus: boolean | null;
}

/** Technical assistance received, planned or requested by the State, newest first. */
export function stateAssistance(iso3: string): Query<StateAssistanceRow> {
	const p = new SqlParams();
	const sql = `SELECT ta_id, area_code, provider, status, start_date, end_date, rec_id,
		gender_marker, child_focus
	FROM technical_assistance WHERE iso3 = ${p.add(iso3)}
	ORDER BY start_date DESC NULLS FIRST, ta_id`;
	return query<StateAssistanceRow>(sql, p.values);
}

export interface CrossCuttingFlagsRow {
	assessments: number;
	gender_analysis: number;
	child_rights_analysis: number;
	gender_expert: number;
	human_rights_expert: number;
	recommendations: number;
	gender_recommendations: number;
	child_rights_recommendations: number;
	human_rights_recommendations: number;
}

/** How the State's assessments and recommendations (by D) integrate gender, children and human rights. */
export function stateCrossCutting(
	iso3: string,
	referenceDate: string
): Query<CrossCuttingFlagsRow> {
	const p = new SqlParams();
	const d = p.date(referenceDate);
	const state = p.add(iso3);
	const sql = `SELECT
		(SELECT count(*) FROM assessments WHERE iso3 = ${state} AND report_adopted <= ${d}) AS assessments,
		(SELECT count(*) FILTER (WHERE gender_analysis) FROM assessments
			WHERE iso3 = ${state} AND report_adopted <= ${d}) AS gender_analysis,
		(SELECT count(*) FILTER (WHERE child_rights_analysis) FROM assessments
			WHERE iso3 = ${state} AND report_adopted <= ${d}) AS child_rights_analysis,
		(SELECT count(*) FILTER (WHERE gender_expert) FROM assessments
			WHERE iso3 = ${state} AND report_adopted <= ${d}) AS gender_expert,
		(SELECT count(*) FILTER (WHERE human_rights_expert) FROM assessments
			WHERE iso3 = ${state} AND report_adopted <= ${d}) AS human_rights_expert,
		(SELECT count(*) FROM recommendations WHERE iso3 = ${state} AND issued <= ${d}) AS recommendations,
		(SELECT count(*) FILTER (WHERE gender IN ('sensitive', 'specific')) FROM recommendations
			WHERE iso3 = ${state} AND issued <= ${d}) AS gender_recommendations,
		(SELECT count(*) FILTER (WHERE child_rights) FROM recommendations
			WHERE iso3 = ${state} AND issued <= ${d}) AS child_rights_recommendations,
		(SELECT count(*) FILTER (WHERE human_rights) FROM recommendations
			WHERE iso3 = ${state} AND issued <= ${d}) AS human_rights_recommendations`;
	return query<CrossCuttingFlagsRow>(sql, p.values);
}

export interface ExternalContextRow {
	fatf_report_date: string | null;
	fatf_body: string | null;
	r5: string | null;
	r6: string | null;
	r7: string | null;
	r8: string | null;
	io9: string | null;
	io10: string | null;
	io11: string | null;
	wps_edition: string | null;
	wps_score: number | null;
	wps_rank: number | null;
}

/** FATF (para 25) and WPS Index context; a State without a row gets NULLs, shown as "not rated". */
export function stateExternalContext(iso3: string): Query<ExternalContextRow> {
	const p = new SqlParams();
	const state = p.add(iso3);
	const sql = `SELECT f.report_date AS fatf_report_date, f.assessment_body AS fatf_body,
		f.r5, f.r6, f.r7, f.r8, f.io9, f.io10, f.io11,
		w.edition AS wps_edition, w.wps_score, w.wps_rank
	FROM (SELECT ${state} AS iso3) s
	LEFT JOIN fatf_ratings f USING (iso3) LEFT JOIN wps_index w USING (iso3)`;
	return query<ExternalContextRow>(sql, p.values);
}

export interface GtiTrendRow {
	year: number;
	score: number;
	rank: number | null;
}

export function stateGtiTrend(iso3: string): Query<GtiTrendRow> {
	const p = new SqlParams();
	const sql = `SELECT year, score, rank FROM gti_scores WHERE iso3 = ${p.add(iso3)} ORDER BY year`;
	return query<GtiTrendRow>(sql, p.values);
}
