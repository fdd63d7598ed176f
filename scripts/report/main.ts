import { svelte } from '@sveltejs/vite-plugin-svelte';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'vite';
import { ArgsError, parseReportArgs, USAGE, type ReportArgs } from './args.ts';
import { convertWithOffice } from './office.ts';

/**
 * `npm run report -- --year 2025 [--tier restricted] [--format docx|pdf|zip] [--out FILE]`:
 * the annual report's book from data/extracts without a browser, for
 * scheduled jobs and data that has outgrown one.
 */

const ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * The book's modules through Vite's module loader: the i18n and page modules
 * are Svelte modules (runes), which plain Node cannot run; Vite compiles them
 * as it does for the site and the unit tests.
 */
async function loadBookModule(tier: ReportArgs['tier']) {
	const vite = await createServer({
		root: ROOT,
		configFile: false,
		logLevel: 'error',
		appType: 'custom',
		server: { middlewareMode: true, hmr: false, ws: false },
		plugins: [svelte({ configFile: false })],
		resolve: { alias: { $lib: join(ROOT, 'src', 'lib') } },
		define: { __DASHBOARD_TIER__: JSON.stringify(tier) },
		optimizeDeps: { noDiscovery: true, include: [] }
	});
	const book = (await vite.ssrLoadModule('/scripts/report/book.ts')) as typeof import('./book.ts');
	return { book, close: () => vite.close() };
}

async function main(args: ReportArgs): Promise<void> {
	const { book, close } = await loadBookModule(args.tier);
	try {
		console.log(`Building the ${args.year} report from ${args.extracts}/${args.tier} ...`);
		const run = await book.runBook(args.extracts, args.tier, args.year);
		const out = resolve(args.out);
		if (args.format === 'zip') {
			writeFileSync(out, await book.bookPack(run));
		} else if (args.format === 'docx') {
			writeFileSync(out, await book.bookDocx(run));
		} else {
			const docx = await book.bookDocx(run);
			const dir = mkdtempSync(join(tmpdir(), 'ctc-report-'));
			try {
				const source = join(dir, `annual-report-${args.year}.docx`);
				writeFileSync(source, docx);
				copyFileSync(convertWithOffice(source, dir, 'pdf'), out);
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		}
		const { book: b, manifest } = run;
		console.log(
			`Wrote ${out}: ${b.chapters.length} chapters, ${b.chapters.flatMap((c) => c.items).length} figures and tables, D ${b.d}, extract of ${manifest.referenceDate}, tier ${manifest.tier}.`
		);
	} finally {
		await close();
	}
}

let args: ReportArgs;
try {
	args = parseReportArgs(process.argv.slice(2));
} catch (e) {
	if (!(e instanceof ArgsError)) throw e;
	console.error(`${e.message}\n\n${USAGE}`);
	process.exit(2);
}
main(args).catch((e: unknown) => {
	console.error(`npm run report failed: ${e instanceof Error ? e.message : String(e)}`);
	process.exit(1);
});
