import type { ResolvedPathname } from '$app/types';
import { baseLocale, getLocale, locales, localizeHref, type Locale } from '$lib/paraglide/runtime';

export { baseLocale, getLocale, locales, type Locale };

/** The language's own name, in itself: what the language switch offers. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
	en: 'English',
	uk: 'Українська'
};

/** The locale Intl formats dates and numbers with, for each of the atlas's languages. */
const INTL_LOCALES: Readonly<Record<Locale, string>> = { en: 'en-GB', uk: 'uk' };

export function intlLocale(locale: Locale = getLocale()): string {
	return INTL_LOCALES[locale];
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/**
 * A number as the language writes it (12,300 / 12 300). One formatter per language for the page's
 * life: making one is far dearer than using one, and the scrubber's caption writes a number at
 * every step of a drag.
 */
export function formatNumber(value: number, locale: Locale = getLocale()): string {
	let format = numberFormats.get(locale);
	if (!format) {
		format = new Intl.NumberFormat(intlLocale(locale));
		numberFormats.set(locale, format);
	}
	return format.format(value);
}

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * A page of the atlas in a language (the reader's by default): `/about` → `/uk/about`. Takes and
 * gives a resolved path, so links stay checked by `resolve()`.
 */
export function localePath(path: ResolvedPathname, locale: Locale = getLocale()): ResolvedPathname {
	return localizeHref(path, { locale }) as ResolvedPathname;
}
