/** The assessment areas of INDICATORS.md; "all" for human rights means the three core resolutions. */
export const THEMATIC_AREAS = [
	['legislation', 'Legislative framework and criminalization', ['1373', '1624', '2178'], false],
	['cft', 'Countering the financing of terrorism (incl. FATF R.6)', ['1373', '2462'], false],
	['law_enforcement', 'Law enforcement and investigation', ['1373'], false],
	[
		'border_control',
		'Border control and aviation security (API/PNR)',
		['1373', '2178', '2396'],
		false
	],
	[
		'international_cooperation',
		'Mutual legal assistance, extradition, central authorities',
		['1373'],
		false
	],
	[
		'criminal_justice',
		'Prosecution, courts, rehabilitation and reintegration',
		['1373', '2178', '2396'],
		false
	],
	['incitement', 'Countering incitement and violent extremism', ['1624', '2178'], false],
	['ict', 'Terrorist use of ICT and the Internet', ['2178', '2396'], false],
	['ftf', 'Foreign terrorist fighters and their families', ['2178', '2396'], false],
	['critical_infrastructure', 'Critical infrastructure and soft targets', ['2341', '2396'], false],
	['arms', 'Supply of weapons to terrorists', ['1373', '2370'], false],
	['human_rights', 'Human rights and the rule of law', ['1373', '1624', '2178'], true],
	['gender', 'Gender', ['2242', '2395'], true],
	['children', "Children's rights", ['2395'], true]
] as const;
