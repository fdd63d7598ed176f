import type { ExtractManifest } from './manifest';

/** Hex digits of the short hash shown beside the reference date (like a short git hash). */
export const SHORT_HASH_LENGTH = 8;

/**
 * The extract's short hash: SHA-256 over its tables' own SHA-256 sums, one
 * `table:sum` line per table in name order, cut to 8 hex digits. Two builds
 * with the same files have the same hash, so a printed figure names the exact
 * data it was drawn from; the tier and D are part of it through the manifest.
 */
export async function extractShortHash(manifest: ExtractManifest): Promise<string> {
	const lines = Object.entries(manifest.tables)
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([name, table]) => `${name}:${table.sha256}`);
	const text = [`tier:${manifest.tier}`, `d:${manifest.referenceDate}`, ...lines].join('\n');
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return [...new Uint8Array(digest)]
		.map((b) => b.toString(16).padStart(2, '0'))
		.join('')
		.slice(0, SHORT_HASH_LENGTH);
}
