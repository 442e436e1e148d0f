import { searchOnPage } from '../state/page-search';

/**
 * What the service worker keeps where. The app (code, pages, the talks window's data) is stored
 * per version, as its pages name that version's build files. Data stored as it was first used
 * (later years, the world's countries, the handout's maps) goes to a cache of its own that a new
 * version keeps: network-first refreshes each file whenever the network answers, so the copy is
 * the latest good one, and a reader who opened 2023 offline before an update still can after it.
 */
const PREFIX = 'talks-atlas-';
export const DATA_CACHE = `${PREFIX}data-1`;

export function appCache(version: string): string {
	return `${PREFIX}${version}`;
}

/** The atlas's caches that a new version no longer needs (other origins' caches are not ours). */
export function cachesToDelete(keys: readonly string[], current: string): string[] {
	return keys.filter((k) => k.startsWith(PREFIX) && k !== current && k !== DATA_CACHE);
}

/** Which cache a good network answer for `path` goes to, or null: not stored. */
export function cacheFor(
	path: string,
	{ precached, navigate }: { precached: boolean; navigate: boolean }
): 'app' | 'data' | null {
	if (precached) return 'app';
	if (path.startsWith('/data/') || path.startsWith('/handout/maps/')) return 'data';
	// A page visited (a milestone's): it names this version's build files, so it is this version's.
	return navigate ? 'app' : null;
}

/**
 * Offline, a milestone page never visited: the stored atlas at `/` opens at that milestone, with
 * the rest of the query, as the page itself would. Null for any other path.
 */
export function offlineFallback(url: URL): string | null {
	const match = /^\/milestone\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(url.pathname);
	if (!match) return null;
	return `/${searchOnPage(url.search, match[1])}`;
}
