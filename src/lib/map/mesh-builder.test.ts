import { describe, expect, it, vi } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { buildDayMesh, meshBuffers, packedDayMesh } from './day-mesh';
import {
	createMeshBuilder,
	MeshCancelled,
	type MeshReply,
	type MeshRequest,
	type MeshWorker
} from './mesh-builder';

const areas: FeatureCollection = {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			properties: { kind: 'control' },
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[30, 50],
						[31, 50],
						[31, 51],
						[30, 50]
					]
				]
			}
		}
	]
};
const line: FeatureCollection = {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			properties: {},
			geometry: {
				type: 'LineString',
				coordinates: [
					[30, 50],
					[31, 51]
				]
			}
		}
	]
};

/**
 * A worker that answers on the next turn, as a real one would (`fail`: it throws instead), and
 * counts how many requests it holds at once.
 */
function fakeWorker(fail = false) {
	const sent: MeshRequest[] = [];
	const transfers: Transferable[][] = [];
	let holding = 0;
	let mostHeld = 0;
	const worker: MeshWorker = {
		onmessage: null,
		onerror: null,
		onmessageerror: null,
		postMessage(message, transfer) {
			// As a real worker gets it: a copy, the transferred buffers moved (emptied here).
			const request = structuredClone(message, { transfer });
			sent.push(message);
			transfers.push(transfer);
			mostHeld = Math.max(mostHeld, ++holding);
			queueMicrotask(() => {
				holding--;
				if (fail) return worker.onerror?.(new Event('error'));
				const { id, day, tolerance } = request;
				const reply: MeshReply = { id, mesh: packedDayMesh(day, tolerance) };
				worker.onmessage?.(new MessageEvent('message', { data: reply }));
			});
		},
		terminate: vi.fn()
	};
	return { worker, sent, transfers, mostHeld: () => mostHeld };
}

describe('createMeshBuilder', () => {
	it('starts the worker with the first day asked for, not before', () => {
		const start = vi.fn(() => fakeWorker().worker);
		const builder = createMeshBuilder(start);
		expect(start).not.toHaveBeenCalled();
		void builder.build(areas, line, 0);
		void builder.build(areas, line, 0);
		expect(start).toHaveBeenCalledTimes(1);
	});

	it('has the worker build each day, one at a time, and gives back its mesh', async () => {
		const { worker, sent, transfers, mostHeld } = fakeWorker();
		const builder = createMeshBuilder(() => worker);
		expect(builder.inWorker).toBe(true);
		const [first, second] = await Promise.all([
			builder.build(areas, line, 0),
			builder.build({ type: 'FeatureCollection', features: [] }, line, 0)
		]);
		expect(mostHeld()).toBe(1);
		expect(sent.map((r) => r.id)).toEqual([0, 1]);
		expect(first.areas.control.indices).toHaveLength(3);
		expect(second.areas.control.indices).toHaveLength(0);
		expect(first.line.vertices.length).toBeGreaterThan(0);
		expect(first).toEqual(buildDayMesh(areas, line, 0));
		// The day goes packed, its buffers moved: twelve of them (three kinds of area and the line,
		// each points, ring ends and polygon ends), none of them twice.
		expect(transfers[0]).toHaveLength(12);
		expect(new Set(transfers[0]).size).toBe(12);
		expect(transfers[0]).toContain(sent[0].day.areas.control.coords.buffer);
		// Moved, not copied: the page's side of the day is empty once sent.
		expect(sent[0].day.areas.control.coords.buffer.byteLength).toBe(0);
	});

	it('builds on this thread when no worker starts', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const builder = createMeshBuilder(() => {
			throw new Error('no workers here');
		});
		const mesh = await builder.build(areas, line, 0);
		expect(builder.inWorker).toBe(false);
		expect(mesh).toEqual(buildDayMesh(areas, line, 0));
		warn.mockRestore();
	});

	it('drops what a failed worker was asked, and builds every later day here', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const { worker, sent } = fakeWorker(true);
		const builder = createMeshBuilder(() => worker);
		const asked = [builder.build(areas, line, 0), builder.build(areas, line, 0)];
		for (const promise of asked) await expect(promise).rejects.toBeInstanceOf(MeshCancelled);
		expect(worker.terminate).toHaveBeenCalled();
		expect(builder.inWorker).toBe(false);
		const mesh = await builder.build(areas, line, 0);
		expect(mesh.areas.control.indices).toHaveLength(3);
		expect(sent).toHaveLength(1);
		warn.mockRestore();
	});

	it('drops the days not yet handed to the worker, and all of them when destroyed', async () => {
		const { worker, sent } = fakeWorker();
		const builder = createMeshBuilder(() => worker);
		const first = builder.build(areas, line, 0);
		const second = builder.build(areas, line, 0);
		builder.dropQueued();
		await expect(second).rejects.toBeInstanceOf(MeshCancelled);
		// The one the worker already had is still answered.
		expect((await first).areas.control.indices).toHaveLength(3);
		expect(sent).toHaveLength(1);
		const pending = builder.build(areas, line, 0);
		builder.destroy();
		await expect(pending).rejects.toBeInstanceOf(MeshCancelled);
		await expect(builder.build(areas, line, 0)).rejects.toBeInstanceOf(MeshCancelled);
		expect(builder.inWorker).toBe(false);
	});

	it('builds a day here when it cannot be sent, and goes on sending the next', async () => {
		const { worker, sent } = fakeWorker();
		const send = worker.postMessage.bind(worker);
		let refuse = true;
		worker.postMessage = (request, transfer) => {
			if (refuse) {
				refuse = false;
				throw new DOMException('could not be cloned', 'DataCloneError');
			}
			send(request, transfer);
		};
		const builder = createMeshBuilder(() => worker);
		const [here, there] = await Promise.all([
			builder.build(areas, line, 0),
			builder.build(areas, line, 0)
		]);
		expect(here).toEqual(buildDayMesh(areas, line, 0));
		expect(there).toEqual(here);
		expect(sent.map((r) => r.id)).toEqual([1]);
		expect(builder.inWorker).toBe(true);
	});

	it('passes on a day the worker could not build', async () => {
		const worker: MeshWorker = {
			onmessage: null,
			onerror: null,
			onmessageerror: null,
			postMessage({ id }) {
				queueMicrotask(() =>
					worker.onmessage?.(new MessageEvent('message', { data: { id, error: 'bad ring' } }))
				);
			},
			terminate() {}
		};
		await expect(createMeshBuilder(() => worker).build(areas, line, 0)).rejects.toThrow('bad ring');
	});
});

describe('meshBuffers', () => {
	it('lists each of the mesh’s buffers once, as a transfer list must', () => {
		const mesh = buildDayMesh(areas, line, 0);
		const buffers = meshBuffers(mesh);
		expect(buffers).toHaveLength(8);
		expect(new Set(buffers).size).toBe(8);
		expect(buffers).toContain(mesh.line.vertices.buffer);
	});
});
