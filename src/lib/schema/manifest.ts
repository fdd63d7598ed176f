import type { Tier } from './confidentiality.ts';

/** One extract file as listed in a tier's manifest.json. */
export interface ManifestTable {
	readonly file: string;
	readonly rows: number;
	readonly bytes: number;
	readonly sha256: string;
}

/** `manifest.json` of a tier folder, written by scripts/extracts and read by src/lib/db. */
export interface ExtractManifest {
	readonly schemaVersion: number;
	readonly tier: Tier;
	/** D, the latest observation date in this tier's rows (YYYY-MM-DD). */
	readonly referenceDate: string;
	/** Where D came from: the --reference-date option, the data, or (no dates at all) the build day. */
	readonly referenceDateFrom?: 'option' | 'data' | 'build_date';
	readonly source: 'demo' | 'real';
	readonly sourceSeed?: number;
	readonly sourceScale?: number;
	/** ISO timestamp of the build. */
	readonly builtAt: string;
	readonly tables: Readonly<Record<string, ManifestTable>>;
}
