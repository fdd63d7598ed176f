import { isConfLevel, SCHEMA_VERSION, type ExtractManifest } from '$lib/schema';

/** A manifest that cannot be used: missing, unreadable or of another schema version. */
export class ManifestError extends Error {
	override name = 'ManifestError';
}

/**
 * The URL of a file of this tier's extract, e.g. /data/manifest.json
 * (scripts/build/tier-data-plugin.ts); `root` is the app's root URL with its trailing slash.
 */
export function dataUrl(root: string, file: string): string {
	return `${root}data/${encodeURIComponent(file)}`;
}

/**
 * Fetches and checks manifest.json. A schema version other than the app's is
 * refused with a message saying how to fix it, instead of drawing wrong charts.
 */
export async function fetchManifest(root: string): Promise<ExtractManifest> {
	const url = dataUrl(root, 'manifest.json');
	let response: Response;
	try {
		response = await fetch(url, { cache: 'no-cache' });
	} catch (e) {
		throw new ManifestError(`Could not fetch ${url}: ${(e as Error).message}`);
	}
	if (!response.ok) {
		throw new ManifestError(
			`The extract manifest ${url} is missing (HTTP ${response.status}). Build the site with "npm run extracts" then "npm run build".`
		);
	}
	let json: unknown;
	try {
		json = await response.json();
	} catch {
		throw new ManifestError(`The extract manifest ${url} is not valid JSON.`);
	}
	return checkManifest(json);
}

export function checkManifest(json: unknown): ExtractManifest {
	const m = json as Partial<ExtractManifest> | null;
	if (typeof m !== 'object' || m === null)
		throw new ManifestError('manifest.json is not an object.');
	if (m.schemaVersion !== SCHEMA_VERSION) {
		throw new ManifestError(
			`The extracts were built for schema version ${String(m.schemaVersion)}, but this dashboard reads version ${SCHEMA_VERSION}. Rebuild the extracts ("npm run extracts") and the site ("npm run build") from the same version of the project.`
		);
	}
	if (!isConfLevel(m.tier))
		throw new ManifestError(`manifest.json names an unknown tier "${String(m.tier)}".`);
	if (typeof m.referenceDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(m.referenceDate)) {
		throw new ManifestError(`manifest.json has no valid referenceDate (YYYY-MM-DD).`);
	}
	if (m.source !== 'demo' && m.source !== 'real') {
		throw new ManifestError(`manifest.json has an unknown source "${String(m.source)}".`);
	}
	if (typeof m.tables !== 'object' || m.tables === null) {
		throw new ManifestError('manifest.json lists no tables.');
	}
	return m as ExtractManifest;
}
