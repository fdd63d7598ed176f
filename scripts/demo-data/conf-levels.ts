/**
 * Confidentiality levels of synthetic rows. A child row (recommendation,
 * status, linked assistance) is at its parent's level or a more restrictive
 * one, as real records would be; a few cells are left empty to exercise the
 * fail-closed rule (empty = restricted).
 */
import { CONF_ORDER, confRank, type ConfLevel } from '../../src/lib/schema';
import type { Random, Weighted } from './random';

/** `null` is an empty cell, which the builder reads as restricted. */
export type ConfCell = ConfLevel | null;

export interface ConfMix {
	readonly public: number;
	readonly un_system: number;
	readonly restricted: number;
	/** Share of rows left empty. */
	readonly empty: number;
}

/** Before follow-ups inherit their parent's level, which shifts the mix towards restricted. */
export const ASSESSMENT_CONF: ConfMix = {
	public: 0.46,
	un_system: 0.36,
	restricted: 0.16,
	empty: 0.02
};

// Mixes are module constants; building their weight lists once matters on millions of rows.
const mixEntries = new WeakMap<ConfMix, Weighted<ConfCell>>();

export function pickConfLevel(rng: Random, mix: ConfMix): ConfCell {
	let entries = mixEntries.get(mix);
	if (!entries) {
		entries = [
			['public', mix.public],
			['un_system', mix.un_system],
			['restricted', mix.restricted],
			[null, mix.empty]
		];
		mixEntries.set(mix, entries);
	}
	return rng.weighted(entries);
}

/**
 * The parent's level, or with probability `escalation` one step more
 * restrictive: the builder would restrict such a row anyway, but a source
 * file may well mark it explicitly.
 */
export function childConfLevel(rng: Random, parent: ConfCell, escalation: number): ConfCell {
	if (parent === null) return null;
	if (!rng.chance(escalation)) return parent;
	const rank = Math.min(confRank(parent) + 1, CONF_ORDER.length - 1);
	return rng.chance(0.1) ? null : CONF_ORDER[rank];
}

/** `level`, raised to the parent's level where the parent is more restrictive. */
export function atLeastAsRestricted(level: ConfCell, parent: ConfCell | undefined): ConfCell {
	if (level === null || parent === undefined) return level;
	if (parent === null) return 'restricted';
	return confRank(parent) > confRank(level) ? parent : level;
}
