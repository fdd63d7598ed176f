/** CSV rows of the in-memory records, keyed by the schema's column names. */
import type { CsvRow } from './csv-writer';
import { isoDate, isoOrNull } from './dates';
import type { Assessment, Recommendation, StatusRow } from './model';

export function assessmentRow(a: Assessment): CsvRow {
	return {
		assessment_id: a.id,
		iso3: a.iso3,
		assessment_type: a.type,
		modality: a.modality,
		parent_assessment_id: a.parent?.id ?? null,
		visit_start: isoOrNull(a.visitStart),
		visit_end: isoOrNull(a.visitEnd),
		report_adopted: isoOrNull(a.reportAdopted),
		followup_report_date: isoOrNull(a.followupReport),
		partners: a.partners.length > 0 ? a.partners : null,
		gender_expert: a.genderExpert,
		human_rights_expert: a.humanRightsExpert,
		womens_orgs_consulted: a.womensOrgsConsulted,
		civil_society_consulted: a.civilSocietyConsulted,
		child_rights_actors_consulted: a.childRightsActorsConsulted,
		gender_analysis: a.genderAnalysis,
		child_rights_analysis: a.childRightsAnalysis,
		conf_level: a.conf
	};
}

export function recommendationRow(r: Recommendation): CsvRow {
	return {
		rec_id: r.id,
		assessment_id: r.assessment.id,
		iso3: r.assessment.iso3,
		area_code: r.areaCode,
		resolution: r.resolution,
		priority: r.priority ? 'priority' : 'standard',
		technical_assistance: r.technicalAssistance,
		gender: r.gender,
		child_rights: r.childRights,
		human_rights: r.humanRights,
		issued: isoDate(r.issued),
		text: r.text,
		conf_level: r.conf
	};
}

export function statusRow(recId: string, s: StatusRow): CsvRow {
	return {
		rec_id: recId,
		as_of: isoDate(s.asOf),
		status: s.status,
		source: s.source,
		conf_level: s.conf
	};
}
