import { describe, expect, it } from 'vitest';
import { BASEMAP_LAYERS, BASEMAP_URL, decodeBasemap } from './basemap-data';
import { loadTopology } from './topology-file';

describe('decodeBasemap', () => {
	it('rejects something that is not a topology', () => {
		expect(() => decodeBasemap({ type: 'FeatureCollection' })).toThrow(
			'/data/basemap.topo.json: not a TopoJSON topology'
		);
	});

	it('names a missing layer', () => {
		expect(() => decodeBasemap({ type: 'Topology', objects: {}, arcs: [] })).toThrow(
			'the layer “land” is missing'
		);
	});
});

describe('loadTopology', () => {
	it('reports an HTTP failure with the file', async () => {
		const notFound = async () => new Response('', { status: 404 });
		await expect(loadTopology(BASEMAP_URL, BASEMAP_LAYERS, notFound)).rejects.toThrow(
			'/data/basemap.topo.json: HTTP 404'
		);
	});

	it('reports a body that is not JSON', async () => {
		const garbage = async () => new Response('<html>', { status: 200 });
		await expect(loadTopology(BASEMAP_URL, BASEMAP_LAYERS, garbage)).rejects.toThrow(
			'not valid JSON'
		);
	});
});
