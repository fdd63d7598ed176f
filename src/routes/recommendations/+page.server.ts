import { prerenderQueries } from '$lib/server/prerender';
import { RecommendationTableState } from '$lib/state/recommendations-table.svelte';
import { RecommendationsState } from '$lib/state/recommendations.svelte';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () =>
	prerenderQueries('/recommendations', () => {
		new RecommendationsState();
		new RecommendationTableState();
	});
