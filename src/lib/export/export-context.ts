import { formatDate, t } from '../i18n';
import type { GlobalFilters } from '../queries/filters';
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
			inputs.filtersApply
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

/** The tier's marking word (PUBLIC, UN SYSTEM..., RESTRICTED), for notes and slides. */
export function tierName(tier: Tier): string {
	return TIER_MARKING[tier];
}
