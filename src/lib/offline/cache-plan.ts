import { searchOnPage } from '../state/page-search';

/**
 * What the service worker keeps where. The app (code, pages, the handout's maps) is stored per
 * version, as its pages name that version's build files. Data files, whether stored with the app
 * (the basemap's tiles, the talks window's front lines) or as they were first used (later years,
 * the world's countries), go to a cache named after the data's own version (a hash of the data
 * files, made at build time): a new version of the app with the same data keeps them and fetches
 * none again, and a reader who opened 2023 offline before an update still can after it; new data
 * starts a new cache, so an old year's file never meets a newer index.
 */
const PREFIX = 'talks-atlas-';
const DATA_PREFIX = `${PREFIX}data-`;

export function appCache(version: string): string {
	return `${PREFIX}${version}`;
}

export function dataCache(dataVersion: string): string {
	return `${DATA_PREFIX}${dataVersion}`;
}

/** The atlas's caches the running version no longer needs (other origins' caches are not ours). */
export function cachesToDelete(keys: readonly string[], keep: readonly string[]): string[] {
	return keys.filter((k) => k.startsWith(PREFIX) && !keep.includes(k));
}

/**
 * Which cache a good network answer for `path` goes to, or null: not stored. `dataFile`: a file
 * of `static/data/`, which the data's hash covers (`/data/content.json`, made from the story with
 * each version of the app, is not one).
 */
export function cacheFor(
	path: string,
	{ precached, navigate, dataFile }: { precached: boolean; navigate: boolean; dataFile: boolean }
): 'app' | 'data' | null {
	if (dataFile) return 'data';
	if (precached) return 'app';
	// A page visited (a milestone's) names this version's build files, and the handout's maps are
	// drawn from this version's story, in either language: both belong to this version.
	return navigate || /^(\/uk)?\/handout\/maps\//.test(path) ? 'app' : null;
}

/**
 * Offline, a milestone page never visited: the stored atlas at `/` (`/uk` for a Ukrainian one)
 * opens at that milestone, with the rest of the query, as the page itself would. Null for any
 * other path.
 */
export function offlineFallback(url: URL): string | null {
	const match = /^(\/uk)?\/milestone\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(url.pathname);
	if (!match) return null;
	// In its language: /uk/milestone/… opens the stored Ukrainian atlas, /uk.
	const atlas = match[1] ?? '/';
	return `${atlas}${searchOnPage(url.search, match[2])}`;
}

/** How the basemap's tiles are stored when the worker installs (see planTiles). */
export interface TilePlan {
	/** Stored with the rest of the app at once: the shallow zooms, which every first view uses. */
	atOnce: string[];
	/** Stored afterwards, a batch at a time with a pause between. */
	batches: string[][];
}

/**
 * The basemap's tiles (`…/{z}/{x}/{y}.pbf`) split for the install. All of them are stored (offline,
 * a reader may zoom anywhere), but the deep ones, most of the 513 files, are fetched a few at a
 * time: stored at once they were about a second of blocking time on a first visit, the install
 * starting just after the map's first idle, on a slow phone.
 */
export function planTiles(
	paths: readonly string[],
	deepestAtOnce: number,
	batch: number
): TilePlan {
	const zoomOf = (path: string) => Number(/\/(\d+)\/\d+\/\d+\.pbf$/.exec(path)?.[1] ?? Infinity);
	const atOnce = paths.filter((path) => zoomOf(path) <= deepestAtOnce);
	const later = paths.filter((path) => zoomOf(path) > deepestAtOnce);
	const batches = [];
	for (let i = 0; i < later.length; i += batch) batches.push(later.slice(i, i + batch));
	return { atOnce, batches };
}

/** The part of a Cache that storing what is missing uses (a stub in unit tests). */
export interface StoreOf {
	match(path: string): Promise<unknown>;
	addAll(paths: string[]): Promise<void>;
}

/** The paths the cache does not hold yet. */
export async function missingFrom(cache: StoreOf, paths: readonly string[]): Promise<string[]> {
	const held = await Promise.all(paths.map((path) => cache.match(path)));
	return paths.filter((_, i) => held[i] === undefined);
}

/**
 * Stores the paths the cache does not hold yet: the data cache outlives app versions, so an update
 * with the same data fetches none of its 0.6 MB again. Returns the paths fetched.
 */
export async function storeMissing(cache: StoreOf, paths: readonly string[]): Promise<string[]> {
	const missing = await missingFrom(cache, paths);
	if (missing.length > 0) await cache.addAll(missing);
	return missing;
}
