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
});
