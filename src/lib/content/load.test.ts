import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_DATA } from './data/index';
import { CONTENT_PATH, loadContent, readContentFile, setContent, type ContentData } from './load';
import { MILESTONES } from './milestones';
import { GUARANTEE, TREATY_DOCUMENTS_BY_ID } from './treaty';
import { VENUES_BY_ID } from './venues';
import { WORKS_BY_ID } from './works';

const tiny: ContentData = {
	milestones: [{ ...CONTENT_DATA.milestones[0], id: 'only-one' }],
	works: [CONTENT_DATA.works[0]],
	venues: [CONTENT_DATA.venues[0]],
	treaty: { ...CONTENT_DATA.treaty, documents: [CONTENT_DATA.treaty.documents[0]] }
};
const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200 });

afterEach(() => setContent(CONTENT_DATA));

describe('readContentFile', () => {
	it('accepts the file of this version and names what is wrong with any other', () => {
		expect(readContentFile({ version: 'v2', ...tiny }, 'v2')).toMatchObject({
			milestones: [{ id: 'only-one' }]
		});
		expect(readContentFile({ version: 'v1', ...tiny }, 'v2')).toBe(
			'of version v1, the app is of version v2'
		);
		expect(readContentFile([], 'v2')).toBe('not an object');
		expect(readContentFile({ version: 'v2', ...tiny, works: [] }, 'v2')).toBe('no works');
		expect(readContentFile({ version: 'v2', ...tiny, venues: [{ name: 'x' }] }, 'v2')).toBe(
			'venues without ids'
		);
		expect(readContentFile({ ...tiny, version: 'v2', treaty: null }, 'v2')).toBe('no treaty');
	});
});

describe('loadContent', () => {
	it('fills the content from the file, and the maps by id with it', async () => {
		const asked: string[] = [];
		const result = await loadContent({
			version: 'v2',
			fetcher: async (url) => (asked.push(String(url)), json({ version: 'v2', ...tiny })),
			bundled: () => Promise.reject(new Error('not wanted'))
		});
		expect(result).toEqual({ from: 'file' });
		expect(asked).toEqual([CONTENT_PATH]);
		expect(MILESTONES.map((m) => m.id)).toEqual(['only-one']);
		expect([...WORKS_BY_ID.keys()]).toEqual([tiny.works[0].id]);
		expect([...VENUES_BY_ID.keys()]).toEqual([tiny.venues[0].id]);
		expect([...TREATY_DOCUMENTS_BY_ID.keys()]).toEqual(['communique']);
		expect(GUARANTEE.steps).toEqual(CONTENT_DATA.treaty.guarantee.steps);
	});

	it('asks again past the HTTP cache when a stale copy of another version comes', async () => {
		const caches: (RequestCache | undefined)[] = [];
		const result = await loadContent({
			version: 'v2',
			fetcher: async (_url, init) => {
				caches.push(init?.cache);
				return json({ version: init?.cache === 'reload' ? 'v2' : 'v1', ...tiny });
			},
			bundled: () => Promise.reject(new Error('not wanted'))
		});
		expect(result).toEqual({ from: 'file' });
		expect(caches).toEqual([undefined, 'reload']);
	});

	it('falls back on the bundled copy, saying why, when the file is missing or broken', async () => {
		const bundled = async () => tiny;
		expect(
			await loadContent({
				version: 'v2',
				fetcher: async () => new Response('gone', { status: 404 }),
				bundled
			})
		).toEqual({ from: 'bundled', why: `${CONTENT_PATH}: HTTP 404` });
		expect(MILESTONES.map((m) => m.id)).toEqual(['only-one']);
		setContent(CONTENT_DATA);
		expect(
			await loadContent({
				version: 'v2',
				fetcher: async () => new Response('{"version": "v2", "milest', { status: 200 }),
				bundled
			})
		).toEqual({ from: 'bundled', why: `${CONTENT_PATH}: not valid JSON` });
		expect(
			await loadContent({ version: 'v2', fetcher: async () => json({ version: 'v1' }), bundled })
		).toEqual({
			from: 'bundled',
			why: `${CONTENT_PATH} is of version v1, the app is of version v2`
		});
	});
});
