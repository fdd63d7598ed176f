import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FACT_TABLES, table, type TableName } from '../../../src/lib/schema';
import { toCsv } from '../../../scripts/lib/csv';

export type Row = Record<string, string>;
export type FactName =
	| 'assessments'
	| 'recommendations'
	| 'recommendation_status'
	| 'survey_items'
	| 'technical_assistance'
	| 'engagements'
	| 'visit_plan';
export type Tables = Record<FactName, Row[]>;

const A = (r: Row): Row => ({
	modality: 'in_person',
	parent_assessment_id: '',
	visit_start: '',
	visit_end: '',
	report_adopted: '',
	followup_report_date: '',
	partners: '',
	gender_expert: 'false',
	human_rights_expert: 'false',
	womens_orgs_consulted: '0',
	civil_society_consulted: '0',
	child_rights_actors_consulted: 'no',
	gender_analysis: 'false',
	child_rights_analysis: 'false',
	...r
});

const R = (r: Row): Row => ({
	resolution: '1373',
	priority: 'standard',
	technical_assistance: 'false',
	gender: 'none',
	child_rights: 'false',
	human_rights: 'false',
	text: '',
	...r
});

/**
 * A small valid source whose tiers are known by hand. Effective levels:
 * A1 public; A2 un_system; A3 public but follows up A2, so un_system;
 * A4 restricted; A5 empty, so restricted. Recommendations, status rows,
 * assistance and engagements inherit from what they point at.
 */
export function fixtureTables(): Tables {
	// prettier-ignore
	return {
		assessments: [
			A({ assessment_id: 'A1', iso3: 'FRA', assessment_type: 'comprehensive', visit_start: '2021-03-01', visit_end: '2021-03-05', report_adopted: '2021-06-10', followup_report_date: '2022-05-01', partners: 'unodc;interpol', gender_expert: 'TRUE', womens_orgs_consulted: '3', civil_society_consulted: '10', conf_level: 'public' }),
			A({ assessment_id: 'A2', iso3: 'KEN', assessment_type: 'focused', modality: 'virtual', visit_start: '2022-01-10', visit_end: '2022-01-12', report_adopted: '2022-04-01', conf_level: 'un_system' }),
			A({ assessment_id: 'A3', iso3: 'KEN', assessment_type: 'follow_up', parent_assessment_id: 'A2', modality: 'hybrid', visit_start: '2023-02-01', visit_end: '2023-02-03', report_adopted: '2023-05-01', conf_level: 'public' }),
			A({ assessment_id: 'A4', iso3: 'PHL', assessment_type: 'desk_review', modality: '', report_adopted: '2023-09-01', conf_level: 'restricted' }),
			A({ assessment_id: 'A5', iso3: 'BRA', assessment_type: 'comprehensive', visit_start: '2024-01-05', visit_end: '2024-01-08', conf_level: '' })
		],
		recommendations: [
			R({ rec_id: 'R1', assessment_id: 'A1', iso3: 'FRA', area_code: 'legislation', priority: 'priority', issued: '2021-06-10', text: 'Adopt a law, "urgently"', conf_level: 'public' }),
			R({ rec_id: 'R2', assessment_id: 'A1', iso3: 'FRA', area_code: 'cft', issued: '2021-06-10', text: 'First line\nsecond line', conf_level: 'un_system' }),
			R({ rec_id: 'R3', assessment_id: 'A2', iso3: 'KEN', area_code: 'border_control', resolution: '2178', issued: '2022-04-01', gender: 'specific', conf_level: 'public' }),
			R({ rec_id: 'R4', assessment_id: 'A3', iso3: 'KEN', area_code: 'ftf', issued: '2023-05-01', child_rights: 'yes', conf_level: 'public' }),
			R({ rec_id: 'R5', assessment_id: 'A4', iso3: 'PHL', area_code: 'ict', issued: '2023-09-01', text: 'Secret wording', conf_level: 'public' }),
			R({ rec_id: 'R6', assessment_id: 'A5', iso3: 'BRA', area_code: 'gender', issued: '2024-02-01', conf_level: 'restricted' })
		],
		recommendation_status: [
			{ rec_id: 'R1', as_of: '2021-12-01', status: 'in_progress', source: 'state_report', conf_level: 'public' },
			{ rec_id: 'R1', as_of: '2022-12-01', status: 'implemented', source: 'follow_up_visit', conf_level: 'public' },
			{ rec_id: 'R2', as_of: '2022-06-01', status: 'partially_implemented', source: '', conf_level: 'un_system' },
			{ rec_id: 'R3', as_of: '2022-10-01', status: 'in_progress', source: 'partner', conf_level: 'public' },
			{ rec_id: 'R4', as_of: '2023-11-01', status: 'not_started', source: 'desk_review', conf_level: 'public' },
			{ rec_id: 'R5', as_of: '2023-12-01', status: 'no_information', source: '', conf_level: 'public' },
			{ rec_id: 'R6', as_of: '2024-03-01', status: 'in_progress', source: '', conf_level: '' }
		],
		survey_items: [
			{ iso3: 'FRA', instrument: 'oia', edition: '2016', as_of: '2016-05-01', area_code: 'legislation', question_id: 'q1', rating: 'full', conf_level: 'public' },
			{ iso3: 'FRA', instrument: 'oia', edition: '2016', as_of: '2016-05-01', area_code: 'cft', question_id: 'q2', rating: 'partial', conf_level: 'un_system' },
			{ iso3: 'KEN', instrument: 'dis', edition: '2021', as_of: '2021-07-01', area_code: 'ict', question_id: 'q1', rating: 'not_applicable', conf_level: '' },
			{ iso3: 'KEN', instrument: 'dis', edition: '2021', as_of: '2021-07-01', area_code: 'ict', question_id: 'q2', rating: 'largely', conf_level: 'public' }
		],
		technical_assistance: [
			{ ta_id: 'T1', iso3: 'FRA', rec_id: 'R1', area_code: 'legislation', provider: 'unodc', status: 'completed', start_date: '2021-09-01', end_date: '2021-12-01', gender_marker: '2', child_focus: 'false', conf_level: 'public' },
			{ ta_id: 'T2', iso3: 'KEN', rec_id: 'R3', area_code: 'border_control', provider: 'icao', status: 'ongoing', start_date: '2022-06-01', end_date: '', gender_marker: '0', child_focus: '0', conf_level: 'public' },
			{ ta_id: 'T3', iso3: 'KEN', rec_id: '', area_code: 'ict', provider: 'bilateral', status: 'planned', start_date: '2025-01-01', end_date: '2025-06-30', gender_marker: '', child_focus: '', conf_level: 'public' },
			{ ta_id: 'T4', iso3: 'PHL', rec_id: 'R5', area_code: 'ict', provider: 'unoct', status: 'requested', start_date: '', end_date: '', gender_marker: '3', child_focus: 'yes', conf_level: 'public' }
		],
		engagements: [
			{ engagement_id: 'E1', date: '2021-03-02', kind: 'csos_consultation', iso3: 'FRA', assessment_id: 'A1', gender_content: 'true', child_rights_content: 'false', human_rights_content: 'true', participants_total: '20', participants_women: '12', conf_level: 'public' },
			{ engagement_id: 'E2', date: '2022-02-01', kind: 'ctc_briefing', iso3: '', assessment_id: '', gender_content: '', child_rights_content: '', human_rights_content: '', participants_total: '', participants_women: '', conf_level: 'public' },
			{ engagement_id: 'E3', date: '2023-06-01', kind: 'workshop', iso3: 'PHL', assessment_id: 'A4', gender_content: 'false', child_rights_content: 'false', human_rights_content: 'false', participants_total: '15', participants_women: '15', conf_level: 'public' },
			{ engagement_id: 'E4', date: '2022-07-01', kind: 'research_network', iso3: '', assessment_id: '', gender_content: 'false', child_rights_content: 'false', human_rights_content: 'false', participants_total: '40', participants_women: '0', conf_level: 'un_system' }
		],
		visit_plan: [
			{ plan_year: '2024', iso3: 'FRA', requested_by_state: 'true', consent: 'granted', committee_approved: 'true', conf_level: 'public' },
			{ plan_year: '2024', iso3: 'KEN', requested_by_state: 'false', consent: 'pending', committee_approved: 'true', conf_level: 'restricted' },
			{ plan_year: '2025', iso3: 'FRA', requested_by_state: 'false', consent: 'not_requested', committee_approved: '', conf_level: 'un_system' }
		]
	};
}

/** Rows per tier of the fixture, by hand from the levels above. */
export const FIXTURE_TIER_ROWS: Record<FactName, [number, number, number]> = {
	assessments: [1, 3, 5],
	recommendations: [1, 4, 6],
	recommendation_status: [2, 5, 7],
	survey_items: [2, 3, 4],
	technical_assistance: [2, 3, 4],
	engagements: [2, 3, 4],
	visit_plan: [1, 2, 3]
};

/** D per tier: public sees R1's 2022-12-01, un_system R4's 2023-11-01, restricted R6's 2024-03-01. */
export const FIXTURE_REFERENCE_DATES = ['2022-12-01', '2023-11-01', '2024-03-01'] as const;

export const FACT_NAMES = FACT_TABLES.map((t) => t.name) as FactName[];

export function columnsOf(name: FactName): string[] {
	return table(name as TableName).columns.map((c) => c.name);
}

export interface CsvStyle {
	readonly bom?: boolean;
	readonly crlf?: boolean;
}

export function csvText(
	name: FactName,
	rows: readonly Row[],
	style: CsvStyle = {},
	columns = columnsOf(name)
): string {
	let text = toCsv(columns, rows);
	// Line breaks inside quoted cells become CRLF too; the reader reads them back as LF.
	if (style.crlf) text = text.replaceAll('\n', '\r\n');
	return (style.bom ? '\uFEFF' : '') + text;
}

/** Writes one `<table>.csv` per fact table. */
export function writeCsvSource(dir: string, tables: Tables, style: CsvStyle = {}): void {
	for (const name of FACT_NAMES)
		writeFileSync(join(dir, `${name}.csv`), csvText(name, tables[name], style));
}

/** Writes the same tables as one workbook, every cell as text, plus an ignored `_notes` sheet. */
export async function writeXlsxSource(
	path: string,
	tables: Tables,
	skip: FactName[] = []
): Promise<void> {
	const workbook = new ExcelJS.Workbook();
	for (const name of FACT_NAMES) {
		if (skip.includes(name)) continue;
		const sheet = workbook.addWorksheet(name);
		const columns = columnsOf(name);
		sheet.addRow(columns);
		for (const row of tables[name]) sheet.addRow(columns.map((c) => row[c] ?? ''));
	}
	workbook.addWorksheet('_notes').addRow(['anything', 'here']);
	await workbook.xlsx.writeFile(path);
}
