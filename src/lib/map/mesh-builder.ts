import type { FeatureCollection } from 'geojson';
import { buildDayMesh, type DayMesh } from './day-mesh';

export interface MeshRequest {
	id: number;
	areas: FeatureCollection;
	line: FeatureCollection;
	tolerance: number;
}

export type MeshReply = { id: number; mesh: DayMesh } | { id: number; error: string };

/** Where days are triangulated: a worker of their own, or this thread where there is none. */
export interface MeshBuilder {
	build(areas: FeatureCollection, line: FeatureCollection, tolerance: number): Promise<DayMesh>;
	/** Whether a worker builds the meshes (for the automation hook). */
	readonly inWorker: boolean;
	destroy(): void;
}

/** The part of a worker the builder uses (a fake in unit tests). */
export interface MeshWorker {
	postMessage(message: MeshRequest): void;
	terminate(): void;
	onmessage: ((event: MessageEvent<MeshReply>) => void) | null;
	onerror: ((event: Event) => void) | null;
}

const startWorker = (): MeshWorker =>
	new Worker(new URL('./day-mesh.worker.ts', import.meta.url), {
		type: 'module',
		name: 'front-line meshes'
	}) as unknown as MeshWorker;

/**
 * Builds days' meshes in a worker. When the worker cannot start or fails, every day from then on
 * is built on this thread: slower for the page, never a day lost.
 */
export function createMeshBuilder(start: () => MeshWorker = startWorker): MeshBuilder {
	let worker: MeshWorker | null = null;
	try {
		worker = start();
	} catch (error) {
		console.warn('Front-line meshes are built on the page’s thread:', error);
	}
	let next = 0;
	const pending = new Map<
		number,
		{ request: MeshRequest; resolve: (mesh: DayMesh) => void; reject: (e: Error) => void }
	>();
	const here = ({ areas, line, tolerance }: MeshRequest) => buildDayMesh(areas, line, tolerance);

	/** The worker is gone: what it had not answered is built here. */
	const fallBack = (why: unknown) => {
		console.warn('Front-line meshes are built on the page’s thread:', why);
		worker?.terminate();
		worker = null;
		for (const { request, resolve, reject } of pending.values()) {
			try {
				resolve(here(request));
			} catch (error) {
				reject(error as Error);
			}
		}
		pending.clear();
	};

	if (worker) {
		worker.onmessage = ({ data }) => {
			const waiting = pending.get(data.id);
			if (!waiting) return;
			pending.delete(data.id);
			if ('mesh' in data) waiting.resolve(data.mesh);
			else waiting.reject(new Error(data.error));
		};
		worker.onerror = (event) => fallBack((event as ErrorEvent).message ?? event.type);
	}

	return {
		build(areas, line, tolerance) {
			const request = { id: next++, areas, line, tolerance };
			if (!worker) return Promise.resolve().then(() => here(request));
			return new Promise((resolve, reject) => {
				pending.set(request.id, { request, resolve, reject });
				try {
					worker!.postMessage(request);
				} catch {
					// Data the worker cannot be sent: this day only is built here.
					pending.delete(request.id);
					resolve(here(request));
				}
			});
		},
		get inWorker() {
			return worker !== null;
		},
		destroy() {
			worker?.terminate();
			worker = null;
			pending.clear();
		}
	};
}
