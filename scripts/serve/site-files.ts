import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** The page adapter-static writes for routes it did not prerender (svelte.config.js `fallback`). */
export const FALLBACK_PAGE = '404.html';

export class SiteError extends Error {}

/**
 * Links in the site that lead outside it, with where they lead (or why they
 * cannot be followed). The server indexes the site's files once at start and
 * serves nothing else, so refusing these at start keeps every file it sends,
 * precompressed .br/.gz variants included, inside the site.
 */
export function linksLeavingSite(root: string): string[] {
	const realRoot = realpathSync(root);
	const found: string[] = [];
	for (const entry of readdirSync(realRoot, { recursive: true, withFileTypes: true })) {
		if (!entry.isSymbolicLink()) continue;
		const path = join(entry.parentPath, entry.name);
		const name = relative(realRoot, path);
		let target: string;
		try {
			target = realpathSync(path);
		} catch (error) {
			found.push(`${name} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`);
			continue;
		}
		if (target !== realRoot && !target.startsWith(realRoot + sep))
			found.push(`${name} -> ${target}`);
	}
	return found;
}

/** The absolute, checked site folder; throws a SiteError that says what to do. */
export function checkedSiteDir(dir: string): string {
	const root = resolve(dir);
	if (!existsSync(root) || !statSync(root).isDirectory()) {
		throw new SiteError(`No built site at ${root}. Run "npm run build" (or pass --dir) first.`);
	}
	if (!existsSync(join(root, 'index.html')) && !existsSync(join(root, FALLBACK_PAGE))) {
		throw new SiteError(
			`${root} has neither index.html nor ${FALLBACK_PAGE}: is it a SvelteKit build?`
		);
	}
	const leaving = linksLeavingSite(root);
	if (leaving.length) {
		throw new SiteError(
			`${root} holds links that lead outside it, so it is not served:\n  ${leaving.join('\n  ')}`
		);
	}
	return root;
}
