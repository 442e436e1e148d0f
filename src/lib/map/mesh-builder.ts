import type { FeatureCollection } from 'geojson';
import { buildDayMesh, type DayMesh } from './day-mesh';
import { packDay, packedBuffers, type PackedDay } from './packed-day';

export interface MeshRequest {
	id: number;
	/** The day's areas and line, packed so that its buffers move to the worker uncopied. */
	day: PackedDay;
	tolerance: number;
}

export type MeshReply = { id: number; mesh: DayMesh } | { id: number; error: string };

/** Where days are triangulated: a worker of their own, or this thread where there is none. */
export interface MeshBuilder {
	/** Rejects with a `MeshCancelled` when the request is dropped before it is built. */
	build(areas: FeatureCollection, line: FeatureCollection, tolerance: number): Promise<DayMesh>;
	/** Drops the requests not yet handed to the worker (the reader went elsewhere). */
	dropQueued(): void;
	/** Whether a worker builds the meshes (for the automation hook). */
	readonly inWorker: boolean;
	destroy(): void;
}

/** A request dropped before it was built: nothing went wrong, the day is simply not ready. */
export class MeshCancelled extends Error {
	constructor() {
		super('The day’s mesh was no longer wanted');
		this.name = 'MeshCancelled';
	}
}

/** The part of a worker the builder uses (a fake in unit tests). */
export interface MeshWorker {
	postMessage(message: MeshRequest, transfer: Transferable[]): void;
	terminate(): void;
	onmessage: ((event: MessageEvent<MeshReply>) => void) | null;
	onerror: ((event: Event) => void) | null;
	onmessageerror: ((event: MessageEvent) => void) | null;
}

const startWorker = (): MeshWorker =>
	new Worker(new URL('./day-mesh.worker.ts', import.meta.url), {
		type: 'module',
		name: 'front-line meshes'
	}) as unknown as MeshWorker;

/** A day asked for, as it waits: packed only when it is handed to the worker. */
interface Job {
	id: number;
	areas: FeatureCollection;
	line: FeatureCollection;
	tolerance: number;
}

interface Waiting {
	job: Job;
	resolve: (mesh: DayMesh) => void;
	reject: (error: Error) => void;
}

/**
 * Builds days' meshes in a worker, started with the first day asked for (after the map's first
 * idle), one day at a time: the days asked for wait here, nearest first as asked, and a reader who
 * goes elsewhere drops them (`dropQueued`) instead of waiting behind them. When the worker cannot
 * start or fails, what it had been asked is dropped and every later day is built on this thread:
 * slower for the page, never a day lost for good (a dropped day is asked for again).
 */
export function createMeshBuilder(start: () => MeshWorker = startWorker): MeshBuilder {
	/** Undefined: not started yet; null: none (it could not start, failed, or was destroyed). */
	let worker: MeshWorker | null | undefined;
	let destroyed = false;
	let next = 0;
	const queue: Waiting[] = [];
	let inFlight: Waiting | null = null;

	const here = ({ areas, line, tolerance }: Job) => buildDayMesh(areas, line, tolerance);

	const dropAll = () => {
		for (const waiting of [...(inFlight ? [inFlight] : []), ...queue.splice(0)])
			waiting.reject(new MeshCancelled());
		inFlight = null;
	};

	/** The worker is gone: the days it was asked are dropped; later ones are built here. */
	const fallBack = (why: unknown) => {
		console.warn('Front-line meshes are built on the page’s thread:', why);
		worker?.terminate();
		worker = null;
		dropAll();
	};

	const pump = () => {
		if (inFlight || !worker) return;
		const waiting = queue.shift();
		if (!waiting) return;
		inFlight = waiting;
		const { id, areas, line, tolerance } = waiting.job;
		try {
			const day = packDay(areas, line);
			worker.postMessage({ id, day, tolerance }, packedBuffers(day));
		} catch {
			// A day that cannot be packed or sent (malformed): built here, where it fails or not as
			// it would have in the worker, and only this day.
			inFlight = null;
			try {
				waiting.resolve(here(waiting.job));
			} catch (error) {
				waiting.reject(error as Error);
			}
			pump();
		}
	};

	const startOnce = () => {
		if (worker !== undefined) return;
		try {
			worker = start();
		} catch (error) {
			console.warn('Front-line meshes are built on the page’s thread:', error);
			worker = null;
			return;
		}
		worker.onmessage = ({ data }) => {
			const waiting = inFlight;
			if (!waiting || waiting.job.id !== data.id) return;
			inFlight = null;
			if ('mesh' in data) waiting.resolve(data.mesh);
			else waiting.reject(new Error(data.error));
			pump();
		};
		worker.onerror = (event) => fallBack((event as ErrorEvent).message || event.type);
		worker.onmessageerror = () => fallBack('a reply could not be read');
	};

	return {
		build(areas, line, tolerance) {
			if (destroyed) return Promise.reject(new MeshCancelled());
			startOnce();
			const job = { id: next++, areas, line, tolerance };
			if (!worker) return Promise.resolve().then(() => here(job));
			return new Promise((resolve, reject) => {
				queue.push({ job, resolve, reject });
				pump();
			});
		},
		dropQueued() {
			for (const waiting of queue.splice(0)) waiting.reject(new MeshCancelled());
		},
		get inWorker() {
			return !destroyed && worker !== null;
		},
		destroy() {
			destroyed = true;
			worker?.terminate();
			worker = null;
			dropAll();
		}
	};
}
