import type { ExtractManifest } from '../schema';
import { sha256Hex } from './sha256';

/** Which extract an export was made from: its reference date D and a short hash of its files. */
export interface ExtractVersion {
	readonly referenceDate: string;
	/** First 8 hex digits of `extractHash`. */
	readonly shortHash: string;
	readonly hash: string;
}

/**
 * The extract's identity: SHA-256 over the sorted "table:sha256" lines of its
 * manifest plus tier and D, so two extracts with the same files and date have
 * the same hash and any changed file changes it. Reproducible outside the app:
 * `printf 'tier:restricted\ndate:...\nmember_states:<sha>\n...' | sha256sum`.
 */
export function extractVersion(manifest: ExtractManifest): ExtractVersion {
	const lines = [
		`tier:${manifest.tier}`,
		`date:${manifest.referenceDate}`,
		...Object.entries(manifest.tables)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
			.map(([name, table]) => `${name}:${table.sha256}`)
	];
	const hash = sha256Hex(lines.join('\n') + '\n');
	return { referenceDate: manifest.referenceDate, shortHash: hash.slice(0, 8), hash };
}

/**
 * The localStorage key under which something made from this extract is kept
 * (the briefing basket, the console history). A build of another tier, or of
 * another extract, served from the same origin shares the browser's storage
 * but never reads, shows or counts what this one stored.
 */
export function extractStorageKey(base: string, manifest: ExtractManifest): string {
	return `${base}:${manifest.tier}:${extractVersion(manifest).hash}`;
}
