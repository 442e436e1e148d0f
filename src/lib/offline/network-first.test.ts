import { describe, expect, it } from 'vitest';
import { networkFirst, type CopyStore } from './network-first';
import { OFFLINE_COPY_HEADER } from './network-status';

class MemoryStore implements CopyStore {
	readonly copies = new Map<string, string>();
	failPut = false;
	async match(key: string) {
		const text = this.copies.get(key);
		return text === undefined ? undefined : new Response(text);
	}
	async put(key: string, response: Response) {
		if (this.failPut) throw new DOMException('quota', 'QuotaExceededError');
		this.copies.set(key, await response.text());
	}
}

const after = <T>(ms: number, value: () => T) =>
	new Promise<T>((resolve, reject) =>
		setTimeout(() => {
			try {
				resolve(value());
			} catch (error) {
				reject(error);
			}
		}, ms)
	);

function run(store: MemoryStore, fetch: () => Promise<Response>, timeoutMs = 50) {
	const pending: Promise<unknown>[] = [];
	const answer = networkFirst({
		fetch,
		stored: () => store.match('/data/a.json'),
		store,
		key: '/data/a.json',
		timeoutMs,
		waitUntil: (work) => pending.push(work)
	});
	return { answer, done: () => Promise.all(pending) };
}

describe('networkFirst (the service worker’s strategy)', () => {
	it('answers from the network and stores the answer', async () => {
		const store = new MemoryStore();
		const { answer, done } = run(store, async () => new Response('new'));
		const response = await answer;
		expect(await response.text()).toBe('new');
		expect(response.headers.has(OFFLINE_COPY_HEADER)).toBe(false);
		await done();
		expect(store.copies.get('/data/a.json')).toBe('new');
	});

	it('answers with the stored copy, marked offline, when the network fails', async () => {
		const store = new MemoryStore();
		store.copies.set('/data/a.json', 'old');
		const { answer } = run(store, async () => {
			throw new TypeError('Failed to fetch');
		});
		const response = await answer;
		expect(await response.text()).toBe('old');
		expect(response.headers.get(OFFLINE_COPY_HEADER)).toBe('1');
	});

	it('fails as the network did when there is no copy', async () => {
		const { answer } = run(new MemoryStore(), async () => {
			throw new TypeError('Failed to fetch');
		});
		await expect(answer).rejects.toThrow('Failed to fetch');
	});

	it('serves the copy (unmarked) when the network is slow, and stores the late answer', async () => {
		const store = new MemoryStore();
		store.copies.set('/data/a.json', 'old');
		const started = Date.now();
		const { answer, done } = run(store, () => after(400, () => new Response('new')), 50);
		const response = await answer;
		expect(Date.now() - started).toBeLessThan(300);
		expect(await response.text()).toBe('old');
		expect(response.headers.has(OFFLINE_COPY_HEADER)).toBe(false);
		await done();
		expect(store.copies.get('/data/a.json')).toBe('new');
	});

	it('waits for a slow network when there is no copy', async () => {
		const { answer } = run(new MemoryStore(), () => after(150, () => new Response('new')), 20);
		expect(await (await answer).text()).toBe('new');
	});

	it('keeps a good answer when it cannot be stored (a full quota)', async () => {
		const store = new MemoryStore();
		store.failPut = true;
		const { answer, done } = run(store, async () => new Response('new'));
		expect(await (await answer).text()).toBe('new');
		await done();
		expect(store.copies.size).toBe(0);
	});

	it('does not store an error page', async () => {
		const store = new MemoryStore();
		const { answer, done } = run(store, async () => new Response('gone', { status: 404 }));
		expect((await answer).status).toBe(404);
		await done();
		expect(store.copies.size).toBe(0);
	});
});
