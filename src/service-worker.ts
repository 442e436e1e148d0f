/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, prerendered, version } from '$service-worker';

/**
 * Offline after one visit: the app's code, its pages and the map data of the talks window are
 * stored when the worker installs; other data files (later years, the world's countries) are
 * stored as they are first used. A new version installs beside the old one and takes over on the
 * next visit, when the old cache is deleted.
 */
const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `talks-atlas-${version}`;

/** The data the first view and the whole talks window need (24 Feb – 31 May 2022). */
const TALKS_DATA = [
	'/data/basemap.topo.json',
	'/data/frontlines/index.json',
	'/data/frontlines/isw-2022-02-24_2022-05-31.topo.json'
];
// The atlas's own pages; the 31 milestone pages, the oEmbed files and the handout's maps (2 MB,
// wanted only by those who print) are stored when visited.
const STORED_WHEN_VISITED = ['/milestone/', '/oembed', '/handout/maps/'];
const PAGES = prerendered.filter(
	(p) => !STORED_WHEN_VISITED.some((prefix) => p.startsWith(prefix))
);
const PRECACHE = [
	...build,
	...PAGES,
	...TALKS_DATA,
	...files.filter((f) => !f.startsWith('/data/'))
];
const STORED = new Set(PRECACHE);

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
	);
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
	event.respondWith(respond(request, url));
});

async function respond(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	// Hashed build files never change: the stored copy is the file.
	if (build.includes(url.pathname)) {
		const stored = await cache.match(url.pathname);
		if (stored) return stored;
	}
	// Everything else: the network first, so a new deploy shows at once; the stored copy when
	// offline. Pages are stored by path (the view lives in the query string).
	try {
		const response = await fetch(request);
		const keep =
			STORED.has(url.pathname) ||
			url.pathname.startsWith('/data/') ||
			url.pathname.startsWith('/handout/maps/') ||
			request.mode === 'navigate';
		if (response.ok && keep) {
			await cache.put(url.pathname, response.clone());
		}
		return response;
	} catch (error) {
		const stored = await cache.match(url.pathname);
		if (stored) return stored;
		throw error;
	}
}
