import { prerenderQueries } from '$lib/server/prerender';
import { VisitsState } from '$lib/state/visits.svelte';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => prerenderQueries('/visits', () => new VisitsState());
