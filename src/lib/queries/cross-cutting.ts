import {
	allStates,
	filteredStatesSql,
	inPeriodSql,
	IS_VISIT,
	recommendationFiltersSql,
	recordFiltersSql,
	statusAtSql,
	twelveMonthsBeforeSql
} from './sql-fragments';
import type { GlobalFilters, RecordDimension } from './filters';
import { query, SqlParams, type Query } from '../sql/query';

/**
 * Gender (para 28), children's rights (para 29) and human rights (para 21):
 * indicators W1-W7, C1-C5, H1 and H3 of INDICATORS.md, each as a yearly rate.
 */
export type CrossCuttingId =
	| 'W1'
	| 'W2'
	| 'W2S'
	| 'W3'
	| 'W4'
	| 'W5'
	| 'W6'
	| 'W7'
	| 'C1'
	| 'C2'
	| 'C3'
	| 'C4'
	| 'C5'
	| 'H1'
	| 'H3';

export type Breakdown = 'none' | 'region' | 'un_group' | 'assessment_type' | 'area' | 'resolution';

/**
 * Each indicator's units: one row per counted thing with its State, the date
 * the definition names, its numerator and denominator contributions and the
 * dimensions a breakdown may use (NULL where the table has no such dimension).
 */
interface UnitsSpec {
	readonly sql: string;
	readonly dimensions: readonly Breakdown[];
	/** The units' columns the area, priority and resolution filters apply to. */
	readonly filtered?: Partial<Readonly<Record<RecordDimension, string>>>;
}

const REC_FILTERED = { area: 'u.area_code', priority: 'u.priority', resolution: 'u.resolution' };
const TA_FILTERED = { area: 'u.area_code' };

const ASSESSMENT_DIMS: readonly Breakdown[] = ['none', 'region', 'un_group', 'assessment_type'];
const REC_DIMS: readonly Breakdown[] = [...ASSESSMENT_DIMS, 'area', 'resolution'];
const TA_DIMS: readonly Breakdown[] = ['none', 'region', 'un_group', 'area'];
const ENGAGEMENT_DIMS: readonly Breakdown[] = ['none', 'region', 'un_group'];

function assessmentUnits(dateColumn: string, flag: string, where = 'TRUE'): string {
	return `SELECT iso3, ${dateColumn} AS obs_date, CAST(coalesce(${flag}, FALSE) AS INTEGER) AS num,
		1 AS den, assessment_type, NULL::VARCHAR AS area_code, NULL::VARCHAR AS resolution
	FROM assessments WHERE ${dateColumn} IS NOT NULL AND ${where}`;
}

function recUnits(flag: string): string {
	return `SELECT r.iso3, r.issued AS obs_date, CAST(coalesce(${flag}, FALSE) AS INTEGER) AS num,
		1 AS den, a.assessment_type, r.area_code, r.resolution, r.priority
	FROM recommendations r LEFT JOIN assessments a USING (assessment_id)`;
}

function taUnits(flag: string): string {
	return `SELECT iso3, start_date AS obs_date, CAST(coalesce(${flag}, FALSE) AS INTEGER) AS num,
		1 AS den, NULL::VARCHAR AS assessment_type, area_code, NULL::VARCHAR AS resolution
	FROM technical_assistance WHERE start_date IS NOT NULL`;
}

const BRIEFING_KINDS = `('ctc_briefing', 'council_briefing', 'open_briefing')`;

/** The C5 population: States with any recommendation on foreign terrorist fighters by D. */
const FTF_STATES = (d: () => string) =>
	`SELECT DISTINCT iso3 FROM recommendations WHERE area_code = 'ftf' AND issued <= ${d()}`;

/** `d` binds D only for the units that need it, so no placeholder is left unused. */
function unitsSpec(id: CrossCuttingId, d: () => string): UnitsSpec {
	switch (id) {
		case 'W1':
			return {
				sql: assessmentUnits('report_adopted', 'gender_analysis'),
				dimensions: ASSESSMENT_DIMS
			};
		case 'C1':
			return {
				sql: assessmentUnits('report_adopted', 'child_rights_analysis'),
				dimensions: ASSESSMENT_DIMS
			};
		case 'C5':
			return {
				sql: assessmentUnits(
					'report_adopted',
					'child_rights_analysis',
					`iso3 IN (${FTF_STATES(d)})`
				),
				dimensions: ASSESSMENT_DIMS
			};
		case 'W3':
			return {
				sql: assessmentUnits('visit_end', 'womens_orgs_consulted > 0', IS_VISIT),
				dimensions: ASSESSMENT_DIMS
			};
		case 'W6':
			return {
				sql: assessmentUnits('visit_end', 'gender_expert', IS_VISIT),
				dimensions: ASSESSMENT_DIMS
			};
		case 'C3':
			return {
				sql: assessmentUnits('visit_end', 'child_rights_actors_consulted', IS_VISIT),
				dimensions: ASSESSMENT_DIMS
			};
		case 'H3':
			return {
				sql: assessmentUnits('visit_end', 'human_rights_expert', IS_VISIT),
				dimensions: ASSESSMENT_DIMS
			};
		case 'W2':
			return {
				sql: recUnits(`r.gender IN ('sensitive', 'specific')`),
				dimensions: REC_DIMS,
				filtered: REC_FILTERED
			};
		case 'W2S':
			return {
				sql: recUnits(`r.gender = 'specific'`),
				dimensions: REC_DIMS,
				filtered: REC_FILTERED
			};
		case 'C2':
			return { sql: recUnits('r.child_rights'), dimensions: REC_DIMS, filtered: REC_FILTERED };
		case 'H1':
			return { sql: recUnits('r.human_rights'), dimensions: REC_DIMS, filtered: REC_FILTERED };
		case 'W4':
			return { sql: taUnits('gender_marker >= 2'), dimensions: TA_DIMS, filtered: TA_FILTERED };
		case 'C4':
			return { sql: taUnits('child_focus'), dimensions: TA_DIMS, filtered: TA_FILTERED };
		case 'W5':
			return {
				sql: `SELECT iso3, date AS obs_date, CAST(coalesce(gender_content, FALSE) AS INTEGER) AS num,
					1 AS den, NULL::VARCHAR AS assessment_type, NULL::VARCHAR AS area_code,
					NULL::VARCHAR AS resolution
				FROM engagements WHERE kind IN ${BRIEFING_KINDS}`,
				dimensions: ENGAGEMENT_DIMS
			};
		case 'W7':
			// Only engagements that report both counts; the others are counted by engagementsWithoutCounts.
			return {
				sql: `SELECT iso3, date AS obs_date, participants_women AS num, participants_total AS den,
					NULL::VARCHAR AS assessment_type, NULL::VARCHAR AS area_code, NULL::VARCHAR AS resolution
				FROM engagements
				WHERE participants_women IS NOT NULL AND participants_total IS NOT NULL`,
				dimensions: ENGAGEMENT_DIMS
			};
	}
}

const BREAKDOWN_SQL: Readonly<Record<Breakdown, string>> = {
	none: `'all'`,
	region: 'm.region',
	un_group: 'm.un_regional_group',
	assessment_type: 'u.assessment_type',
	area: 'u.area_code',
	resolution: 'u.resolution'
};

export function breakdownsOf(id: CrossCuttingId): readonly Breakdown[] {
	return unitsSpec(id, () => 'NULL').dimensions;
}

/** The area, priority and resolution filters an indicator applies (its table has the column). */
export function filteredDimensionsOf(id: CrossCuttingId): readonly RecordDimension[] {
	return Object.keys(unitsSpec(id, () => 'NULL').filtered ?? {}) as RecordDimension[];
}

export interface YearlyRateRow {
	year: number;
	/** The breakdown's category ('all' without a breakdown); null where the unit has none. */
	category: string | null;
	numerator: number;
	denominator: number;
}

/**
 * An indicator by year (of the date its definition names) and by an optional
 * breakdown, under the global filters, up to D. Rows with a 0 denominator do not appear.
 */
export function crossCuttingByYear(
	id: CrossCuttingId,
	filters: GlobalFilters,
	referenceDate: string,
	breakdown: Breakdown = 'none'
): Query<YearlyRateRow> {
	const p = new SqlParams();
	const spec = unitsSpec(id, () => p.date(referenceDate));
	if (!spec.dimensions.includes(breakdown)) {
		throw new Error(`Indicator ${id} cannot be broken down by ${breakdown}.`);
	}
	const states = filteredStatesSql(p, filters);
	const inPeriod = inPeriodSql(p, 'u.obs_date', filters, referenceDate);
	const unfiltered = p.add(allStates(filters));
	const records = recordFiltersSql(p, filters, spec.filtered ?? {});
	const sql = `WITH units AS (${spec.sql})
	SELECT year(u.obs_date) AS year, ${BREAKDOWN_SQL[breakdown]} AS category,
		CAST(sum(u.num) AS BIGINT) AS numerator, CAST(sum(u.den) AS BIGINT) AS denominator
	FROM units u LEFT JOIN member_states m ON m.iso3 = u.iso3
	WHERE ${inPeriod} AND ${records}
	  AND (${unfiltered}::BOOLEAN OR u.iso3 IN (${states}))
	GROUP BY ALL
	HAVING sum(u.den) > 0
	ORDER BY year, category NULLS LAST`;
	return query<YearlyRateRow>(sql, p.values);
}

export interface EngagementCountsRow {
	kind: string;
	year: number;
	with_counts: number;
	without_counts: number;
	women: number;
	total: number;
}

/** W7 by engagement kind and year, with the engagements that lack one of the two counts. */
export function participationByKind(
	filters: GlobalFilters,
	referenceDate: string
): Query<EngagementCountsRow> {
	const p = new SqlParams();
	const inPeriod = inPeriodSql(p, 'e.date', filters, referenceDate);
	const unfiltered = p.add(allStates(filters));
	const states = filteredStatesSql(p, filters);
	const sql = `SELECT e.kind, year(e.date) AS year,
		count(*) FILTER (WHERE both_known) AS with_counts,
		count(*) FILTER (WHERE NOT both_known) AS without_counts,
		coalesce(sum(e.participants_women) FILTER (WHERE both_known), 0) AS women,
		coalesce(sum(e.participants_total) FILTER (WHERE both_known), 0) AS total
	FROM (SELECT *, participants_women IS NOT NULL AND participants_total IS NOT NULL AS both_known
		FROM engagements) e
	WHERE ${inPeriod} AND (${unfiltered}::BOOLEAN OR e.iso3 IN (${states}))
	GROUP BY ALL ORDER BY e.kind, year`;
	return query<EngagementCountsRow>(sql, p.values);
}

export interface HumanRightsImplementationRow {
	human_rights: boolean;
	numerator: number;
	denominator: number;
}

/** H2: R1 over human-rights recommendations beside R1 over the others, at D. */
export function humanRightsImplementation(
	filters: GlobalFilters,
	referenceDate: string
): Query<HumanRightsImplementationRow> {
	const p = new SqlParams();
	const d = p.date(referenceDate);
	const states = filteredStatesSql(p, filters);
	const records = recommendationFiltersSql(p, filters);
	const inPeriod = inPeriodSql(p, 'r.issued', filters, referenceDate);
	const sql = `WITH status_at_d AS (${statusAtSql(d)})
	SELECT coalesce(r.human_rights, FALSE) AS human_rights,
		count(*) FILTER (WHERE s.status = 'implemented') AS numerator, count(*) AS denominator
	FROM recommendations r JOIN status_at_d s USING (rec_id)
	WHERE r.iso3 IN (${states}) AND ${records} AND ${inPeriod}
	  AND r.issued <= ${twelveMonthsBeforeSql(d)}
	  AND s.status <> 'no_longer_relevant'
	GROUP BY ALL ORDER BY human_rights DESC`;
	return query<HumanRightsImplementationRow>(sql, p.values);
}
