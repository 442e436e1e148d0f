import { afterEach, describe, expect, it, vi } from 'vitest';
import { networkFirst, type CopyStore } from './network-first';
import { OFFLINE_COPY_HEADER, STALE_COPY } from './network-status';

afterEach(() => vi.useRealTimers());

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

	it('serves the copy, marked stale, when the network is slow, and stores the late answer', async () => {
		vi.useFakeTimers();
		const store = new MemoryStore();
		store.copies.set('/data/a.json', 'old');
		const { answer, done } = run(store, () => after(400, () => new Response('new')), 50);
		await vi.advanceTimersByTimeAsync(60);
		const response = await answer;
		expect(await response.text()).toBe('old');
		// A slow server is no evidence that the reader is offline.
		expect(response.headers.get(OFFLINE_COPY_HEADER)).toBe(STALE_COPY);
		await vi.advanceTimersByTimeAsync(400);
		await done();
		expect(store.copies.get('/data/a.json')).toBe('new');
	});

	it('times the first answer, not the whole download: a file that is arriving is not swapped', async () => {
		vi.useFakeTimers();
		const store = new MemoryStore();
		store.copies.set('/data/a.json', 'old');
		// Headers at once, the body over 400 ms (a large file on a slow line).
		const body = new ReadableStream({
			start(controller) {
				setTimeout(() => {
					controller.enqueue(new TextEncoder().encode('new'));
					controller.close();
				}, 400);
			}
		});
		const { answer } = run(store, async () => new Response(body), 50);
		await vi.advanceTimersByTimeAsync(60);
		const response = await answer;
		expect(response.headers.has(OFFLINE_COPY_HEADER)).toBe(false);
		await vi.advanceTimersByTimeAsync(400);
		expect(await response.text()).toBe('new');
	});

	it('serves the copy, marked stale, when the server errs', async () => {
		const store = new MemoryStore();
		store.copies.set('/data/a.json', 'old');
		const { answer } = run(store, async () => new Response('down', { status: 503 }));
		const response = await answer;
		expect(await response.text()).toBe('old');
		expect(response.headers.get(OFFLINE_COPY_HEADER)).toBe(STALE_COPY);
		const { answer: none } = run(
			new MemoryStore(),
			async () => new Response('down', { status: 503 })
		);
		expect((await none).status).toBe(503);
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
