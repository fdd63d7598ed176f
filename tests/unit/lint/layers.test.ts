import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The layer-rule messages ESLint gives for `code` as if it were the file at `filePath`. */
async function layerErrors(code: string, filePath: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return result.messages
		.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
		.map((m) => m.message);
}

describe('layer rules (docs/architecture.md, "Layers")', () => {
	it('refuses the fixture: a state module importing the export layer', async () => {
		const fixture = readFileSync('tests/lint-fixtures/state-imports-export.ts', 'utf8');
		const errors = await layerErrors(fixture, 'src/lib/state/lint-fixture.ts');
		expect(errors).toHaveLength(1);
		expect(errors[0]).toContain('must not import');
	});

	it.each([
		['src/lib/db/x.ts', "import { overviewHeadline } from '$lib/queries/overview';"],
		['src/lib/schema/x.ts', "import { filters } from '../state/filters.svelte';"],
		['src/lib/queries/x.ts', "import { runQuery } from '$lib/db';"],
		['src/lib/indicators/x.ts', "import { appData } from '$lib/state/app-data.svelte';"],
		['src/lib/indicators/x.ts', "import { NO_FILTERS } from '../queries/filters';"],
		['src/lib/charts/x.ts', "import { filters } from '$lib/state/filters.svelte';"],
		['src/lib/export/x.ts', "import { briefing } from '../state/briefing.svelte';"],
		['src/lib/components/x.ts', "import { runQuery } from '$lib/db';"],
		['src/lib/components/x.ts', "import { prerenderQueries } from '$lib/server/prerender';"],
		['src/routes/x/+page.ts', "import { openDatabase } from '$lib/db';"],
		['src/routes/x/+page.ts', "import * as duckdb from '@duckdb/duckdb-wasm';"],
		['scripts/x/main.ts', "import { filters } from '../../src/lib/state/filters.svelte';"]
	])('refuses in %s: %s', async (filePath, code) => {
		expect(await layerErrors(`${code}\nexport {};\n`, filePath)).toHaveLength(1);
	});

	it.each([
		['src/lib/db/x.ts', "import type { Query } from '$lib/sql/query';"],
		['src/lib/indicators/x.ts', "import type { GlobalFilters } from '../queries/filters';"],
		['src/lib/export/x.ts', "import type { BriefingSlide } from '../state/briefing-basket';"],
		['src/lib/components/x.ts', "import type { LoadProblem } from '$lib/db';"],
		['src/lib/state/x.ts', "import { runQuery } from '$lib/db';"],
		['scripts/x/main.ts', "import { startServer } from './server';"],
		['scripts/x/main.ts', "import { DuckDBInstance } from '@duckdb/node-api';"]
	])('allows in %s: %s', async (filePath, code) => {
		expect(await layerErrors(`${code}\nexport {};\n`, filePath)).toEqual([]);
	});
});
