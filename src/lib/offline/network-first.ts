import { OFFLINE_COPY, OFFLINE_COPY_HEADER, STALE_COPY } from './network-status';

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
 * (marked offline, so the page knows), or when the server errs or does not start answering within
 * `timeoutMs` (marked stale: a slow or failing server is not an offline reader, so the page takes
 * it as no evidence either way). The timeout is on the first answer, not the whole download: a
 * large file that is arriving is not swapped for an old copy. A late answer still updates the
 * copy, and a copy that cannot be stored (a full quota) never costs the reader the good answer.
 */
export async function networkFirst(options: NetworkFirstOptions): Promise<Response> {
	const { store, key } = options;
	const network = options.fetch();
	// Registered before anything else reads the response, so the copy is cloned before the page
	// consumes the body; kept alive past the answer for a late response.
	options.waitUntil(
		network.then(
			async (response) => {
				if (!store || !response.ok) return;
				try {
					await store.put(key, response.clone());
				} catch {
					// Not stored this time; the reader still gets the answer.
				}
			},
			() => {}
		)
	);
	const stored = options.stored().catch(() => undefined);

	let timer: ReturnType<typeof setTimeout> | undefined;
	const slow = new Promise<'slow'>((resolve) => {
		timer = setTimeout(() => resolve('slow'), options.timeoutMs);
	});
	try {
		const first = await Promise.race([network, slow]);
		if (first !== 'slow' && first.status < 500) return first;
		const copy = await stored;
		if (copy) return marked(copy, STALE_COPY);
		return first === 'slow' ? await network : first;
	} catch (error) {
		const copy = await stored;
		if (copy) return marked(copy, OFFLINE_COPY);
		throw error;
	} finally {
		clearTimeout(timer);
	}
}

/** The stored copy, with the header that tells the page why it was served. */
export function marked(copy: Response, why: typeof OFFLINE_COPY | typeof STALE_COPY): Response {
	const headers = new Headers(copy.headers);
	headers.set(OFFLINE_COPY_HEADER, why);
	return new Response(copy.body, { status: copy.status, statusText: copy.statusText, headers });
}
