import { col } from './columns.ts';
import { REC_STATUS } from './enums.ts';
import type { TableName } from './tables.ts';
import type { ColumnDef } from './types.ts';

/**
 * Where a derived table's SQL reads a source table: by default the table of
 * that name; the extract builder points it at the tier's own Parquet file.
 */
export type SourceRef = (source: TableName) => string;

/**
 * A table derived from extract tables. The extract builder computes it on
 * native DuckDB from each tier's own files and ships it as Parquet beside
 * them, so it holds nothing the tier's extracts do not, and the browser loads
 * it like any table instead of computing it after load. Test fixtures rebuild
 * it from their rows with the same SQL (createDerivedSql).
 */
export interface DerivedTable {
	readonly name: DerivedTableName;
	/** Beside TableDef's kinds, so lists of both can say which a table is. */
	readonly kind: 'derived';
	readonly sources: readonly TableName[];
	readonly description: string;
	/** In file order, with the types the file stores; the builder casts to them. */
	readonly columns: readonly ColumnDef[];
	/** Columns whose order sorts the rows, so the same sources give a byte-identical file. */
	readonly orderBy: readonly string[];
	/** The defining SELECT: trusted text with no values in it. */
	readonly select: (from: SourceRef) => string;
}

export type DerivedTableName = 'recommendation_spans' | 'recommendation_milestones';

const tableNamed: SourceRef = (source) => `"${source}"`;

/** CREATE OR REPLACE TABLE of a derived table over the tables its sources are named after. */
export function createDerivedSql(derived: DerivedTable): string {
	return `CREATE OR REPLACE TABLE "${derived.name}" AS ${derived.select(tableNamed)}`;
}

/**
 * Each status's span of validity: a status row holds from its as_of until the
 * next row of the same recommendation (valid_until NULL for the latest), and a
 * recommendation is `not_started` from its issue until its first row. The
 * status at D is then the one span holding D: a filter, not an arg_max over
 * every status row on each query, and the status mix by year needs no window
 * per query.
 */
export const recommendationSpans: DerivedTable = {
	name: 'recommendation_spans',
	kind: 'derived',
	sources: ['recommendations', 'recommendation_status'],
	description:
		"Derived: each recommendation's statuses as spans [valid_from, valid_until); not_started from issue to the first status row; valid_until NULL for the latest.",
	columns: [
		col.text('rec_id', 'Recommendation'),
		col.enum('status', REC_STATUS, 'Status during the span'),
		col.date('valid_from', 'First day of the span: the as_of, or the issue date for not_started'),
		col.date('valid_until', 'The next as_of (not in the span); NULL for the latest')
	],
	orderBy: ['rec_id', 'valid_from'],
	select: (from) => `SELECT rec_id, status, as_of AS valid_from,
			lead(as_of) OVER (PARTITION BY rec_id ORDER BY as_of) AS valid_until
		FROM ${from('recommendation_status')}
		UNION ALL
		SELECT r.rec_id, 'not_started', r.issued, f.first_as_of
		FROM ${from('recommendations')} r LEFT JOIN (
			SELECT rec_id, min(as_of) AS first_as_of FROM ${from('recommendation_status')} GROUP BY rec_id
		) f USING (rec_id)
		WHERE f.first_as_of IS NULL OR f.first_as_of > r.issued`
};

/**
 * Each recommendation's first `implemented` and first `no_longer_relevant`
 * dates over its whole history. The first on or before D is the same date when
 * it is <= D (else none), so R6 reads these instead of aggregating every
 * status row on each filter change.
 */
export const recommendationMilestones: DerivedTable = {
	name: 'recommendation_milestones',
	kind: 'derived',
	sources: ['recommendation_status'],
	description:
		"Derived: each recommendation's first implemented and first no_longer_relevant dates in recommendation_status.",
	columns: [
		col.text('rec_id', 'Recommendation'),
		col.date('first_implemented', 'First as_of with status implemented; NULL if none'),
		col.date('first_dropped', 'First as_of with status no_longer_relevant; NULL if none')
	],
	orderBy: ['rec_id'],
	select: (from) => `SELECT rec_id,
			min(as_of) FILTER (WHERE status = 'implemented') AS first_implemented,
			min(as_of) FILTER (WHERE status = 'no_longer_relevant') AS first_dropped
		FROM ${from('recommendation_status')} GROUP BY rec_id`
};

export const DERIVED_TABLES: readonly DerivedTable[] = [
	recommendationSpans,
	recommendationMilestones
];
