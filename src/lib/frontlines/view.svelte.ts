import { adjacentViews, loadCatalog, resolveView, type ResolvedView } from './catalog';
import { FrontlineStore, type FrontlineFrame } from './store';
import type { FrontlineIndex, FrontlineIndexSource, FrontlineSourceId } from './types';
import { STEP_START } from '../perf-marks';

export type FrontlineStatus = 'loading' | 'ready' | 'error';

/**
 * How far either way of the day shown the frames are prepared for the map: a whole season (the
 * talks window is 97 days) from a day in its middle, at a few tens of MB of GPU memory.
 */
export const AHEAD_DAYS = 64;

/** Takes a frame to prepare; returns whether that cost work (false: it had the frame already). */
export type FrameSink = (frame: FrontlineFrame) => boolean;
/** Whether a watcher still needs a day, asked before the day is decoded for it. */
export type FrameWanted = (sourceId: string, date: string) => boolean;

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
	/** The front lines in the frame on screen, as the map reports them (`drawnOnMap`). */
	drawn: { sourceId: string; date: string } | null = $state.raw(null);
	/**
	 * What the map shows, for everything that describes it (legend, credit, chart): the frame on
	 * screen once the map has drawn one, else the view asked for (no map, or not drawn yet).
	 */
	readonly shown: ResolvedView | null = $derived.by(() => {
		const { drawn, resolved, catalog } = this;
		const source = drawn && catalog?.sources.find((s) => s.id === drawn.sourceId);
		if (!drawn || !source) return resolved;
		if (resolved?.source === source && resolved.asOf === drawn.date) return resolved;
		return {
			source,
			asOf: drawn.date,
			substitutedFor: resolved?.source === source ? resolved.substitutedFor : null
		};
	});
	error: string | null = $state(null);

	readonly #store: FrontlineStore;
	readonly #whenIdle: IdleScheduler;
	#catalogPromise: Promise<FrontlineIndex> | null = null;
	#request = 0;
	#cancelAhead: (() => void) | null = null;
	// Not state: nothing renders from who is watching.
	#sinks: { sink: FrameSink; wanted: FrameWanted }[] = [];
	#around: [FrontlineIndex, FrontlineSourceId, string] | null = null;

	constructor(store = new FrontlineStore(), idle: IdleScheduler = whenIdle) {
		this.#store = store;
		this.#whenIdle = idle;
	}

	/** Any day of any source, from the same store (a comparison's other day). */
	frameOf(source: FrontlineIndexSource, date: string): Promise<FrontlineFrame> {
		return this.#store.frame(source, date);
	}

	/** The map drew a frame: the front lines on screen now (null: none). */
	drawnOnMap(frame: { sourceId: string; date: string } | null): void {
		this.drawn = frame ? { sourceId: frame.sourceId, date: frame.date } : null;
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
				this.#prepareAround(catalog, chosen, day);
				return;
			}
			if (!this.#store.has(resolved.source, resolved.asOf)) this.status = 'loading';
			const frame = await this.#store.frame(resolved.source, resolved.asOf);
			if (request !== this.#request) return;
			this.frame = frame;
			this.status = 'ready';
			this.error = null;
			this.#prepareAround(catalog, chosen, day);
		} catch (error) {
			if (request !== this.#request) return;
			this.status = 'error';
			this.error = error instanceof Error ? error.message : String(error);
		}
	}

	/**
	 * Hands `sink` every frame within `AHEAD_DAYS` of the day shown, nearest first, one an idle
	 * slice (the map turns each into GPU buffers, so a step or a drag there costs one repaint).
	 * Returns a function that stops it.
	 */
	watchAhead(sink: FrameSink, wanted: FrameWanted = () => true): () => void {
		const watcher = { sink, wanted };
		this.#sinks = [...this.#sinks, watcher];
		if (this.#around) this.#prepareAround(...this.#around);
		return () => {
			this.#sinks = this.#sinks.filter((s) => s !== watcher);
			if (this.#sinks.length === 0) {
				this.#cancelAhead?.();
				this.#cancelAhead = null;
			}
		};
	}

	/**
	 * Decoding a day's frame is most of a step's main-thread work, so the days around are decoded
	 * while the page is idle, one an idle slice: the next step only hands the map its data.
	 */
	#prepareAround(catalog: FrontlineIndex, chosen: FrontlineSourceId, day: string) {
		this.#around = [catalog, chosen, day];
		this.#cancelAhead?.();
		const shown = resolveView(catalog, chosen, day);
		const reach = this.#sinks.length > 0 ? AHEAD_DAYS : 1;
		const pending = [
			...(shown.asOf === null ? [] : [{ source: shown.source, asOf: shown.asOf }]),
			...adjacentViews(catalog, chosen, day, reach)
		];
		const next = () => {
			this.#cancelAhead = null;
			while (pending.length > 0) {
				const { source, asOf } = pending.shift()!;
				const watchers = this.#sinks.filter((w) => w.wanted(source.id, asOf));
				// Nobody watching: decoded for the next step all the same; watched: only if needed.
				if (this.#sinks.length > 0 && watchers.length === 0) continue;
				const ready = this.#store.ahead(source, asOf);
				if (!ready) continue;
				let worked = ready.decoded;
				for (const { sink } of watchers) {
					try {
						worked = sink(ready.frame) || worked;
					} catch (error) {
						// A day that cannot be prepared is drawn the slow way when reached.
						console.warn('A front-line day could not be prepared ahead:', error);
					}
				}
				if (worked) break;
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
