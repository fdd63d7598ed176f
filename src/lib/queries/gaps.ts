import { filteredStatesSql, recordFiltersSql } from './sql-fragments';
import type { GlobalFilters } from './filters';
import { query, SqlParams, type Query } from '../sql/query';
import { AREA_SCORES_SELECT, latestEditionItemsSql, RATING_SCORE_SQL } from './survey';

/** Filters of the gaps page beyond the global ones; null means all. */
export interface GapFilters {
	/** An assessment resolution code: areas whose `resolutions` list includes it. */
	readonly resolution: string | null;
	/** A survey edition: use it instead of each State's latest edition as of D. */
	readonly edition: string | null;
}

export const NO_GAP_FILTERS: GapFilters = { resolution: null, edition: null };

export type GapRows = 'region' | 'un_group' | 'state';

/** Items scored for each State: one edition (when chosen) or the latest as of D. */
function itemsSql(p: SqlParams, gap: GapFilters, referenceDate: string): string {
	const d = p.date(referenceDate);
	const edition = p.add(gap.edition);
	return `SELECT * FROM (${latestEditionItemsSql(d)}) WHERE ${edition}::VARCHAR IS NULL
	UNION ALL
	SELECT * FROM survey_items WHERE edition = ${edition} AND as_of <= ${d}`;
}

/**
 * The areas shown: the global area filter (survey items have an area, not a
 * priority or a resolution) and the page's own "areas serving a resolution".
 */
function areaFilterSql(p: SqlParams, filters: GlobalFilters, gap: GapFilters): string {
	const areas = recordFiltersSql(p, filters, { area: 'area_code' });
	const resolution = p.add(gap.resolution);
	return `SELECT area_code FROM thematic_areas
	WHERE ${areas}
	  AND (${resolution}::VARCHAR IS NULL OR list_contains(resolutions, ${resolution}))`;
}

export interface StateAreaScoreRow {
	iso3: string;
	name: string;
	region: string;
	un_regional_group: string | null;
	area_code: string;
	/** G1: null when no item is rated. */
	g1_area_score: number | null;
	gap_items: number;
	rated_items: number;
	no_information_items: number;
	not_applicable_items: number;
	applicable_items: number;
}

/**
 * G1-G3 per State and area; States with no survey have no rows ("not
 * assessed"). `onlyArea` keeps one area, for the map.
 */
export function stateAreaScores(
	filters: GlobalFilters,
	gap: GapFilters,
	referenceDate: string,
	onlyArea: string | null = null
): Query<StateAreaScoreRow> {
	const p = new SqlParams();
	const items = itemsSql(p, gap, referenceDate);
	const areas = areaFilterSql(p, filters, gap);
	const only = p.add(onlyArea);
	const states = filteredStatesSql(p, filters);
	const sql = `WITH items AS (${items}), scores AS (${AREA_SCORES_SELECT})
	SELECT s.iso3, m.name, m.region, m.un_regional_group, s.area_code, s.g1_area_score,
		s.gap_items, s.rated_items, s.no_information_items, s.not_applicable_items, s.applicable_items
	FROM scores s JOIN member_states m USING (iso3)
	WHERE s.iso3 IN (${states}) AND s.area_code IN (${areas})
	  AND (${only}::VARCHAR IS NULL OR s.area_code = ${only})
	ORDER BY s.iso3, s.area_code`;
	return query<StateAreaScoreRow>(sql, p.values);
}

export interface HeatmapCellRow {
	row_key: string;
	row_label: string;
	area_code: string;
	/** Mean over States of G1, and of G2, each State counting once; null with no rated State. */
	mean_score: number | null;
	mean_gap_share: number | null;
	/** States with a G1 in the cell: the base; under 5 is a small base. */
	states_scored: number;
	/** G4: States with G1 < 0.5. */
	states_below_half: number;
	/** G3 pooled over the cell's States: rated items over applicable items. */
	rated_items: number;
	applicable_items: number;
	no_information_items: number;
	not_applicable_items: number;
}

const ROW_SQL: Readonly<Record<GapRows, { key: string; label: string }>> = {
	region: { key: 'm.region', label: 'm.region' },
	un_group: {
		key: `coalesce(m.un_regional_group, 'No group')`,
		label: `coalesce(m.un_regional_group, 'No group')`
	},
	state: { key: 'm.iso3', label: 'm.name' }
};

/** The heatmap of thematic area by region, UN group or State (G1, G2, G3, G4). */
export function gapHeatmap(
	rows: GapRows,
	filters: GlobalFilters,
	gap: GapFilters,
	referenceDate: string
): Query<HeatmapCellRow> {
	const p = new SqlParams();
	const items = itemsSql(p, gap, referenceDate);
	const areas = areaFilterSql(p, filters, gap);
	const states = filteredStatesSql(p, filters);
	const { key, label } = ROW_SQL[rows];
	const sql = `WITH items AS (${items}), scores AS (${AREA_SCORES_SELECT})
	SELECT ${key} AS row_key, ${label} AS row_label, s.area_code,
		avg(s.g1_area_score) AS mean_score,
		avg(s.gap_items / s.rated_items) FILTER (WHERE s.rated_items > 0) AS mean_gap_share,
		count(s.g1_area_score) AS states_scored,
		count(*) FILTER (WHERE s.g1_area_score < 0.5) AS states_below_half,
		sum(s.rated_items) AS rated_items, sum(s.applicable_items) AS applicable_items,
		sum(s.no_information_items) AS no_information_items,
		sum(s.not_applicable_items) AS not_applicable_items
	FROM scores s JOIN member_states m USING (iso3)
	WHERE s.iso3 IN (${states}) AND s.area_code IN (${areas})
	GROUP BY ALL ORDER BY row_label, s.area_code`;
	return query<HeatmapCellRow>(sql, p.values);
}

export interface EditionChangeRow {
	iso3: string;
	name: string;
	area_code: string;
	previous_edition: string;
	latest_edition: string;
	previous_score: number;
	latest_score: number;
	/** G5: latest minus previous. */
	change: number;
}

/**
 * G5: per State and area, G1 in the State's latest edition as of D minus G1 in
 * the edition before it; pairs where either side has no rated item are left out.
 */
export function editionChanges(
	filters: GlobalFilters,
	gap: GapFilters,
	referenceDate: string
): Query<EditionChangeRow> {
	const p = new SqlParams();
	const d = p.date(referenceDate);
	const areas = areaFilterSql(p, filters, gap);
	const states = filteredStatesSql(p, filters);
	const sql = `WITH editions AS (
		SELECT iso3, instrument, edition, max(as_of) AS last_as_of,
			row_number() OVER (PARTITION BY iso3 ORDER BY max(as_of) DESC, edition DESC, instrument DESC) AS recency
		FROM survey_items WHERE as_of <= ${d} GROUP BY iso3, instrument, edition
	), items AS (
		SELECT i.*, e.recency FROM survey_items i JOIN editions e USING (iso3, instrument, edition)
		WHERE e.recency <= 2
	), scores AS (
		SELECT iso3, area_code, recency, any_value(edition) AS edition,
			avg(${RATING_SCORE_SQL}) AS g1
		FROM items GROUP BY iso3, area_code, recency
	)
	SELECT l.iso3, m.name, l.area_code, pr.edition AS previous_edition, l.edition AS latest_edition,
		pr.g1 AS previous_score, l.g1 AS latest_score, l.g1 - pr.g1 AS change
	FROM scores l JOIN scores pr ON pr.iso3 = l.iso3 AND pr.area_code = l.area_code AND pr.recency = 2
	JOIN member_states m ON m.iso3 = l.iso3
	WHERE l.recency = 1 AND l.g1 IS NOT NULL AND pr.g1 IS NOT NULL
	  AND l.iso3 IN (${states}) AND l.area_code IN (${areas})
	ORDER BY change DESC, l.iso3, l.area_code`;
	return query<EditionChangeRow>(sql, p.values);
}

export interface ThematicAreaRow {
	area_code: string;
	name: string;
	/** The resolutions the area belongs to, ';'-separated (a flat string crosses the db boundary unchanged). */
	resolutions: string;
	sort_order: number;
}

/** The thematic areas in display order, for the area filter and the heatmap columns. */
export function thematicAreaList(): Query<ThematicAreaRow> {
	return query<ThematicAreaRow>(`SELECT area_code, name,
		array_to_string(resolutions, ';') AS resolutions, sort_order
	FROM thematic_areas ORDER BY sort_order, area_code`);
}

export interface SurveyEditionRow {
	edition: string;
	/** States with at least one item of the edition on or before D. */
	states: number;
}

/** Survey editions on file as of D, newest first, for the edition filter. */
export function surveyEditions(referenceDate: string): Query<SurveyEditionRow> {
	const p = new SqlParams();
	const sql = `SELECT edition, count(DISTINCT iso3) AS states FROM survey_items
	WHERE as_of <= ${p.date(referenceDate)} GROUP BY edition ORDER BY edition DESC`;
	return query<SurveyEditionRow>(sql, p.values);
}
