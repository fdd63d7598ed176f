import { existsSync, realpathSync, statSync, type Stats } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';

/** What a request path maps to in the built site. */
export interface Resolved {
	readonly file: string;
	readonly stats: Stats;
}

/** The page adapter-static writes for routes it did not prerender (svelte.config.js `fallback`). */
export const FALLBACK_PAGE = '404.html';

function fileAt(path: string): Stats | null {
	try {
		const stats = statSync(path);
		return stats.isFile() ? stats : null;
	} catch {
		return null;
	}
}

/** True when `path` is `root` or inside it, after symlinks: no file outside the site is ever served. */
function isInside(root: string, path: string): boolean {
	const real = realpathSync(path);
	return real === root || real.startsWith(root + sep);
}

/**
 * Maps a decoded URL path to a file of the site: the file itself, a folder's
 * index.html, or `<path>.html` (SvelteKit writes prerendered routes that way).
 * A missing asset (a name with an extension, or anything under /_app/ or
 * /data/) resolves to null, a 404; any other path is a client-side route, so
 * it gets the fallback page and the router renders it.
 */
export function resolveSitePath(root: string, urlPath: string): Resolved | null {
	const realRoot = realpathSync(root);
	if (urlPath.includes('\0')) return null;
	const abs = resolve(realRoot, '.' + urlPath);
	if (abs !== realRoot && !abs.startsWith(realRoot + sep)) return null;

	const trimmed = abs.endsWith(sep) && abs !== realRoot ? abs.slice(0, -1) : abs;
	const candidates = urlPath.endsWith('/')
		? [join(trimmed, 'index.html'), `${trimmed}.html`]
		: [trimmed, join(trimmed, 'index.html'), `${trimmed}.html`];
	for (const file of candidates) {
		const stats = fileAt(file);
		if (stats && isInside(realRoot, file)) return { file, stats };
	}

	const isAsset =
		extname(urlPath) !== '' || urlPath.startsWith('/_app/') || urlPath.startsWith('/data/');
	if (isAsset) return null;
	const fallback = join(realRoot, FALLBACK_PAGE);
	const fallbackStats = existsSync(fallback) ? fileAt(fallback) : null;
	return fallbackStats ? { file: fallback, stats: fallbackStats } : null;
}
