/**
 * Plausible recommendation wording, composed from area-specific actions. The
 * text is synthetic; commas, quotes and the occasional line break are there on
 * purpose, so that CSV quoting is exercised by every demo build.
 */
import type { Random } from './random';

const OPENERS = [
	'Consider taking steps to',
	'Continue its efforts to',
	'Take the necessary measures to',
	'Redouble its efforts to',
	'Ensure that the competent authorities',
	'Consider, as a matter of priority, how to',
	'Strengthen its efforts to',
	'Take steps, in consultation with relevant stakeholders, to',
	'Take further steps to'
];

const ASSISTANCE_OPENERS = [
	'Seek technical assistance, including from UNODC, to',
	'Consider requesting the support of relevant United Nations entities to',
	'Explore, with international partners, the provision of assistance to'
];

/** The UNOCT "CT Travel" programme helps States set up API/PNR systems; it exists since 2019. */
const CT_TRAVEL_OPENER = 'Consider seeking assistance under the "CT Travel" programme to';
const CT_TRAVEL_SINCE = 2019;

const ACTIONS: Readonly<Record<string, readonly string[]>> = {
	legislation: [
		'criminalize the financing of travel for terrorist purposes as a stand-alone offence',
		'review the definition of terrorist acts so that it is clear, precise and foreseeable',
		'amend its Penal Code to criminalize the recruitment and training of terrorists',
		'establish jurisdiction over terrorist offences committed abroad by its nationals',
		'adopt comprehensive counter-terrorism legislation consistent with international law'
	],
	cft: [
		'implement targeted financial sanctions "without delay", as required by FATF Recommendation 6',
		'conduct a risk assessment of its non-profit sector and apply focused, proportionate measures',
		'strengthen the capacity of its financial intelligence unit to analyse suspicious transaction reports',
		'establish a national mechanism to freeze terrorist assets at the request of other States',
		'regulate money or value transfer services, including informal "hawala" providers'
	],
	law_enforcement: [
		'establish a dedicated counter-terrorism investigation unit with adequate resources',
		'improve the exchange of information between police, intelligence and customs services',
		'develop standard operating procedures for joint investigations of terrorist offences',
		'provide specialized training on special investigative techniques and digital evidence',
		'establish a national counter-terrorism fusion centre'
	],
	border_control: [
		'establish an advance passenger information (API) system and a passenger name record (PNR) capacity',
		'connect all official border crossing points to INTERPOL databases',
		'develop a coordinated border management strategy covering land, sea and air borders',
		'strengthen the security of travel and identity documents',
		'introduce risk-based screening of travellers at its international airports'
	],
	international_cooperation: [
		'designate a central authority for mutual legal assistance and extradition',
		'accede to the remaining international counter-terrorism instruments',
		'conclude bilateral agreements on mutual legal assistance with States of the region',
		'develop a case-management system to track incoming and outgoing requests',
		'make use of the "aut dedere aut judicare" principle in cases where extradition is refused'
	],
	criminal_justice: [
		'develop prosecution, rehabilitation and reintegration strategies for returning fighters',
		'train judges and prosecutors in the handling of terrorism cases',
		'strengthen the use of battlefield evidence in criminal proceedings, with appropriate safeguards',
		'establish rehabilitation programmes in prisons, including for violent extremist offenders',
		'ensure the effective protection of victims and witnesses in terrorism trials'
	],
	incitement: [
		'adopt a national strategy to counter violent extremism conducive to terrorism',
		'criminalize incitement to commit terrorist acts, in line with resolution 1624 (2005)',
		'engage religious leaders, educators and youth in preventing radicalization',
		'develop counter-narratives with the participation of civil society and the media'
	],
	ict: [
		'establish a capacity to preserve and obtain electronic evidence across borders',
		'strengthen cooperation with the private sector to counter terrorist content online',
		'designate a 24/7 point of contact for urgent requests concerning electronic evidence',
		'train investigators in the use of open-source information, with due regard for privacy'
	],
	ftf: [
		'develop a comprehensive approach to returning foreign terrorist fighters and their families',
		'assess the risks posed by returnees and relocators on a case-by-case basis',
		'establish mechanisms to repatriate children of foreign terrorist fighters',
		'share information on foreign terrorist fighters through INTERPOL channels'
	],
	critical_infrastructure: [
		'develop a national strategy to protect critical infrastructure against terrorist attacks',
		'conduct vulnerability assessments of soft targets, including places of worship',
		'establish public-private partnerships to protect critical infrastructure'
	],
	arms: [
		'strengthen controls over the manufacture, transfer and brokering of small arms and light weapons',
		'establish a national record-keeping system for firearms and explosives precursors',
		'criminalize the illicit supply of weapons to terrorists'
	],
	human_rights: [
		'ensure that counter-terrorism measures comply with its obligations under international human rights law',
		'establish independent oversight of its counter-terrorism and intelligence agencies',
		'ensure that persons deprived of liberty have prompt access to a lawyer',
		'review its administrative detention regime, including its safeguards and judicial review'
	],
	gender: [
		'integrate a gender perspective into its counter-terrorism strategy',
		"consult women's organizations in the design of prevention programmes",
		'collect data disaggregated by sex on terrorism-related arrests, prosecutions and convictions',
		'increase the participation of women in law enforcement and border services'
	],
	children: [
		'treat children associated with terrorist groups primarily as victims',
		'establish specialized juvenile justice procedures for terrorism-related cases',
		'ensure access to education and psychosocial support for children returning from conflict zones',
		'take into account the best interests of the child in all counter-terrorism measures'
	]
};

const GENERIC_ACTIONS = [
	'develop a national action plan with clear responsibilities, timelines and resources',
	'strengthen inter-agency coordination in this area'
];

const QUALIFIERS = [
	'',
	'',
	'',
	', including through regular training of the officials concerned',
	', in line with the relevant international standards',
	', and allocate sufficient human and financial resources to that end',
	', in coordination with regional partners',
	' and report to the Committee on the steps taken'
];

const GENDER_QUALIFIERS = [
	', taking into account the different impacts on women, men, girls and boys',
	", with the meaningful participation of women and women's organizations"
];
const CHILD_QUALIFIERS = [', with due regard to the best interests of the child'];
const HUMAN_RIGHTS_QUALIFIERS = [
	', in full compliance with international human rights law',
	', ensuring respect for due process and the right to a fair trial'
];

export interface TextTraits {
	readonly areaCode: string;
	readonly year: number;
	readonly technicalAssistance: boolean;
	readonly gendered: boolean;
	readonly childRights: boolean;
	readonly humanRights: boolean;
}

function qualifierFor(rng: Random, traits: TextTraits): string {
	if (traits.gendered && rng.chance(0.6)) return rng.pick(GENDER_QUALIFIERS);
	if (traits.childRights && rng.chance(0.6)) return rng.pick(CHILD_QUALIFIERS);
	if (traits.humanRights && rng.chance(0.6)) return rng.pick(HUMAN_RIGHTS_QUALIFIERS);
	return rng.pick(QUALIFIERS);
}

function opener(rng: Random, traits: TextTraits): string {
	if (!traits.technicalAssistance || !rng.chance(0.4)) return rng.pick(OPENERS);
	const ctTravel = traits.areaCode === 'border_control' && traits.year >= CT_TRAVEL_SINCE;
	return ctTravel && rng.chance(0.5) ? CT_TRAVEL_OPENER : rng.pick(ASSISTANCE_OPENERS);
}

function sentence(rng: Random, traits: TextTraits, actions: readonly string[]): string {
	return `${opener(rng, traits)} ${rng.pick(actions)}${qualifierFor(rng, traits)}.`;
}

/** The wording of one recommendation; null (an empty cell) for a few, as in real files. */
export function recommendationText(rng: Random, traits: TextTraits): string | null {
	if (rng.chance(0.04)) return null;
	const actions = ACTIONS[traits.areaCode] ?? GENERIC_ACTIONS;
	if (rng.chance(0.03)) {
		// Some reports list sub-items on separate lines within one recommendation.
		const [first, second] = rng.sample(actions, 2);
		return `${rng.pick(OPENERS)}:\n(a) ${first};\n(b) ${second ?? rng.pick(GENERIC_ACTIONS)}.`;
	}
	return sentence(rng, traits, actions);
}
