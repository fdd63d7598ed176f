import { prerenderQueries } from '$lib/server/prerender';
import { OverviewState } from '$lib/state/overview.svelte';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => prerenderQueries('/', () => new OverviewState());
