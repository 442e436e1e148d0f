import { describe, expect, it } from 'vitest';
import { decodeWorldBasemap } from './world-basemap';

// Two unit squares side by side (A west, B east): one shared edge, six coast edges.
const topology = {
	type: 'Topology',
	arcs: [
		[
			[1, 0],
			[1, 1]
		],
		[
			[1, 1],
			[0, 1],
			[0, 0],
			[1, 0]
		],
		[
			[1, 0],
			[2, 0],
			[2, 1],
			[1, 1]
		]
	],
	objects: {
		countries: {
			type: 'GeometryCollection',
			geometries: [
				{ type: 'Polygon', arcs: [[0, 1]], properties: { id: 'A', name: 'A' } },
				{ type: 'Polygon', arcs: [[2, ~0]], properties: { id: 'B', name: 'B' } }
			]
		}
	}
};

describe('decodeWorldBasemap', () => {
	it('gives every country as land and only the shared edges as borders', () => {
		const world = decodeWorldBasemap(topology);
		expect(world.land.features.map((f) => f.properties?.id)).toEqual(['A', 'B']);
		const border = world.borders.features[0].geometry;
		expect(border.type).toBe('MultiLineString');
		expect(border.type === 'MultiLineString' && border.coordinates).toEqual([
			[
				[1, 0],
				[1, 1]
			]
		]);
	});

	it('refuses a file without countries, naming the file', () => {
		expect(() => decodeWorldBasemap({ type: 'Topology', objects: {} }, '/data/w.json')).toThrow(
			/w\.json/
		);
		expect(() => decodeWorldBasemap(null)).toThrow(/world\.topo\.json/);
	});
});
