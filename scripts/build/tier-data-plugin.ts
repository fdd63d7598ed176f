import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Tier } from '../../src/lib/schema/confidentiality.ts';
import { tierFolderProblems } from './tier-folder-check.ts';

/** URL prefix under which the app fetches its extracts (src/lib/db reads it too). */
export const DATA_URL_PREFIX = '/data/';

interface TierDataOptions {
	tier: Tier;
	extractsDir: string;
}

/**
 * Puts one tier's extracts, and nothing else, into the build under /data/.
 * The files live outside static/ because everything in static/ is copied into
 * every build, whatever its tier.
 */
export function tierData({ tier, extractsDir }: TierDataOptions): Plugin {
	const dir = resolve(extractsDir, tier);
	const files = (): string[] =>
		existsSync(dir) ? readdirSync(dir).filter((f) => statSync(join(dir, f)).isFile()) : [];

	let isBuild = false;
	// SvelteKit builds twice (server, then client); the folder is read once.
	let checked: Promise<string[]> | undefined;

	return {
		name: 'ctc-tier-data',
		configResolved(config) {
			isBuild = config.command === 'build';
		},
		async buildStart() {
			// Only `vite build`: the dev server and vitest show whatever extracts are at hand.
			if (!isBuild) return;
			checked ??= tierFolderProblems(dir, tier);
			const problems = await checked;
			if (problems.length) {
				this.error(
					`Refusing to build tier "${tier}" from ${dir}:\n  ${problems.join('\n  ')}\n` +
						'Run "npm run extracts" again, or set DASHBOARD_TIER to the tier of these extracts.'
				);
			}
		},
		configureServer(server) {
			server.middlewares.use((req, res, next) => {
				const url = req.url?.split('?')[0] ?? '';
				if (!url.startsWith(DATA_URL_PREFIX)) return next();
				const name = decodeURIComponent(url.slice(DATA_URL_PREFIX.length));
				if (!files().includes(name)) {
					res.statusCode = 404;
					res.end(`No extract "${name}" for tier ${tier}. Run npm run extracts.`);
					return;
				}
				res.setHeader('Content-Type', name.endsWith('.json') ? 'application/json' : 'application/octet-stream');
				res.end(readFileSync(join(dir, name)));
			});
		},
		generateBundle(options) {
			// SvelteKit runs this plugin for its server build too; the data belongs in the client only.
			if (!options.dir?.includes(join('output', 'client'))) return;
			const names = files();
			if (!names.includes('manifest.json')) {
				this.error(
					`No extracts for tier "${tier}" in ${dir}. Run "npm run extracts" before "npm run build".`
				);
			}
			for (const name of names) {
				this.emitFile({
					type: 'asset',
					fileName: `data/${name}`,
					source: readFileSync(join(dir, name))
				});
			}
		}
	};
}
