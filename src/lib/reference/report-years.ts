/**
 * Years whose report page is prerendered: from the adoption of resolution
 * 2395 (2017). Other years are served by the fallback page.
 */
export const REPORT_YEARS: readonly number[] = Array.from({ length: 10 }, (_, i) => 2017 + i);

/** First year offered by the period filter: CTED's first assessment visits. */
export const FIRST_DATA_YEAR = 2005;
