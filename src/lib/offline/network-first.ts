import { OFFLINE_COPY_HEADER } from './network-status';

/** Where the worker keeps a copy: the Cache API, or a stand-in in tests. */
export interface CopyStore {
	match(key: string): Promise<Response | undefined>;
	put(key: string, response: Response): Promise<void>;
}

export interface NetworkFirstOptions {
	/** The request to the network. */
	fetch: () => Promise<Response>;
	/** The stored copy, if any (looked up while the network is asked). */
	stored: () => Promise<Response | undefined>;
	/** Where a good answer is stored; null: not stored. */
	store: CopyStore | null;
	key: string;
	/** How long the network may take before the stored copy is served instead. */
	timeoutMs: number;
	/** Keeps the worker alive for work that goes on after the answer (storing a late response). */
	waitUntil: (work: Promise<unknown>) => void;
}

/**
 * The network first, so a new deploy shows at once; the stored copy when the network fails
 * (marked, so the page knows it is offline), or when it is slower than `timeoutMs` (a slow
 * network is not an offline one: unmarked, and the late answer still updates the copy). A copy
 * that cannot be stored (a full quota) never costs the reader the good answer.
 */
export async function networkFirst(options: NetworkFirstOptions): Promise<Response> {
	const { store, key } = options;
	const network = options.fetch().then(async (response) => {
		if (store && response.ok) {
			try {
				await store.put(key, response.clone());
			} catch {
				// Not stored this time; the reader still gets the answer.
			}
		}
		return response;
	});
	options.waitUntil(network.catch(() => {}));
	const stored = options.stored().catch(() => undefined);

	let timer: ReturnType<typeof setTimeout> | undefined;
	const slow = new Promise<'slow'>((resolve) => {
		timer = setTimeout(() => resolve('slow'), options.timeoutMs);
	});
	try {
		const first = await Promise.race([network, slow]);
		if (first !== 'slow') return first;
		const copy = await stored;
		return copy ?? (await network);
	} catch (error) {
		const copy = await stored;
		if (copy) return markedOffline(copy);
		throw error;
	} finally {
		clearTimeout(timer);
	}
}

/** The stored copy, with the header that tells the page the network failed. */
export function markedOffline(copy: Response): Response {
	const headers = new Headers(copy.headers);
	headers.set(OFFLINE_COPY_HEADER, '1');
	return new Response(copy.body, { status: copy.status, statusText: copy.statusText, headers });
}
