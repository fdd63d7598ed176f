import { prerenderQueries } from '$lib/server/prerender';
import { CrossCuttingState } from '$lib/state/cross-cutting.svelte';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () =>
	prerenderQueries('/cross-cutting', () => new CrossCuttingState());
