/// <reference lib="webworker" />
import { meshBuffers, packedDayMesh } from './day-mesh';
import type { MeshRequest, MeshReply } from './mesh-builder';

// Triangulating a day (earcut) is a task of about 25 ms here, 100 ms with a phone's CPU: done
// here, the page's thread only packs the day, hands over its buffers and uploads what comes back.
self.onmessage = ({ data }: MessageEvent<MeshRequest>) => {
	let reply: MeshReply;
	try {
		const mesh = packedDayMesh(data.day, data.tolerance);
		reply = { id: data.id, mesh };
		(self as unknown as DedicatedWorkerGlobalScope).postMessage(reply, meshBuffers(mesh));
	} catch (error) {
		reply = { id: data.id, error: (error as Error).message ?? String(error) };
		(self as unknown as DedicatedWorkerGlobalScope).postMessage(reply);
	}
};
