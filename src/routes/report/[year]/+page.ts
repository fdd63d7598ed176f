import { error } from '@sveltejs/kit';
import { REPORT_YEARS } from '$lib/reference/report-years';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => REPORT_YEARS.map((y) => ({ year: String(y) }));

export const load: PageLoad = ({ params, data }) => {
	if (!/^\d{4}$/.test(params.year)) error(404, `"${params.year}" is not a year.`);
	return { ...data, year: Number(params.year) };
};
