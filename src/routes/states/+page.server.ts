import { prerenderQueries } from '$lib/server/prerender';
import { StatesIndexState } from '$lib/state/states-index.svelte';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => prerenderQueries('/states', () => new StatesIndexState());
