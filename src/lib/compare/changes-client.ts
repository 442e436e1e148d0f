import type { ControlArea, ControlChanges } from './changes';
import type { ChangesRequest } from './changes.worker';
import { m } from '../paraglide/messages';

type Reply = { id: number; changes: ControlChanges } | { id: number; error: string };

/**
 * Computes control changes in a worker, one request at a time that matters: a newer request
 * supersedes an older one, whose promise then never settles (the caller has moved on). Where no
 * worker can be started, the work runs here, later, in its own task.
 */
export class ChangesClient {
	#worker: Worker | null | undefined;
	#next = 0;
	#pending = new Map<
		number,
		{ resolve: (c: ControlChanges) => void; reject: (e: Error) => void }
	>();

	compute(reference: ControlArea | null, current: ControlArea | null): Promise<ControlChanges> {
		const id = ++this.#next;
		for (const key of this.#pending.keys()) if (key < id) this.#pending.delete(key);
		const worker = this.#start();
		if (!worker)
			return import('./changes').then(({ controlChanges }) => controlChanges(reference, current));
		return new Promise((resolve, reject) => {
			this.#pending.set(id, { resolve, reject });
			const request: ChangesRequest = { id, reference, current };
			worker.postMessage(request);
		});
	}

	destroy(): void {
		this.#worker?.terminate();
		this.#worker = null;
		this.#pending.clear();
	}

	#start(): Worker | null {
		if (this.#worker !== undefined) return this.#worker;
		try {
			this.#worker = new Worker(new URL('./changes.worker.ts', import.meta.url), {
				type: 'module'
			});
			this.#worker.onmessage = (event: MessageEvent<Reply>) => {
				const reply = event.data;
				const waiting = this.#pending.get(reply.id);
				if (!waiting) return;
				this.#pending.delete(reply.id);
				if ('error' in reply) waiting.reject(new Error(reply.error));
				else waiting.resolve(reply.changes);
			};
			this.#worker.onerror = (event) => {
				for (const { reject } of this.#pending.values())
					reject(new Error(event.message || m.atlas_compare_worker_failed()));
				this.#pending.clear();
			};
		} catch {
			this.#worker = null;
		}
		return this.#worker;
	}
}
