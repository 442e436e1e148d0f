/**
 * Whether the network works, known from what happened rather than from `navigator.onLine`, which
 * stays true behind a dead or captive network (and after an offline reload in some Chromium
 * builds). The evidence: the service worker marks a stored copy it answered with because the
 * network failed (OFFLINE_COPY_HEADER); a data request that failed outright, confirmed by asking
 * the network; a response that came from the network. The browser's `online`/`offline` events are hints: `offline` is believed,
 * `online` is checked with a request first.
 */

/**
 * Set by the service worker on a stored copy it served instead of the network: `OFFLINE_COPY`
 * when the network request failed, `STALE_COPY` when the server erred or was slow to answer
 * (which says nothing about whether the reader is offline).
 */
export const OFFLINE_COPY_HEADER = 'x-talks-atlas-offline-copy';
export const OFFLINE_COPY = '1';
export const STALE_COPY = 'stale';

/** How long the probe may take: a network that does not answer in this time is not working. */
const PROBE_TIMEOUT_MS = 5_000;

/**
 * `offline-copy`: the worker answered with its copy because the network failed; `failed`: a
 * request failed with no answer at all (no network, or only that file blocked); `network`: an
 * answer came from the network.
 */
export type NetworkEvidence = 'offline-copy' | 'failed' | 'network';

type Listener = (evidence: NetworkEvidence) => void;
const listeners = new Set<Listener>();

function report(evidence: NetworkEvidence): void {
	for (const listener of listeners) listener(evidence);
}

/** A data response arrived: from the network, or the worker's copy for want of one. */
export function reportResponse(response: Response): void {
	const copy = response.headers.get(OFFLINE_COPY_HEADER);
	if (copy === null) report('network');
	else if (copy === OFFLINE_COPY) report('offline-copy');
}

/** A request failed before any response (no network and no stored copy, or that file blocked). */
export function reportFetchFailure(): void {
	report('failed');
}

/** Hears every piece of evidence, until the returned function is called. */
export function onNetworkEvidence(listener: Listener): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

export interface NetworkWatchOptions {
	/** Asks the network (not the worker's copy) whether it answers; resolves true if it does. */
	probe?: () => Promise<boolean>;
}

/**
 * Calls `onchange(true)` when the page learns it is offline and `onchange(false)` when it learns
 * the network works again, once per change. Returns a function that stops watching.
 */
export function watchNetwork(
	win: Window,
	onchange: (offline: boolean) => void,
	{ probe = () => probeNetwork(win) }: NetworkWatchOptions = {}
): () => void {
	let offline = false;
	const set = (now: boolean) => {
		if (now === offline) return;
		offline = now;
		onchange(now);
	};
	// Only the latest probe counts: an older one must not overwrite newer evidence.
	let probes = 0;
	const check = () => {
		const probeId = ++probes;
		void probe().then((answers) => {
			if (probeId === probes) set(!answers);
		});
	};
	// One failed file may be that file's problem: ask the network before saying offline.
	const stop = onNetworkEvidence((evidence) => {
		if (evidence === 'failed') return check();
		probes++;
		set(evidence === 'offline-copy');
	});
	const onOffline = () => set(true);
	win.addEventListener('offline', onOffline);
	win.addEventListener('online', check);
	if (!win.navigator.onLine) set(true);
	return () => {
		stop();
		win.removeEventListener('offline', onOffline);
		win.removeEventListener('online', check);
	};
}

/** A HEAD request: the service worker lets it through (it answers GETs only), so it asks the network. */
async function probeNetwork(win: Window): Promise<boolean> {
	try {
		await win.fetch('/', {
			method: 'HEAD',
			cache: 'no-store',
			signal: AbortSignal.timeout(PROBE_TIMEOUT_MS)
		});
		return true;
	} catch {
		return false;
	}
}
