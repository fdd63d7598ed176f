import { formatDate, t } from '../i18n';
import type { GlobalFilters, RecordDimension } from '../queries/filters';
import { TIER_MARKING, type ExtractManifest, type Tier } from '../schema';
import { extractVersion } from '../hash/extract-version';
import { filterSubtitle } from './filter-subtitle';
import type { ExportContext } from './figure-svg';
import { markingLine } from './marking';

export interface ExportInputs {
	readonly manifest: ExtractManifest | null;
	readonly tier: Tier;
	readonly filters: GlobalFilters;
	/** The figure's own view toggles as "name value" phrases. */
	readonly toggles: readonly string[];
	/** False where the global filters do not change the figure. */
	readonly filtersApply: boolean;
	/** The area, priority and resolution filters the figure applies; all when absent. */
	readonly dimensions?: readonly RecordDimension[];
}

/** The filters sentence, marking and extract stamp that every export of a figure carries. */
export function exportContext(inputs: ExportInputs): ExportContext {
	const { manifest } = inputs;
	const marking = {
		tier: inputs.tier,
		demo: manifest?.source === 'demo',
		demoLabel: t('demo.banner')
	};
	const version = manifest ? extractVersion(manifest) : null;
	const line = markingLine(marking);
	return {
		filters: filterSubtitle(
			inputs.filters,
			inputs.toggles,
			manifest?.referenceDate ?? null,
			inputs.filtersApply,
			inputs.dimensions
		),
		marking,
		version,
		stamp: version
			? t('exports.stamp', {
					date: formatDate(version.referenceDate),
					hash: version.shortHash,
					marking: line
				})
			: t('exports.stampUnknown', { marking: line })
	};
}

/**
 * The stamp to print after `source` on an export. A source drawn from CTED
 * records already says "extract of D" (figureSource), so the stamp then gives
 * only the version and marking and the date appears once; a source that names
 * only another body (FATF, WPS Index, GTI) keeps the full stamp with D.
 */
export function sourceStamp(source: string, ctx: ExportContext): string {
	const { version } = ctx;
	if (!version) return ctx.stamp;
	const dated = t('exports.extractOf', { date: formatDate(version.referenceDate) });
	if (!source.toLowerCase().includes(dated.toLowerCase())) return ctx.stamp;
	return t('exports.stampVersion', { hash: version.shortHash, marking: markingLine(ctx.marking) });
}

/** The full source line of an exported figure or slide: its source, then the stamp that follows it. */
export function sourceLine(source: string, ctx: ExportContext): string {
	return `${source} ${sourceStamp(source, ctx)}`;
}

/** The tier's marking word (PUBLIC, UN SYSTEM..., RESTRICTED), for notes and slides. */
export function tierName(tier: Tier): string {
	return TIER_MARKING[tier];
}
