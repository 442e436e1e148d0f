import { getDateLocale, setDateLocale } from '../dates';
import { getLocale, overwriteGetLocale } from '../paraglide/runtime';

/**
 * Runs `read` as on a Ukrainian page: the messages, dates and Intl in Ukrainian (for tests; a page's
 * language is otherwise its URL's).
 */
export function inUkrainian<T>(read: () => T): T {
	const pageLocale = getLocale;
	const pageDateLocale = getDateLocale();
	overwriteGetLocale(() => 'uk');
	setDateLocale('uk');
	try {
		return read();
	} finally {
		overwriteGetLocale(pageLocale);
		setDateLocale(pageDateLocale);
	}
}
