import type { MemberState } from './member-states';

/** Lower case without accents, so "cote" finds Côte d'Ivoire and "turkiye" Türkiye. */
export function foldName(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase()
		.trim();
}

/**
 * Suggestions for the State search: the exact ISO3 code first, then names that
 * start with the text, then names with a word starting with it, then names that
 * contain it; at most `limit`.
 */
export function matchStates(
	states: readonly MemberState[],
	text: string,
	limit = 8
): MemberState[] {
	const q = foldName(text);
	if (q === '') return [];
	const rank = (s: MemberState): number => {
		const name = foldName(s.name);
		if (s.iso3.toLowerCase() === q) return 0;
		if (name.startsWith(q)) return 1;
		if (name.split(/[\s(,-]+/).some((w) => w.startsWith(q))) return 2;
		if (name.includes(q)) return 3;
		return -1;
	};
	return states
		.map((s) => ({ s, r: rank(s) }))
		.filter((x) => x.r >= 0)
		.sort((a, b) => a.r - b.r || a.s.name.localeCompare(b.s.name))
		.slice(0, limit)
		.map((x) => x.s);
}

/** The State a submitted text names: an exact name or code, else the only match. */
export function stateNamed(states: readonly MemberState[], text: string): MemberState | undefined {
	const q = foldName(text);
	if (q === '') return undefined;
	const exact = states.find((s) => foldName(s.name) === q || s.iso3.toLowerCase() === q);
	if (exact) return exact;
	const partial = states.filter((s) => foldName(s.name).includes(q));
	return partial.length === 1 ? partial[0] : undefined;
}
