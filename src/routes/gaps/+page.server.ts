import { prerenderQueries } from '$lib/server/prerender';
import { GapsState } from '$lib/state/gaps.svelte';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => prerenderQueries('/gaps', () => new GapsState());
