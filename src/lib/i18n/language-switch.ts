import type { ResolvedPathname } from '$app/types';
import { deLocalizeHref, localizeHref, type Locale } from '$lib/paraglide/runtime';

/**
 * The same page in another language, keeping what the reader is looking at: the path in that
 * language, and the query and fragment that hold the view (date, milestone, camera). The query
 * is known only in the browser (a prerendered page has none), so a link built from the path alone
 * gets it added when followed.
 */
export function switchHref(
	pathname: string,
	locale: Locale,
	search = '',
	hash = ''
): ResolvedPathname {
	const path = localizeHref(deLocalizeHref(pathname), { locale });
	return `${path}${search}${hash}` as ResolvedPathname;
}
