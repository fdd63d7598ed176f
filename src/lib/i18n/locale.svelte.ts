import { en, type Catalogue, type MessageKey } from './messages/en';

/** Locales the interface can speak. French and Arabic add a catalogue here; views stay as they are. */
export const LOCALES = {
	en: { catalogue: en as Catalogue, dir: 'ltr', intl: 'en-GB' }
} as const satisfies Record<string, { catalogue: Catalogue; dir: 'ltr' | 'rtl'; intl: string }>;

export type Locale = keyof typeof LOCALES;
export type MessageParams = Readonly<Record<string, string | number>>;

class LocaleState {
	current: Locale = $state('en');
	readonly dir = $derived(LOCALES[this.current].dir);
	/** BCP 47 tag for Intl formatting (en-GB writes dates as 21 Dec 2017). */
	readonly intl = $derived(LOCALES[this.current].intl);
}

export const locale = new LocaleState();

/** The message for `key` in the current locale, with `{name}` parameters filled in. */
export function t(key: MessageKey, params?: MessageParams): string {
	const text = LOCALES[locale.current].catalogue[key];
	if (!params) return text;
	return text.replace(/\{(\w+)\}/g, (match, name: string) =>
		name in params ? String(params[name]) : match
	);
}
