import { adjacentViews, loadCatalog, resolveView, type ResolvedView } from './catalog';
import { FrontlineStore, type FrontlineFrame } from './store';
import type { FrontlineIndex, FrontlineSourceId } from './types';
import { STEP_START } from '../perf-marks';

export type FrontlineStatus = 'loading' | 'ready' | 'error';

/** Runs work when the page is idle; returns a function that cancels it. */
export type IdleScheduler = (work: () => void) => () => void;

const whenIdle: IdleScheduler = (work) => {
	if (typeof requestIdleCallback === 'function') {
		const handle = requestIdleCallback(work, { timeout: 2_000 });
		return () => cancelIdleCallback(handle);
	}
	// Safari has no requestIdleCallback.
	const handle = setTimeout(work, 50);
	return () => clearTimeout(handle);
};

/**
 * Keeps the front-line frame in step with the chosen day and source. Catalog and chunks load
 * on demand; when several requests are in flight only the latest is drawn. A failed file leaves
 * the rest of the map alone and is reported in `error`.
 */
export class FrontlineView {
	catalog: FrontlineIndex | null = $state.raw(null);
	resolved: ResolvedView | null = $state.raw(null);
	frame: FrontlineFrame | null = $state.raw(null);
	status: FrontlineStatus = $state('loading');
	error: string | null = $state(null);

	readonly #store: FrontlineStore;
	readonly #whenIdle: IdleScheduler;
	#catalogPromise: Promise<FrontlineIndex> | null = null;
	#request = 0;
	#cancelAhead: (() => void) | null = null;

	constructor(store = new FrontlineStore(), idle: IdleScheduler = whenIdle) {
		this.#store = store;
		this.#whenIdle = idle;
	}

	async show(chosen: FrontlineSourceId, day: string): Promise<void> {
		const request = ++this.#request;
		// Read with the map's measures by the benchmark: a step's work starts here.
		performance.mark(STEP_START);
		this.#cancelAhead?.();
		this.#cancelAhead = null;
		try {
			const catalog = await this.#loadCatalog();
			const resolved = resolveView(catalog, chosen, day);
			if (request !== this.#request) return;
			this.resolved = resolved;
			if (resolved.asOf === null) {
				this.frame = null;
				this.status = 'ready';
				return;
			}
			const current = this.frame;
			if (current?.sourceId === resolved.source.id && current.date === resolved.asOf) {
				this.status = 'ready';
				this.#decodeAround(catalog, chosen, day);
				return;
			}
			if (!this.#store.has(resolved.source, resolved.asOf)) this.status = 'loading';
			const frame = await this.#store.frame(resolved.source, resolved.asOf);
			if (request !== this.#request) return;
			this.frame = frame;
			this.status = 'ready';
			this.error = null;
			this.#decodeAround(catalog, chosen, day);
		} catch (error) {
			if (request !== this.#request) return;
			this.status = 'error';
			this.error = error instanceof Error ? error.message : String(error);
		}
	}

	/**
	 * Decoding a day's frame is most of a step's main-thread work, so the days either side are
	 * decoded while the page is idle, one an idle slice: the next step only hands the map its data.
	 */
	#decodeAround(catalog: FrontlineIndex, chosen: FrontlineSourceId, day: string) {
		const pending = adjacentViews(catalog, chosen, day);
		const next = () => {
			this.#cancelAhead = null;
			while (pending.length > 0) {
				const { source, asOf } = pending.shift()!;
				if (this.#store.decodeAhead(source, asOf)) break;
			}
			if (pending.length > 0) this.#cancelAhead = this.#whenIdle(next);
		};
		this.#cancelAhead = this.#whenIdle(next);
	}

	#loadCatalog(): Promise<FrontlineIndex> {
		if (!this.#catalogPromise) {
			this.#catalogPromise = loadCatalog().then((catalog) => (this.catalog = catalog));
			this.#catalogPromise.catch(() => (this.#catalogPromise = null));
		}
		return this.#catalogPromise;
	}
}
