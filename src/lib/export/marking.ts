import { TIER_MARKING, type Tier } from '../schema';

/** The marking strip's colours, shared by the page, print and every export (VISUAL.md). */
export const MARKING_COLOURS: Readonly<Record<Tier, { background: string; text: string }>> = {
	public: { background: '#e6e6e6', text: '#1a1a1a' },
	un_system: { background: '#f0b323', text: '#1a1a1a' },
	restricted: { background: '#b3001b', text: '#ffffff' }
};

export interface ExportMarking {
	readonly tier: Tier;
	readonly demo: boolean;
	/** The demo label, e.g. "Synthetic demo data". */
	readonly demoLabel: string;
}

/** The one-line marking of an export: "RESTRICTED - Synthetic demo data". */
export function markingLine(m: ExportMarking): string {
	return m.demo ? `${TIER_MARKING[m.tier]} - ${m.demoLabel}` : TIER_MARKING[m.tier];
}
