import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { pruneTopology } from './prune';

describe('pruneTopology', () => {
	it('drops collapsed rings and unused arcs, and renumbers the rest', () => {
		const topology = {
			type: 'Topology',
			arcs: [
				[
					[9, 9],
					[9, 9]
				], // 0: unused
				[
					[0, 0],
					[1, 0],
					[1, 1],
					[0, 0]
				], // 1: a ring of four points
				[
					[5, 5],
					[5, 6],
					[5, 5]
				] // 2: collapsed by simplification
			],
			objects: {
				areas: {
					type: 'GeometryCollection',
					geometries: [
						{ type: 'MultiPolygon', arcs: [[[1]], [[2]]], properties: { date: 'a' } },
						{ type: 'Polygon', arcs: [[~2]], properties: { date: 'b' } }
					]
				}
			}
		} as unknown as Topology;
		const pruned = pruneTopology(topology);
		expect(pruned.arcs).toEqual([
			[
				[0, 0],
				[1, 0],
				[1, 1],
				[0, 0]
			]
		]);
		expect(pruned.objects.areas).toEqual({
			type: 'GeometryCollection',
			geometries: [
				{ type: 'MultiPolygon', arcs: [[[0]]], properties: { date: 'a' } },
				{ type: null, properties: { date: 'b' } }
			]
		});
	});
});
