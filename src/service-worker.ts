/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, prerendered, version } from '$service-worker';
import {
	appCache,
	cacheFor,
	cachesToDelete,
	dataCache,
	missingFrom,
	offlineFallback,
	planTiles,
	storeMissing
} from '$lib/offline/cache-plan';
import { networkFirst } from '$lib/offline/network-first';
import { BASEMAP_TILES, WORLD_TILES } from '$lib/map/basemap-tiles';

/**
 * Offline after one visit: the app's code, its pages and the map data of the talks window are
 * stored when the worker installs; other data files (later years, the world's countries) are
 * stored as they are first used. Data goes to a cache that outlives versions (see cache-plan.ts).
 * A new version installs beside the old one, fetching only the data that cache lacks, and takes
 * over on the next visit, when the old version's app cache is deleted.
 */
const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = appCache(version);
const DATA_CACHE = dataCache(__DATA_VERSION__);
/** After this long the stored copy is served while the network goes on (and updates it). */
const NETWORK_TIMEOUT_MS = 4000;

/**
 * Every tile of the basemap (513 small files, about 0.5 MB: offline, a reader may zoom anywhere
 * the camera goes): zoom 0–5 with the app, the deeper ones after it, a batch at a time; then the
 * low-detail world's (257, 0.5 MB: offline, a story's venue far away is drawn in it too).
 */
const BASEMAP_PLAN = planTiles(
	files.filter((f) => f.startsWith(BASEMAP_TILES.path + '/')),
	5,
	24
);
const WORLD_PLAN = planTiles(
	files.filter((f) => f.startsWith(WORLD_TILES.path + '/')),
	-1,
	24
);
const TILES = {
	atOnce: BASEMAP_PLAN.atOnce,
	batches: [...BASEMAP_PLAN.batches, ...WORLD_PLAN.batches]
};
/** The files of static/data/ (covered by the data's hash, made at build time). */
const DATA_FILES = new Set(files.filter((f) => f.startsWith('/data/')));
/** Between two batches of deep tiles, so that storing them never takes a core for long. */
const TILE_BATCH_PAUSE_MS = 1000;
/** The data the first view and the whole talks window need (24 Feb – 31 May 2022). */
const TALKS_DATA = [
	...TILES.atOnce,
	'/data/frontlines/index.json',
	'/data/frontlines/isw-2022-02-24_2022-05-31.topo.json'
];
// The atlas's own pages; the 31 milestone pages, the oEmbed files and the handout's maps (2 MB,
// wanted only by those who print) are stored when visited. Offline, a milestone page never
// visited opens as `/` at that milestone (offlineFallback).
// The same holds in every language (/uk/milestone/…).
const STORED_WHEN_VISITED = ['/milestone/', '/oembed', '/handout/maps/'];
const PAGES = prerendered.filter((p) => {
	const path = p.replace(/^\/uk(?=\/)/, '');
	return !STORED_WHEN_VISITED.some((prefix) => path.startsWith(prefix));
});
const PRECACHE = [...build, ...PAGES, ...files.filter((f) => !f.startsWith('/data/'))];
const STORED = new Set([...PRECACHE, ...TALKS_DATA, ...TILES.batches.flat()]);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		Promise.all([caches.open(CACHE), caches.open(DATA_CACHE)]).then(async ([app, data]) => {
			await app.addAll(PRECACHE);
			await storeMissing(data, TALKS_DATA);
			for (const batch of TILES.batches) {
				const missing = await missingFrom(data, batch);
				// Stored by an earlier version with the same data: nothing to fetch, no pause.
				if (missing.length === 0) continue;
				await new Promise((resolve) => setTimeout(resolve, TILE_BATCH_PAUSE_MS));
				// A batch that fails does not undo the install: its tiles are stored when first used.
				await data.addAll(missing).catch(() => undefined);
			}
		})
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(cachesToDelete(keys, [CACHE, DATA_CACHE]).map((k) => caches.delete(k)))
			)
	);
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
	event.respondWith(respond(event, request, url));
});

async function respond(event: FetchEvent, request: Request, url: URL): Promise<Response> {
	const [app, data] = await Promise.all([caches.open(CACHE), caches.open(DATA_CACHE)]);
	// Hashed build files never change: the stored copy is the file.
	if (build.includes(url.pathname)) {
		const stored = await app.match(url.pathname);
		if (stored) return stored;
	}
	// Everything else: the network first (see network-first.ts). Pages are stored by path (the
	// view lives in the query string).
	const navigate = request.mode === 'navigate';
	const where = cacheFor(url.pathname, {
		precached: STORED.has(url.pathname),
		navigate,
		dataFile: DATA_FILES.has(url.pathname)
	});
	try {
		return await networkFirst({
			// Past the browser's HTTP cache, which would answer a fresh-looking copy with no network
			// (hiding that it is offline); the worker's own copy is the offline one. no-cache still
			// revalidates, so an unchanged file costs a 304. A navigation is passed as it is (some
			// browsers refuse to copy a navigation request with options).
			fetch: () => (navigate ? fetch(request) : fetch(request, { cache: 'no-cache' })),
			stored: async () => (await app.match(url.pathname)) ?? (await data.match(url.pathname)),
			store: where === 'app' ? app : where === 'data' ? data : null,
			key: url.pathname,
			timeoutMs: NETWORK_TIMEOUT_MS,
			waitUntil: (work) => event.waitUntil(work)
		});
	} catch (error) {
		const fallback = navigate ? offlineFallback(url) : null;
		if (fallback && (await app.match('/'))) return Response.redirect(fallback, 302);
		throw error;
	}
}
