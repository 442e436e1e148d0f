import { describe, expect, it } from 'vitest';
import {
	appCache,
	cacheFor,
	cachesToDelete,
	dataCache,
	offlineFallback,
	planTiles,
	storeMissing
} from './cache-plan';

describe('the service worker’s cache plan', () => {
	it('a new version deletes the old app cache but keeps the data stored at runtime', () => {
		const keep = [appCache('200'), dataCache('abc')];
		expect(
			cachesToDelete([appCache('100'), dataCache('abc'), appCache('200'), 'someone-else'], keep)
		).toEqual([appCache('100')]);
	});

	it('new data starts a new data cache and deletes the old one', () => {
		const keep = [appCache('200'), dataCache('new')];
		expect(cachesToDelete([dataCache('old'), ...keep], keep)).toEqual([dataCache('old')]);
	});

	it('stores data files in the data cache, pages and precached files with the app', () => {
		const plain = { precached: false, navigate: false, dataFile: false };
		const data = { ...plain, dataFile: true };
		expect(cacheFor('/data/frontlines/liveuamap-2023.topo.json', data)).toBe('data');
		// Data stored with the app lives with the data, whichever version of the app stored it.
		expect(cacheFor('/data/tiles/basemap/7/74/43.pbf', { ...data, precached: true })).toBe('data');
		// Made from the story with each version (not covered by the data's hash): with the app.
		expect(cacheFor('/data/content.json', { ...plain, precached: true })).toBe('app');
		expect(cacheFor('/_app/immutable/chunks/a.js', { ...plain, precached: true })).toBe('app');
		expect(cacheFor('/handout/maps/bucha.svg', plain)).toBe('app');
		expect(cacheFor('/uk/handout/maps/bucha.svg', plain)).toBe('app');
		expect(cacheFor('/milestone/bucha', { ...plain, navigate: true })).toBe('app');
		expect(cacheFor('/oembed/bucha.json', plain)).toBeNull();
		expect(cacheFor('/data/unknown.json', plain)).toBeNull();
	});

	it('opens a milestone page never visited as the stored atlas at that milestone', () => {
		const at = (path: string) => offlineFallback(new URL(path, 'https://atlas.example'));
		expect(at('/milestone/istanbul-communique')).toBe('/?milestone=istanbul-communique');
		expect(at('/milestone/bucha?theme=dark')).toBe('/?theme=dark&milestone=bucha');
		expect(at('/milestone/bucha?date=2022-05-01')).toBe('/?date=2022-05-01');
		expect(at('/uk/milestone/bucha?theme=dark')).toBe('/uk?theme=dark&milestone=bucha');
		expect(at('/story')).toBeNull();
		expect(at('/uk/story')).toBeNull();
		expect(at('/de/milestone/bucha')).toBeNull();
		expect(at('/milestone/%3Cscript%3E')).toBeNull();
	});
});

describe('planTiles', () => {
	const tile = (z: number, x: number, y: number) => `/data/tiles/basemap/${z}/${x}/${y}.pbf`;
	const tiles = [tile(0, 0, 0), tile(5, 18, 10), tile(6, 36, 21), tile(7, 74, 43), tile(7, 75, 43)];

	it('stores the shallow zooms at once and every deeper tile in batches, none twice or left out', () => {
		const plan = planTiles(tiles, 5, 2);
		expect(plan.atOnce).toEqual([tile(0, 0, 0), tile(5, 18, 10)]);
		expect(plan.batches).toEqual([[tile(6, 36, 21), tile(7, 74, 43)], [tile(7, 75, 43)]]);
		expect([...plan.atOnce, ...plan.batches.flat()].sort()).toEqual([...tiles].sort());
	});

	it('has no batch when every tile is shallow, and stores a path that is not a tile later', () => {
		expect(planTiles(tiles, 7, 2)).toEqual({ atOnce: tiles, batches: [] });
		// None at once: every tile in batches (the world's, after the basemap's).
		expect(planTiles(tiles, -1, 5)).toEqual({ atOnce: [], batches: [tiles] });
		expect(planTiles(['/data/tiles/basemap/readme.txt'], 7, 2).batches).toEqual([
			['/data/tiles/basemap/readme.txt']
		]);
	});
});

describe('storeMissing', () => {
	it('fetches only what the cache does not hold, and nothing when it holds everything', async () => {
		const held = new Map<string, string>([['/data/a', 'a']]);
		const fetched: string[][] = [];
		const cache = {
			match: async (path: string) => held.get(path),
			addAll: async (paths: string[]) => {
				fetched.push(paths);
				for (const path of paths) held.set(path, path);
			}
		};
		expect(await storeMissing(cache, ['/data/a', '/data/b', '/data/c'])).toEqual([
			'/data/b',
			'/data/c'
		]);
		expect(await storeMissing(cache, ['/data/a', '/data/b', '/data/c'])).toEqual([]);
		expect(fetched).toEqual([['/data/b', '/data/c']]);
	});

	it('fails as the fetch fails, so a failed install is not taken for a complete one', async () => {
		const cache = {
			match: async () => undefined,
			addAll: async () => {
				throw new TypeError('network');
			}
		};
		await expect(storeMissing(cache, ['/data/a'])).rejects.toThrow('network');
	});
});
