import { CONF_LEVEL, type ConfLevel } from './enums.ts';

/** The tiers in increasing order of restriction (resolution 2395, para 13). */
export const CONF_ORDER: readonly ConfLevel[] = CONF_LEVEL.codes;

export const TIERS = CONF_ORDER;
export type Tier = ConfLevel;

/** A missing level counts as the most restricted one, so an omission never publishes a row. */
export const FAIL_CLOSED_LEVEL: ConfLevel = 'restricted';

export function confRank(level: ConfLevel): number {
	return CONF_ORDER.indexOf(level);
}

export function isConfLevel(value: unknown): value is ConfLevel {
	return typeof value === 'string' && (CONF_ORDER as readonly string[]).includes(value);
}

/** The marking printed on every page and export of a tier (VISUAL.md). */
export const TIER_MARKING: Readonly<Record<Tier, string>> = {
	public: 'PUBLIC',
	un_system: 'UN SYSTEM - NOT FOR PUBLIC RELEASE',
	restricted: 'RESTRICTED'
};

/**
 * Parses a tier name such as `DASHBOARD_TIER`; anything unset means `public`,
 * so a forgotten setting never publishes more than intended.
 */
export function parseTier(value: string | undefined): Tier {
	if (value === undefined || value.trim() === '') return 'public';
	const tier = value.trim().toLowerCase();
	if (!isConfLevel(tier)) {
		throw new Error(
			`Unknown tier "${value}". Set DASHBOARD_TIER to one of: ${CONF_ORDER.join(', ')}.`
		);
	}
	return tier;
}
