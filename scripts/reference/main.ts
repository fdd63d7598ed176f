/**
 * Normalises the public reference data in ../shared/data/reference into the
 * schema's tables under data/reference. Run once when the upstream files change;
 * the output is committed so that a clone works without ../shared.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { table, type TableName } from '../../src/lib/schema';
import { csvObjects, toCsv, type CsvCell } from '../lib/csv';
import { THEMATIC_AREAS } from './thematic-areas';

const SHARED = process.argv[2] ?? '../shared/data/reference';
const OUT = 'data/reference';

const read = (file: string) => csvObjects(readFileSync(join(SHARED, file), 'utf8'));
const write = (name: TableName, rows: Record<string, CsvCell>[]) => {
	const columns = table(name).columns.map((c) => c.name);
	writeFileSync(join(OUT, `${name}.csv`), toCsv(columns, rows));
	console.log(`${name}: ${rows.length} rows`);
};
/** Two rows lack a UNTERM short name upstream; these are the names the UN uses for them. */
const MISSING_UNTERM_NAMES: Readonly<Record<string, string>> = {
	CIV: "Côte d'Ivoire",
	TUR: 'Türkiye'
};
const flag = (v: string) => (v === '1' ? 'true' : 'false');
const blankToNull = (v: string | undefined) =>
	v === undefined || v.trim() === '' ? null : v.trim();

mkdirSync(OUT, { recursive: true });

const members = read('un_member_states_193.csv');
if (members.length !== 193) throw new Error(`Expected 193 Member States, found ${members.length}`);
const unnamed = members.filter((m) => !m.name_unterm_en && !MISSING_UNTERM_NAMES[m.iso3]);
if (unnamed.length > 0) throw new Error(`No name for ${unnamed.map((m) => m.iso3).join(', ')}`);
const memberIso3 = new Set(members.map((m) => m.iso3));
write(
	'member_states',
	members.map((m) => ({
		iso3: m.iso3,
		iso2: m.iso2,
		m49: m.m49.padStart(3, '0'),
		name: m.name_unterm_en || MISSING_UNTERM_NAMES[m.iso3],
		region: m.region,
		sub_region: m.sub_region,
		intermediate_region: blankToNull(m.intermediate_region),
		un_regional_group: blankToNull(m.un_regional_group),
		ldc: flag(m.ldc),
		lldc: flag(m.lldc),
		sids: flag(m.sids),
		admission_date: m.un_admission_date
	}))
);

write(
	'thematic_areas',
	THEMATIC_AREAS.map(([area_code, name, resolutions, crossCutting], i) => ({
		area_code,
		name,
		resolutions: [...resolutions],
		cross_cutting: crossCutting ? 'true' : 'false',
		sort_order: i + 1
	}))
);

// Non-members (Hong Kong, Chinese Taipei, territories...) are left out; unrated Members simply have no row.
write(
	'fatf_ratings',
	read('fatf_ct_extract_R5-8_IO9-11.csv')
		.filter((r) => memberIso3.has(r.iso3))
		.map((r) => ({
			iso3: r.iso3,
			report_date: r.report_date,
			assessment_body: blankToNull(r.assessment_body),
			report_type: blankToNull(r.report_type),
			r5: blankToNull(r.R5),
			r6: blankToNull(r.R6),
			r7: blankToNull(r.R7),
			r8: blankToNull(r.R8),
			io9: blankToNull(r.IO9),
			io10: blankToNull(r.IO10),
			io11: blankToNull(r.IO11)
		}))
);

write(
	'wps_index',
	read('wps_index_2025.csv')
		.filter((r) => memberIso3.has(r.Code))
		.map((r) => ({
			iso3: r.Code,
			edition: '2025/26',
			wps_rank: r['WPS Index Rank'],
			wps_score: r['Women, Peace, and Security Index'],
			parliamentary_representation: blankToNull(r['Parliamentary Representation'])
		}))
);

write(
	'gti_scores',
	read('gti_scores_2012_2022.csv')
		.filter((r) => memberIso3.has(r.iso3c))
		.map((r) => ({
			iso3: r.iso3c,
			year: r.year,
			score: r.score,
			rank: blankToNull(r.rank),
			incidents: blankToNull(r.incidents),
			fatalities: blankToNull(r.fatalities),
			injuries: blankToNull(r.injuries),
			hostages: blankToNull(r.hostages)
		}))
);

copyFileSync(join(SHARED, 'PROVENANCE.md'), join(OUT, 'PROVENANCE.md'));
