import { error } from '@sveltejs/kit';
import { MEMBER_STATES, memberState } from '$lib/reference/member-states';
import type { EntryGenerator, PageLoad } from './$types';

/** Every Member State's profile is prerendered (links into the dashboard are shared). */
export const entries: EntryGenerator = () => MEMBER_STATES.map((s) => ({ iso3: s.iso3 }));

export const load: PageLoad = ({ params, data }) => {
	const state = memberState(params.iso3);
	if (!state) error(404, `No Member State with the code "${params.iso3}".`);
	return { ...data, state };
};
