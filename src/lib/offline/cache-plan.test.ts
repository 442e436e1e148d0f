import { describe, expect, it } from 'vitest';
import { appCache, cacheFor, cachesToDelete, DATA_CACHE, offlineFallback } from './cache-plan';

describe('the service worker’s cache plan', () => {
	it('a new version deletes the old app cache but keeps the data stored at runtime', () => {
		const current = appCache('200');
		expect(cachesToDelete([appCache('100'), DATA_CACHE, current, 'someone-else'], current)).toEqual(
			[appCache('100')]
		);
	});

	it('stores data files in the data cache, pages and precached files with the app', () => {
		const plain = { precached: false, navigate: false };
		expect(cacheFor('/data/frontlines/liveuamap-2023.topo.json', plain)).toBe('data');
		expect(cacheFor('/handout/maps/bucha.svg', plain)).toBe('data');
		expect(cacheFor('/data/basemap.topo.json', { precached: true, navigate: false })).toBe('app');
		expect(cacheFor('/milestone/bucha', { precached: false, navigate: true })).toBe('app');
		expect(cacheFor('/oembed/bucha.json', plain)).toBeNull();
	});

	it('opens a milestone page never visited as the stored atlas at that milestone', () => {
		const at = (path: string) => offlineFallback(new URL(path, 'https://atlas.example'));
		expect(at('/milestone/istanbul-communique')).toBe('/?milestone=istanbul-communique');
		expect(at('/milestone/bucha?theme=dark')).toBe('/?theme=dark&milestone=bucha');
		expect(at('/milestone/bucha?date=2022-05-01')).toBe('/?date=2022-05-01');
		expect(at('/story')).toBeNull();
		expect(at('/milestone/%3Cscript%3E')).toBeNull();
	});
});
