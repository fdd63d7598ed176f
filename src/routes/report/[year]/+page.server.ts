import { prerenderQueries } from '$lib/server/prerender';
import { ReportState } from '$lib/state/report.svelte';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) =>
	prerenderQueries(`/report/${params.year}`, () => new ReportState(() => Number(params.year)));
