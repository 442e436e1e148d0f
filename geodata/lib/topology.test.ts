import type { Feature } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { serialize, toTopology } from './topology';

const meta = { description: 't', sources: 's', attribution: 'a' };
const polygon = (coordinates: number[][]): Feature => ({
	type: 'Feature',
	properties: {},
	geometry: { type: 'Polygon', coordinates: [coordinates] }
});
// Two unit squares sharing the edge x = 1.
const left = polygon([
	[0, 0],
	[1, 0],
	[1, 1],
	[0, 1],
	[0, 0]
]);
const right = polygon([
	[1, 0],
	[2, 0],
	[2, 1],
	[1, 1],
	[1, 0]
]);

describe('toTopology', () => {
	it('stores a shared border once', () => {
		const topology = toTopology(
			{ squares: [left, right] },
			{ minWeight: 0, quantization: 1e4 },
			meta
		);
		// left-only, shared, right-only: three arcs, not four.
		expect(topology.arcs).toHaveLength(3);
		expect(topology.meta).toEqual(meta);
	});

	it('drops vertices that add less than the threshold and keeps the shape', () => {
		const wobbly = polygon([
			[0, 0],
			[0.5, 0.0001],
			[1, 0],
			[1, 1],
			[0, 1],
			[0, 0]
		]);
		const keep = toTopology({ a: [wobbly] }, { minWeight: 0, quantization: 1e4 }, meta);
		const simple = toTopology({ a: [wobbly] }, { minWeight: 1e-3, quantization: 1e4 }, meta);
		const count = (t: typeof keep) => t.arcs.reduce((n, arc) => n + arc.length, 0);
		expect(count(simple)).toBe(count(keep) - 1);
		const decoded = feature(simple, simple.objects.a as GeometryCollection);
		expect(decoded.features[0].geometry).toMatchObject({ type: 'Polygon' });
	});

	it('is deterministic', () => {
		const build = () =>
			serialize(
				toTopology({ squares: [left, right] }, { minWeight: 1e-6, quantization: 1e4 }, meta)
			);
		expect(build()).toBe(build());
	});
});
