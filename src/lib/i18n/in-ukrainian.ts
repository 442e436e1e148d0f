import { getLocale, overwriteGetLocale } from '../paraglide/runtime';

/**
 * Runs `read` as on a Ukrainian page: the messages and Intl in Ukrainian (for tests; a page's
 * language is otherwise its URL's).
 */
export function inUkrainian<T>(read: () => T): T {
	const pageLocale = getLocale;
	overwriteGetLocale(() => 'uk');
	try {
		return read();
	} finally {
		overwriteGetLocale(pageLocale);
	}
}
