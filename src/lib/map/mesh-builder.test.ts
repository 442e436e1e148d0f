import { describe, expect, it, vi } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { buildDayMesh } from './day-mesh';
import {
	createMeshBuilder,
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

/** A worker that answers on the next turn, as a real one would (`fail`: it throws instead). */
function fakeWorker(fail = false) {
	const sent: MeshRequest[] = [];
	const worker: MeshWorker = {
		onmessage: null,
		onerror: null,
		postMessage(request) {
			sent.push(request);
			queueMicrotask(() => {
				if (fail) return worker.onerror?.(new Event('error'));
				const { id, areas, line, tolerance } = request;
				const reply: MeshReply = { id, mesh: buildDayMesh(areas, line, tolerance) };
				worker.onmessage?.(new MessageEvent('message', { data: reply }));
			});
		},
		terminate: vi.fn()
	};
	return { worker, sent };
}

describe('createMeshBuilder', () => {
	it('has the worker build each day and gives back its mesh', async () => {
		const { worker, sent } = fakeWorker();
		const builder = createMeshBuilder(() => worker);
		expect(builder.inWorker).toBe(true);
		const [first, second] = await Promise.all([
			builder.build(areas, line, 0),
			builder.build({ type: 'FeatureCollection', features: [] }, line, 0)
		]);
		expect(sent.map((r) => r.id)).toEqual([0, 1]);
		expect(first.areas.control.indices).toHaveLength(3);
		expect(second.areas.control.indices).toHaveLength(0);
		expect(first.line.vertices.length).toBeGreaterThan(0);
	});

	it('builds on this thread when no worker starts', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const builder = createMeshBuilder(() => {
			throw new Error('no workers here');
		});
		expect(builder.inWorker).toBe(false);
		const mesh = await builder.build(areas, line, 0);
		expect(mesh).toEqual(buildDayMesh(areas, line, 0));
		warn.mockRestore();
	});

	it('builds here what a failed worker had not answered, and every day after', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const { worker, sent } = fakeWorker(true);
		const builder = createMeshBuilder(() => worker);
		const mesh = await builder.build(areas, line, 0);
		expect(mesh.areas.control.indices).toHaveLength(3);
		expect(worker.terminate).toHaveBeenCalled();
		expect(builder.inWorker).toBe(false);
		await builder.build(areas, line, 0);
		expect(sent).toHaveLength(1);
		warn.mockRestore();
	});

	it('passes on a day the worker could not build', async () => {
		const worker: MeshWorker = {
			onmessage: null,
			onerror: null,
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
