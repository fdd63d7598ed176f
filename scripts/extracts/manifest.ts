import { createHash } from 'node:crypto';
import {
	createReadStream,
	existsSync,
	readdirSync,
	readFileSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { join } from 'node:path';
import { TIERS, type ExtractTableName, type Tier } from '../../src/lib/schema';

/** One extract file of a tier. */
export interface ManifestTable {
	/** File name inside the tier folder, e.g. `recommendations.parquet`. */
	readonly file: string;
	readonly rows: number;
	readonly bytes: number;
	/** Lower-case hex SHA-256 of the file. */
	readonly sha256: string;
}

/** Where the reference date came from: the command line, the tier's data, or the build day. */
export type ReferenceDateFrom = 'option' | 'data' | 'build_date';

/** `<out>/<tier>/manifest.json`; the browser mirrors this type. */
export interface ExtractManifest {
	readonly schemaVersion: number;
	readonly tier: Tier;
	/** D, YYYY-MM-DD: the latest observation date among this tier's rows (see build.ts). */
	readonly referenceDate: string;
	readonly referenceDateFrom: ReferenceDateFrom;
	/** `demo` when the source folder's source.json says `"label": "demo"`. */
	readonly source: 'demo' | 'real';
	/** The generator's seed and scale, for demo data only. */
	readonly sourceSeed?: number;
	readonly sourceScale?: number;
	/** ISO timestamp of the build. */
	readonly builtAt: string;
	/** Every table of the schema in TABLES order, then the derived tables (EXTRACT_TABLES). */
	readonly tables: Readonly<Record<ExtractTableName, ManifestTable>>;
}

export interface SourceLabel {
	readonly source: 'demo' | 'real';
	readonly sourceSeed?: number;
	readonly sourceScale?: number;
}

function numberOrUndefined(value: unknown): number | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return value;
	if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
		return Number(value);
	}
	return undefined;
}

/**
 * Reads `source.json` beside the source tables. Anything but an explicit demo
 * label counts as real data, so real records are never presented as synthetic.
 */
export function readSourceLabel(sourceDir: string): SourceLabel {
	const path = join(sourceDir, 'source.json');
	if (!existsSync(path) || !statSync(sourceDir).isDirectory()) return { source: 'real' };
	let parsed: unknown;
	try {
		parsed = JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return { source: 'real' };
	}
	if (typeof parsed !== 'object' || parsed === null) return { source: 'real' };
	const info = parsed as Record<string, unknown>;
	if (info.label !== 'demo') return { source: 'real' };
	const seed = numberOrUndefined(info.seed);
	const scale = numberOrUndefined(info.scale);
	return {
		source: 'demo',
		...(seed === undefined ? {} : { sourceSeed: seed }),
		...(scale === undefined ? {} : { sourceScale: scale })
	};
}

export async function describeFile(
	path: string,
	rows: number,
	file: string
): Promise<ManifestTable> {
	const hash = createHash('sha256');
	for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
	return { file, rows, bytes: statSync(path).size, sha256: hash.digest('hex') };
}

export function writeManifest(dir: string, manifest: ExtractManifest): void {
	writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
}

/**
 * Why `out` is not a complete set of extracts, or null when it is (or does not
 * exist): every tier folder with a readable manifest whose files are all there
 * with the listed size and SHA-256, and nothing else. Renames make a half-set
 * impossible; this check is what shows it at the next start.
 */
export function checkExtractSet(out: string): string | null {
	if (!existsSync(out)) return null;
	for (const tier of TIERS) {
		const dir = join(out, tier);
		let manifest: ExtractManifest;
		try {
			manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ExtractManifest;
		} catch {
			return `${tier}/manifest.json is missing or unreadable`;
		}
		const listed = Object.values(manifest.tables ?? {});
		const expected = new Set(['manifest.json', ...listed.map((t) => t.file)]);
		const extra = readdirSync(dir).find((name) => !expected.has(name));
		if (extra !== undefined) return `${tier}/${extra} is not in the manifest`;
		for (const table of listed) {
			const path = join(dir, table.file);
			if (!existsSync(path)) return `${tier}/${table.file} is missing`;
			const sha = createHash('sha256').update(readFileSync(path)).digest('hex');
			if (sha !== table.sha256) return `${tier}/${table.file} does not match its manifest`;
		}
	}
	return null;
}
