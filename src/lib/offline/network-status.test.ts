import { describe, expect, it } from 'vitest';
import { fetchJson } from '../data-file';
import { OFFLINE_COPY_HEADER, STALE_COPY, watchNetwork } from './network-status';

/** A window with just what the watch uses: events and `navigator.onLine`. */
function fakeWindow(onLine: boolean) {
	const target = new EventTarget();
	return Object.assign(target, { navigator: { onLine } }) as unknown as Window;
}

const json = (headers: Record<string, string> = {}) =>
	new Response('{}', { headers: { 'content-type': 'application/json', ...headers } });

async function watch(onLine: boolean, probeAnswers = true) {
	const win = fakeWindow(onLine);
	const changes: boolean[] = [];
	let probes = 0;
	const stop = watchNetwork(win, (offline) => changes.push(offline), {
		probe: async () => {
			probes++;
			return probeAnswers;
		}
	});
	return { win, changes, stop, probes: () => probes };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('watchNetwork', () => {
	it('knows it is offline when the worker answers with its copy, though navigator.onLine says online', async () => {
		const { changes, stop } = await watch(true);
		await fetchJson('/data/x.json', async () => json({ [OFFLINE_COPY_HEADER]: '1' }));
		expect(changes).toEqual([true]);
		// Once per change, not once per file.
		await fetchJson('/data/y.json', async () => json({ [OFFLINE_COPY_HEADER]: '1' }));
		expect(changes).toEqual([true]);
		// The network answers again: online.
		await fetchJson('/data/x.json', async () => json());
		expect(changes).toEqual([true, false]);
		stop();
	});

	it('asks the network after a failed request: offline only if it does not answer', async () => {
		const failing = async () => {
			throw new TypeError('Failed to fetch');
		};
		const blocked = await watch(true, true);
		await expect(fetchJson('/data/x.json', failing)).rejects.toThrow('could not be fetched');
		await settle();
		expect(blocked.probes()).toBe(1);
		expect(blocked.changes).toEqual([]);
		blocked.stop();

		const dead = await watch(true, false);
		await expect(fetchJson('/data/x.json', failing)).rejects.toThrow('could not be fetched');
		await settle();
		expect(dead.changes).toEqual([true]);
		dead.stop();
	});

	it('takes the browser’s offline as a hint, and checks its online with the network', async () => {
		const { win, changes, stop, probes } = await watch(false, false);
		expect(changes).toEqual([true]);
		win.dispatchEvent(new Event('online'));
		await settle();
		expect(probes()).toBe(1);
		expect(changes).toEqual([true]);
		stop();

		const back = await watch(true, true);
		back.win.dispatchEvent(new Event('offline'));
		back.win.dispatchEvent(new Event('online'));
		await settle();
		expect(back.changes).toEqual([true, false]);
		back.stop();
	});

	it('hears nothing once stopped', async () => {
		const { changes, stop } = await watch(true);
		stop();
		await fetchJson('/data/x.json', async () => json({ [OFFLINE_COPY_HEADER]: '1' }));
		expect(changes).toEqual([]);
	});

	it('takes a copy served for a slow or failing server as no evidence either way', async () => {
		const { changes, stop } = await watch(true);
		await fetchJson('/data/x.json', async () => json({ [OFFLINE_COPY_HEADER]: '1' }));
		await fetchJson('/data/y.json', async () => json({ [OFFLINE_COPY_HEADER]: STALE_COPY }));
		expect(changes).toEqual([true]);
		stop();
	});

	it('lets only the latest probe decide (an older answer arriving late is dropped)', async () => {
		const win = fakeWindow(true);
		const changes: boolean[] = [];
		const answers: ((ok: boolean) => void)[] = [];
		const stop = watchNetwork(win, (offline) => changes.push(offline), {
			probe: () => new Promise<boolean>((resolve) => answers.push(resolve))
		});
		const failing = async () => {
			throw new TypeError('Failed to fetch');
		};
		await expect(fetchJson('/data/x.json', failing)).rejects.toThrow();
		// Meanwhile the worker answers with its offline copy: offline.
		await fetchJson('/data/y.json', async () => json({ [OFFLINE_COPY_HEADER]: '1' }));
		expect(changes).toEqual([true]);
		// The first probe now says the network answered: too old to count.
		answers[0](true);
		await settle();
		expect(changes).toEqual([true]);
		stop();
	});
});
