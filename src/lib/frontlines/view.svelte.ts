import { loadCatalog, resolveView, type ResolvedView } from './catalog';
import { FrontlineStore, type FrontlineFrame } from './store';
import type { FrontlineIndex, FrontlineSourceId } from './types';
import { STEP_START } from '../perf-marks';

export type FrontlineStatus = 'loading' | 'ready' | 'error';

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
	#catalogPromise: Promise<FrontlineIndex> | null = null;
	#request = 0;

	constructor(store = new FrontlineStore()) {
		this.#store = store;
	}

	async show(chosen: FrontlineSourceId, day: string): Promise<void> {
		const request = ++this.#request;
		// Read with the map's measures by the benchmark: a step's work starts here.
		performance.mark(STEP_START);
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
				return;
			}
			if (!this.#store.has(resolved.source, resolved.asOf)) this.status = 'loading';
			const frame = await this.#store.frame(resolved.source, resolved.asOf);
			if (request !== this.#request) return;
			this.frame = frame;
			this.status = 'ready';
			this.error = null;
		} catch (error) {
			if (request !== this.#request) return;
			this.status = 'error';
			this.error = error instanceof Error ? error.message : String(error);
		}
	}

	#loadCatalog(): Promise<FrontlineIndex> {
		if (!this.#catalogPromise) {
			this.#catalogPromise = loadCatalog().then((catalog) => (this.catalog = catalog));
			this.#catalogPromise.catch(() => (this.#catalogPromise = null));
		}
		return this.#catalogPromise;
	}
}
