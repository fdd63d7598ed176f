import { buildManifest } from '$lib/server/extracts';
import type { LayoutServerLoad } from './$types';

/** The tier's manifest at build time: D, the tier and the extract's hash are in every page's HTML. */
export const load: LayoutServerLoad = () => ({ manifest: buildManifest() });
