/** The shape of a catalogue entry, apart from the lists so both catalogue files can use it. */

export type IndicatorGroup =
	'gaps' | 'recommendations' | 'visits' | 'gender' | 'children' | 'human_rights' | 'external';

export interface IndicatorDef {
	readonly id: string;
	readonly key: string;
	readonly group: IndicatorGroup;
	readonly title: string;
	readonly definition: string;
	readonly numerator?: string;
	readonly denominator?: string;
	/** Paragraphs of resolution 2395 (2017) the indicator serves. */
	readonly paragraphs: readonly number[];
}
