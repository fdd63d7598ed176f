/**
 * Survey scoring shared by the gap indicators (G1-G5) and the visit priority
 * (V7): full 1, largely 2/3, partial 1/3, not 0; `no_information` and
 * `not_applicable` have no score and are counted apart (DATA-MODEL.md).
 */
export const RATING_SCORE_SQL = `CASE rating
	WHEN 'full' THEN 1.0 WHEN 'largely' THEN 2.0 / 3 WHEN 'partial' THEN 1.0 / 3 WHEN 'not' THEN 0.0
	END`;

export const IS_RATED_SQL = `rating IN ('full', 'largely', 'partial', 'not')`;

/**
 * Each State's items of its latest survey edition as of D: the (instrument,
 * edition) whose latest as_of is the newest on or before D; ties go to the
 * later edition name, then the instrument, so the choice is deterministic.
 */
export function latestEditionItemsSql(d: string): string {
	return `SELECT i.* FROM survey_items i
	JOIN (
		SELECT iso3, arg_max(instrument, (last_as_of, edition, instrument)) AS instrument,
			arg_max(edition, (last_as_of, edition, instrument)) AS edition
		FROM (
			SELECT iso3, instrument, edition, max(as_of) AS last_as_of
			FROM survey_items WHERE as_of <= ${d} GROUP BY ALL
		) GROUP BY iso3
	) latest USING (iso3, instrument, edition)`;
}

/** G1, G2, G3 per State and area over a set of items named `items`. */
export const AREA_SCORES_SELECT = `SELECT iso3, area_code,
	avg(${RATING_SCORE_SQL}) FILTER (WHERE ${IS_RATED_SQL}) AS g1_area_score,
	count(*) FILTER (WHERE rating IN ('partial', 'not')) AS gap_items,
	count(*) FILTER (WHERE ${IS_RATED_SQL}) AS rated_items,
	count(*) FILTER (WHERE rating = 'no_information') AS no_information_items,
	count(*) FILTER (WHERE rating = 'not_applicable') AS not_applicable_items,
	count(*) FILTER (WHERE rating <> 'not_applicable') AS applicable_items
FROM items GROUP BY iso3, area_code`;
