import { t, type MessageKey } from '$lib/i18n';

/** Short names for the heatmap's column headers; the full name stays in the title and for screen readers. */
const SHORT: Readonly<Record<string, MessageKey>> = {
	legislation: 'gaps.areaShort.legislation',
	cft: 'gaps.areaShort.cft',
	law_enforcement: 'gaps.areaShort.law_enforcement',
	border_control: 'gaps.areaShort.border_control',
	international_cooperation: 'gaps.areaShort.international_cooperation',
	criminal_justice: 'gaps.areaShort.criminal_justice',
	incitement: 'gaps.areaShort.incitement',
	ict: 'gaps.areaShort.ict',
	ftf: 'gaps.areaShort.ftf',
	critical_infrastructure: 'gaps.areaShort.critical_infrastructure',
	arms: 'gaps.areaShort.arms',
	human_rights: 'gaps.areaShort.human_rights',
	gender: 'gaps.areaShort.gender',
	children: 'gaps.areaShort.children'
};

/** An area's short name; an area added to the reference table later keeps its full name. */
export function areaShortName(code: string, fullName: string): string {
	const key = SHORT[code];
	return key ? t(key) : fullName;
}
