import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FrontlineStore } from './store';
import type { FrontlineIndex } from './types';

const index: FrontlineIndex = JSON.parse(readFileSync('static/data/frontlines/index.json', 'utf8'));
const isw = index.sources.find((s) => s.id === 'isw')!;
const served = async (url: string | URL | Request) =>
	new Response(readFileSync(`static${String(url)}`, 'utf8'), { status: 200 });

describe('FrontlineStore', () => {
	it('decodes one date into tagged areas and a front line, fetching each chunk once', async () => {
		const fetched: string[] = [];
		const store = new FrontlineStore(async (url) => {
			fetched.push(String(url));
			return served(url);
		});
		const frame = await store.frame(isw, '2022-03-20');
		expect(frame.areas.features.map((f) => f.properties?.kind)).toEqual([
			'control',
			'advance',
			'counteroffensive'
		]);
		expect(frame.line.features[0].geometry.type).toBe('MultiLineString');
		await store.frame(isw, '2022-03-21');
		expect(store.has(isw, '2022-03-20')).toBe(true);
		expect(fetched).toEqual(['/data/frontlines/isw-2022-02-24_2022-05-31.topo.json']);
	});

	it('reports a failed file with its URL and tries again next time', async () => {
		let fail = true;
		const store = new FrontlineStore(async (url) =>
			fail ? new Response('', { status: 503 }) : served(url)
		);
		await expect(store.frame(isw, '2022-03-16')).rejects.toThrow(
			'/data/frontlines/isw-2022-02-24_2022-05-31.topo.json: HTTP 503'
		);
		fail = false;
		await expect(store.frame(isw, '2022-03-16')).resolves.toMatchObject({ date: '2022-03-16' });
	});

	it('decodes ahead only from a chunk already here, never fetching', async () => {
		let fetches = 0;
		const store = new FrontlineStore(async (url) => {
			fetches++;
			return served(url);
		});
		expect(store.ahead(isw, '2022-03-21')).toBeNull();
		expect(fetches).toBe(0);
		await store.frame(isw, '2022-03-20');
		expect(store.ahead(isw, '2022-03-21')).toMatchObject({
			decoded: true,
			frame: { date: '2022-03-21' }
		});
		expect(store.has(isw, '2022-03-21')).toBe(true);
		// Already decoded: handed back without work.
		expect(store.ahead(isw, '2022-03-21')).toMatchObject({ decoded: false });
		expect((await store.frame(isw, '2022-03-21')).date).toBe('2022-03-21');
		expect(fetches).toBe(1);
	});
});
