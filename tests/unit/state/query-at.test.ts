import { describe, expect, test } from 'vitest';
import { NO_FILTERS, type GlobalFilters } from '../../../src/lib/queries/filters';
import type { ExtractManifest } from '../../../src/lib/schema';
import { query } from '../../../src/lib/sql/query';
import { appData } from '../../../src/lib/state/app-data.svelte';
import { collectQueries } from '../../../src/lib/state/prerendered.svelte';
import { queryAt } from '../../../src/lib/state/query-at.svelte';

const byRegion = (f: GlobalFilters, d: string) =>
	query(
		'SELECT count(*) FROM assessments WHERE visit_end <= CAST($1 AS DATE) AND $2::VARCHAR IS NULL',
		[d, f.region]
	);

describe('queryAt', () => {
	test('asks for nothing until D is known, then for the query at D under the filters', () => {
		const asked = () =>
			[
				...collectQueries(new Map(), () => {
					queryAt(
						({ d, filters }) => byRegion(filters, d),
						() => ({
							...NO_FILTERS,
							region: 'Africa'
						})
					);
				}).values()
			].map((q) => q.params);
		expect(asked()).toEqual([]);
		appData.useManifest({
			referenceDate: '2024-06-30',
			tier: 'public',
			tables: {}
		} as unknown as ExtractManifest);
		expect(asked()).toEqual([['2024-06-30', 'Africa']]);
	});
});
