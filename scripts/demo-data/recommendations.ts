/**
 * Recommendations of one adopted assessment report. Only adopted reports have
 * recommendations: `issued` is required and equals the report's adoption date.
 */
import type { AssessmentType } from '../../src/lib/schema';
import { RES_2178_ADOPTED, post2395Share } from './calendar';
import { childConfLevel } from './conf-levels';
import { yearOf, type Day } from './dates';
import type { Assessment, Gender, Recommendation, Resolution } from './model';
import type { Random, Weighted } from './random';
import { recommendationText } from './recommendation-text';
import type { ThematicArea } from './reference';

/** How many recommendations a report of each type makes. */
const RECOMMENDATIONS_PER_REPORT: Readonly<Record<AssessmentType, readonly [number, number]>> = {
	comprehensive: [35, 60],
	follow_up: [20, 35],
	focused: [20, 30],
	regional: [20, 40],
	desk_review: [5, 20]
};

/** Relative frequency of areas in reports; foreign terrorist fighters appear after resolution 2178. */
function areaWeight(code: string, issued: Day): number {
	const share = (before: number, established: number) => post2395Share(issued, before, established);
	switch (code) {
		case 'legislation':
			return 14;
		case 'cft':
			return 12;
		case 'law_enforcement':
		case 'border_control':
			return 11;
		case 'international_cooperation':
			return 10;
		case 'criminal_justice':
			return 9;
		case 'incitement':
			return 6;
		case 'human_rights':
			return 6;
		case 'ict':
			return share(4, 7);
		case 'ftf':
			return issued < RES_2178_ADOPTED ? 0.5 : 8;
		case 'critical_infrastructure':
			return share(2, 4);
		case 'gender':
			return share(1, 4);
		case 'children':
			return share(0.5, 3);
		default:
			return 3;
	}
}

/** Assessment resolution codes the recommendation can cite; other codes (2396, 2462...) become `other`. */
const RESOLUTION_WEIGHT: Readonly<Record<string, number>> = { '1373': 4, '1624': 1, '2178': 1.5 };

function resolutionFor(rng: Random, area: ThematicArea, issued: Day): Resolution {
	if (rng.chance(0.05)) return 'other';
	const entries: Weighted<Resolution> = area.resolutions
		.filter((r) => r in RESOLUTION_WEIGHT && (r !== '2178' || issued >= RES_2178_ADOPTED))
		.map((r) => [r as Resolution, RESOLUTION_WEIGHT[r]]);
	return entries.length > 0 ? rng.weighted(entries) : 'other';
}

function genderFor(rng: Random, area: ThematicArea, issued: Day): Gender {
	if (area.code === 'gender') return 'specific';
	const specific = post2395Share(issued, 0.01, 0.06);
	const sensitive = post2395Share(issued, 0.05, 0.25);
	return rng.weighted([
		['specific', specific],
		['sensitive', sensitive],
		['none', 1 - specific - sensitive]
	]);
}

function childRightsFor(rng: Random, area: ThematicArea, issued: Day): boolean {
	if (area.code === 'children') return true;
	return rng.chance(area.code === 'ftf' ? 0.45 : post2395Share(issued, 0.02, 0.07));
}

/** A report's areas: every area can appear, but a focused visit looks at only a few. */
function reportAreas(
	rng: Random,
	assessment: Assessment,
	areas: readonly ThematicArea[],
	issued: Day
): Weighted<ThematicArea> {
	const weighted = areas.map((area) => [area, areaWeight(area.code, issued)] as const);
	if (assessment.type !== 'focused') return weighted;
	const chosen = new Set<ThematicArea>();
	while (chosen.size < Math.min(3, areas.length)) chosen.add(rng.weighted(weighted));
	return weighted.filter(([area]) => chosen.has(area));
}

export function* recommendationsOf(
	rng: Random,
	assessment: Assessment,
	areas: readonly ThematicArea[]
): Generator<Recommendation> {
	const issued = assessment.reportAdopted;
	if (issued === null) return;
	const [min, max] = RECOMMENDATIONS_PER_REPORT[assessment.type];
	const count = rng.int(min, max);
	const candidates = reportAreas(rng, assessment, areas, issued);
	const width = Math.max(2, String(count).length);
	for (let seq = 1; seq <= count; seq++) {
		const area = rng.weighted(candidates);
		const technicalAssistance = rng.chance(0.3);
		const gender = genderFor(rng, area, issued);
		const childRights = childRightsFor(rng, area, issued);
		const humanRights =
			area.code === 'human_rights' || rng.chance(post2395Share(issued, 0.09, 0.11));
		const text = recommendationText(rng, {
			areaCode: area.code,
			year: yearOf(issued),
			technicalAssistance,
			gendered: gender !== 'none',
			childRights,
			humanRights
		});
		yield {
			id: `${assessment.id}-R${String(seq).padStart(width, '0')}`,
			assessment,
			areaCode: area.code,
			resolution: resolutionFor(rng, area, issued),
			priority: rng.chance(0.2),
			technicalAssistance,
			gender,
			childRights,
			humanRights,
			issued,
			text,
			conf: childConfLevel(rng, assessment.conf, 0.08)
		};
	}
}
