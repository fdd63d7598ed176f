import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildTierInto } from '../e2e/isolated-build';
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
 * A site built, like the demo one, from extracts generated at `scale` times
 * the demo volume: each page's default view is prerendered from those
 * extracts, and the manifest in the HTML is theirs. With `reuseExtracts`,
 * extracts generated earlier at this scale are used as they are.
 */
export function makeScaleSite(
	tier: string,
	scale: number,
	reuseExtracts: string | null = null
): ScaleSite {
	// Inside the repository: the isolated build renames its output here, which needs one file system.
	mkdirSync(join(ROOT, 'test-results'), { recursive: true });
	const work = mkdtempSync(join(ROOT, 'test-results', `bench-x${scale}-`));
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
		rmSync(source, { recursive: true, force: true });
		buildTierInto(tier, site, extracts);
		return { dir: site, close: () => rmSync(work, { recursive: true, force: true }) };
	} catch (error) {
		rmSync(work, { recursive: true, force: true });
		throw error;
	}
}
