import type { GlobalFilters } from '../queries/filters';
import type { ProposedEntry } from '../indicators/proposed-list';
import { RISK_COMPONENTS, type RiskWeights } from '../queries/risk';

/** One exported line of the list: what the screen shows, at full precision. */
export interface RiskExportRow {
	position: number;
	rank: number;
	iso3: string;
	name: string;
	region: string;
	pinned: boolean;
	score: number;
	w_never_visited: number;
	w_years_since_visit: number;
	w_gap_share: number;
	w_open_priority: number;
	w_gti: number;
	years_since_visit: number | null;
	mean_gap_share: number | null;
	open_priority: number;
	gti_score: number | null;
	gti_year: number | null;
	missing: string;
	plan_year: number | null;
	requested_by_state: boolean | null;
	consent: string | null;
}

export const RISK_EXPORT_COLUMNS: readonly (keyof RiskExportRow)[] = [
	'position',
	'rank',
	'iso3',
	'name',
	'region',
	'pinned',
	'score',
	'w_never_visited',
	'w_years_since_visit',
	'w_gap_share',
	'w_open_priority',
	'w_gti',
	'years_since_visit',
	'mean_gap_share',
	'open_priority',
	'gti_score',
	'gti_year',
	'missing',
	'plan_year',
	'requested_by_state',
	'consent'
];

export function riskExportRows(entries: readonly ProposedEntry[]): RiskExportRow[] {
	return entries.map(({ position, pinned, row: r }) => ({
		position,
		rank: r.rank,
		iso3: r.iso3,
		name: r.name,
		region: r.region,
		pinned,
		score: r.score,
		w_never_visited: r.w_never_visited,
		w_years_since_visit: r.w_years_since_visit,
		w_gap_share: r.w_gap_share,
		w_open_priority: r.w_open_priority,
		w_gti: r.w_gti,
		years_since_visit: r.years_since_visit,
		mean_gap_share: r.mean_gap_share,
		open_priority: r.open_priority,
		gti_score: r.gti_score,
		gti_year: r.gti_year,
		missing: r.missing.join('; '),
		plan_year: r.plan_year,
		requested_by_state: r.requested_by_state,
		consent: r.consent
	}));
}

export interface ExtractStamp {
	readonly referenceDate: string;
	readonly builtAt: string;
	readonly source: string;
	readonly seed?: number;
}

/** What the export is stamped with, so the list can be traced to its inputs. */
export interface RiskListStamp {
	readonly weights: RiskWeights;
	readonly filters: GlobalFilters;
	readonly pinned: readonly string[];
	readonly excluded: readonly string[];
	readonly size: number;
	readonly extract: ExtractStamp | null;
}

/** The stamp as plain lines (ISO dates, codes), identical in CSV and XLSX. */
export function stampLines(s: RiskListStamp): string[] {
	const f = s.filters;
	const filterText =
		[
			f.yearFrom !== null ? `from ${f.yearFrom}` : '',
			f.yearTo !== null ? `to ${f.yearTo}` : '',
			f.region !== null ? `region ${f.region}` : '',
			f.subRegion !== null ? `sub-region ${f.subRegion}` : '',
			f.unGroup !== null ? `UN regional group ${f.unGroup}` : ''
		]
			.filter(Boolean)
			.join('; ') || 'none';
	// The ranking reads States, visits and survey gaps: these record filters do not reach it.
	const unapplied = [
		f.areas !== null ? `area ${f.areas.join(' ')}` : '',
		f.priority !== null ? `priority ${f.priority}` : '',
		f.resolution !== null ? `resolution ${f.resolution}` : ''
	]
		.filter(Boolean)
		.join('; ');
	const e = s.extract;
	return [
		`Weights: ${RISK_COMPONENTS.map((k) => `${k}=${s.weights[k]}`).join(', ')}`,
		`Filters: ${filterText}${unapplied ? ` (not applied to the ranking: ${unapplied})` : ''}`,
		`List size: ${s.size}; pinned: ${s.pinned.join(' ') || 'none'}; excluded: ${s.excluded.join(' ') || 'none'}`,
		e
			? `Extract: reference date ${e.referenceDate}, built ${e.builtAt}, source ${e.source}${e.seed !== undefined ? ` (seed ${e.seed})` : ''}`
			: 'Extract: unknown'
	];
}
