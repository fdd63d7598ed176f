export { t, locale, LOCALES, type Locale, type MessageParams } from './locale.svelte';
export type { MessageKey, Catalogue } from './messages/en';
export {
	formatBase,
	formatCount,
	formatDate,
	formatDecimal,
	formatParagraphs,
	formatPercent,
	formatTimestamp
} from './format';
export { enumLabel } from './labels';
