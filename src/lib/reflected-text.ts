import { m } from './paraglide/messages';
import { formatNumber } from './i18n/locale';

/**
 * Text taken from a URL or a message and shown back to the reader in a notice. It is only ever
 * rendered as text; these keep it short, so a hostile URL cannot fill the screen.
 */

/** One reflected value, cut to 40 characters. */
export function shorten(value: string): string {
	return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/** How many reflected names a notice lists before it only counts the rest. */
export const LISTED_NAMES = 5;

/**
 * `“a”, “b”, “c” and 2,990 more` (`«a», «b», «c» і ще 2 990`): quoted as the page's language
 * quotes, each shortened, at most `LISTED_NAMES` of them.
 */
export function quoteNames(names: readonly string[]): string {
	const listed = names
		.slice(0, LISTED_NAMES)
		.map((n) => m.site_quoted_name({ name: shorten(n) }))
		.join(', ');
	const rest = names.length - LISTED_NAMES;
	if (rest <= 0) return listed;
	const count = formatNumber(rest);
	return m.site_names_and_more({ names: listed, count });
}
