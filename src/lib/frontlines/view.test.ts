import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FrontlineStore } from './store';
import type { FrontlineIndex } from './types';
import { FrontlineView } from './view.svelte';

const index: FrontlineIndex = JSON.parse(readFileSync('static/data/frontlines/index.json', 'utf8'));
const isw = index.sources.find((s) => s.id === 'isw')!;
const served = async (url: string | URL | Request) =>
	new Response(readFileSync(`static${String(url)}`, 'utf8'), { status: 200 });

afterEach(() => vi.unstubAllGlobals());

describe('FrontlineView', () => {
	it('decodes the days either side while idle, and drops that work when the day changes', async () => {
		vi.stubGlobal('fetch', served);
		const idle: (() => void)[] = [];
		const cancelled: (() => void)[] = [];
		const store = new FrontlineStore(served);
		const view = new FrontlineView(store, (work) => {
			idle.push(work);
			return () => cancelled.push(work);
		});

		await view.show('isw', '2022-03-20');
		expect(view.frame?.date).toBe('2022-03-20');
		expect(store.has(isw, '2022-03-21')).toBe(false);
		// One frame an idle slice: the next day first, then the day before.
		idle.shift()!();
		expect(store.has(isw, '2022-03-21')).toBe(true);
		expect(store.has(isw, '2022-03-19')).toBe(false);
		idle.shift()!();
		expect(store.has(isw, '2022-03-19')).toBe(true);
		expect(idle).toEqual([]);

		await view.show('isw', '2022-03-21');
		expect(view.frame?.date).toBe('2022-03-21');
		expect(idle).toHaveLength(1);
		const stale = idle[0];
		void view.show('isw', '2022-04-02');
		expect(cancelled).toEqual([stale]);
	});

	it('hands a watcher the shown frame and then the days around, nearest first, one a slice', async () => {
		vi.stubGlobal('fetch', served);
		const idle: (() => void)[] = [];
		const view = new FrontlineView(new FrontlineStore(served), (work) => {
			idle.push(work);
			return () => {
				if (idle.includes(work)) idle.splice(idle.indexOf(work), 1);
			};
		});
		await view.show('isw', '2022-03-20');
		// Watching after the day was shown still gets everything around it.
		const got: string[] = [];
		const stop = view.watchAhead((frame) => {
			got.push(frame.date);
			return true;
		});
		for (let i = 0; i < 5; i++) idle.shift()?.();
		expect(got).toEqual(['2022-03-20', '2022-03-21', '2022-03-19', '2022-03-22', '2022-03-18']);
		// A watcher that had a frame already costs no slice: the next frame comes in the same one.
		stop();
		const quick: string[] = [];
		view.watchAhead((frame) => {
			quick.push(frame.date);
			return frame.date !== '2022-03-20';
		});
		await view.show('isw', '2022-03-20');
		idle.shift()!();
		expect(quick).toEqual(['2022-03-20', '2022-03-21']);
	});

	it('decodes nothing for a watcher that has every day already, and stops when it leaves', async () => {
		vi.stubGlobal('fetch', served);
		const idle: (() => void)[] = [];
		const store = new FrontlineStore(served);
		const view = new FrontlineView(store, (work) => {
			idle.push(work);
			return () => {
				if (idle.includes(work)) idle.splice(idle.indexOf(work), 1);
			};
		});
		await view.show('isw', '2022-03-20');
		idle.splice(0);
		const stop = view.watchAhead(
			() => true,
			() => false
		);
		idle.shift()!();
		expect(store.has(isw, '2022-03-21')).toBe(false);
		await view.show('isw', '2022-03-22');
		stop();
		expect(idle).toEqual([]);
	});

	it('draws only the latest request when an earlier one answers last, and credits its source', async () => {
		vi.stubGlobal('fetch', served);
		let releaseLater: () => void = () => {};
		const held = new Promise<void>((resolve) => (releaseLater = resolve));
		// The liveuamap file is held back; ISW answers at once.
		const fetcher = async (url: string | URL | Request) => {
			if (String(url).includes('liveuamap')) await held;
			return served(url);
		};
		const view = new FrontlineView(new FrontlineStore(fetcher), () => () => {});
		const first = view.show('liveuamap', '2022-05-10');
		await view.show('isw', '2022-03-20');
		releaseLater();
		await first;
		expect(view.frame).toMatchObject({ sourceId: 'isw', date: '2022-03-20' });
		expect(view.frame?.attribution).toBe(isw.attribution);
		expect(view.status).toBe('ready');
	});

	it('reports a file that fails, keeps the last frame, and recovers on the next good day', async () => {
		vi.stubGlobal('fetch', served);
		const fetcher = async (url: string | URL | Request) =>
			String(url).includes('2022-06-01') ? new Response('nope', { status: 503 }) : served(url);
		const view = new FrontlineView(new FrontlineStore(fetcher), () => () => {});
		await view.show('isw', '2022-03-20');
		await view.show('isw', '2022-07-01');
		expect(view.status).toBe('error');
		expect(view.error).toContain('503');
		expect(view.frame?.date).toBe('2022-03-20');
		await view.show('isw', '2022-03-21');
		expect([view.status, view.error, view.frame?.date]).toEqual(['ready', null, '2022-03-21']);
	});
});
