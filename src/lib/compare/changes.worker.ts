/// <reference lib="webworker" />
import { controlChanges, type ControlArea } from './changes';

/** Work out what changed hands off the main thread: it takes a second or more on a slow CPU. */
export interface ChangesRequest {
	id: number;
	reference: ControlArea | null;
	current: ControlArea | null;
}

self.onmessage = (event: MessageEvent<ChangesRequest>) => {
	const { id, reference, current } = event.data;
	try {
		self.postMessage({ id, changes: controlChanges(reference, current) });
	} catch (error) {
		self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
	}
};
