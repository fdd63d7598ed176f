import { prerenderQueries } from '$lib/server/prerender';
import { StateProfileState } from '$lib/state/states-profile.svelte';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) =>
	prerenderQueries(`/states/${params.iso3}`, () => new StateProfileState(() => params.iso3));
