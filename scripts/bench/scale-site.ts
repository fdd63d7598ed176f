import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../e2e/paths';

function run(step: string, args: string[]): void {
	console.log(`[bench] ${step}: npm ${args.join(' ')}`);
	const result = spawnSync('npm', args, { cwd: ROOT, stdio: 'inherit' });
	if (result.status !== 0) {
		throw new Error(`[bench] ${step} failed (exit ${result.status ?? result.signal}); see above.`);
	}
}

export interface ScaleSite {
	readonly dir: string;
	close(): void;
}

/**
 * A copy of `buildDir` whose /data/ holds extracts generated at `scale` times
 * the demo volume. Swapping the data instead of rebuilding is enough because
 * the app reads everything from /data/ at run time; headline figures
 * prerendered into the HTML (if any) would still be the demo ones. With
 * `reuseExtracts`, extracts generated earlier at this scale are used as they are.
 */
export function makeScaleSite(
	buildDir: string,
	tier: string,
	scale: number,
	reuseExtracts: string | null = null
): ScaleSite {
	const work = mkdtempSync(join(tmpdir(), `ctc-bench-x${scale}-`));
	try {
		const source = join(work, 'source');
		const extracts = reuseExtracts ?? join(work, 'extracts');
		const site = join(work, 'site');
		if (reuseExtracts) {
			console.log(`[bench] extracts x${scale}: reusing ${reuseExtracts}`);
		} else {
			run(`demo data x${scale}`, [
				'run',
				'demo-data',
				'--',
				'--scale',
				String(scale),
				'--out',
				source
			]);
			run(`extracts x${scale}`, ['run', 'extracts', '--', '--source', source, '--out', extracts]);
		}
		const tierData = join(extracts, tier);
		if (!existsSync(join(tierData, 'manifest.json'))) {
			throw new Error(`[bench] npm run extracts wrote no ${tier} manifest in ${extracts}.`);
		}
		cpSync(buildDir, site, { recursive: true });
		// The old manifest's .br/.gz siblings would be served instead of the new manifest.
		rmSync(join(site, 'data'), { recursive: true, force: true });
		cpSync(tierData, join(site, 'data'), { recursive: true });
		rmSync(source, { recursive: true, force: true });
		return { dir: site, close: () => rmSync(work, { recursive: true, force: true }) };
	} catch (error) {
		rmSync(work, { recursive: true, force: true });
		throw error;
	}
}
