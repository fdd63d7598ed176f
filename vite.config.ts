import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { tierData } from './scripts/build/tier-data-plugin.ts';
import { parseTier } from './src/lib/schema/confidentiality.ts';

// Fail closed: an unset tier builds the public site, never the restricted one.
const tier = parseTier(process.env.DASHBOARD_TIER);

export default defineConfig({
	plugins: [tierData({ tier, extractsDir: 'data/extracts' }), sveltekit()],
	define: { __DASHBOARD_TIER__: JSON.stringify(tier) },
	build: {
		chunkSizeWarningLimit: 1500,
		// Plugin timings measure the machine's load, not the code: a busy CI host would warn on every build.
		rolldownOptions: { checks: { bundlerTimings: false } }
	},
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node',
					env: { TZ: 'UTC' },
					testTimeout: 60_000,
					hookTimeout: 120_000
				}
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					environment: 'node',
					env: { TZ: 'UTC' },
					testTimeout: 120_000,
					hookTimeout: 300_000,
					fileParallelism: false
				}
			}
		]
	}
});
