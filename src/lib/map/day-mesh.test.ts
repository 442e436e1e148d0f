import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
	areaTriangles,
	buildDayMesh,
	LINE_STRIDE,
	lineMesh,
	mercatorX,
	mercatorY,
	simplify
} from './day-mesh';

const polygon = (coordinates: number[][][], kind = 'control'): Feature => ({
	type: 'Feature',
	properties: { kind, date: '2022-03-01' },
	geometry: { type: 'Polygon', coordinates }
});
const square = (x: number, y: number, size: number) => [
	[x, y],
	[x + size, y],
	[x + size, y + size],
	[x, y + size],
	[x, y]
];

describe('Web Mercator in [0, 1]', () => {
	it('puts 0°, 0° in the middle and the west edge at 0', () => {
		expect([mercatorX(0), mercatorY(0), mercatorX(-180), mercatorX(180)]).toEqual([0.5, 0.5, 0, 1]);
	});

	it('runs north up the screen (smaller y) and agrees with MapLibre’s formula', () => {
		expect(mercatorY(50)).toBeLessThan(0.5);
		// MapLibre's mercatorYfromLat, written the other way round.
		const maplibre = (lat: number) =>
			(180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;
		for (const lat of [-60, 0, 44.95, 50.4501, 70]) {
			expect(mercatorY(lat)).toBeCloseTo(maplibre(lat), 12);
		}
	});
});

describe('areaTriangles', () => {
	it('fills a square with two triangles', () => {
		const { vertices, indices } = areaTriangles([polygon([square(30, 46, 1)])]);
		expect(indices).toHaveLength(6);
		// Every triangle's corners are the ring's points.
		expect(Math.max(...indices)).toBeLessThan(vertices.length / 2);
		// Float32 on the GPU: within 1e-7 of the world, a hundredth of a pixel at zoom 9.
		expect(vertices[0]).toBeCloseTo(mercatorX(30), 7);
	});

	it('leaves a hole empty: a square with a square hole is eight triangles', () => {
		const { indices } = areaTriangles([polygon([square(30, 46, 4), square(31, 47, 1).reverse()])]);
		expect(indices).toHaveLength(8 * 3);
	});

	it('keeps the parts of a multipolygon in one buffer, indices offset to each part', () => {
		const multi: Feature = {
			type: 'Feature',
			properties: { kind: 'control' },
			geometry: { type: 'MultiPolygon', coordinates: [[square(30, 46, 1)], [square(35, 46, 1)]] }
		};
		const { vertices, indices } = areaTriangles([multi]);
		expect(vertices).toHaveLength(2 * 5 * 2);
		expect(Math.max(...indices)).toBeGreaterThanOrEqual(5);
	});

	it('fills exactly the area, a hole in a later part and a collection’s polygons included', () => {
		// The triangles' area in Mercator units, against the rings' own (shoelace) area.
		const triangleArea = ({
			vertices,
			indices
		}: {
			vertices: Float32Array;
			indices: Uint32Array;
		}) => {
			let sum = 0;
			for (let i = 0; i < indices.length; i += 3) {
				const [a, b, c] = [indices[i], indices[i + 1], indices[i + 2]].map((k) => [
					vertices[k * 2],
					vertices[k * 2 + 1]
				]);
				sum += Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;
			}
			return sum;
		};
		const ringArea = (ring: number[][]) => {
			const points = ring.map(([lon, lat]) => [mercatorX(lon), mercatorY(lat)]);
			let sum = 0;
			for (let i = 0; i + 1 < points.length; i++)
				sum += points[i][0] * points[i + 1][1] - points[i + 1][0] * points[i][1];
			return Math.abs(sum) / 2;
		};
		const outer = square(35, 46, 4);
		const hole = square(36, 47, 2).reverse();
		const features: Feature[] = [
			{
				type: 'Feature',
				properties: { kind: 'control' },
				geometry: { type: 'MultiPolygon', coordinates: [[square(30, 46, 1)], [outer, hole]] }
			},
			{
				type: 'Feature',
				properties: { kind: 'control' },
				geometry: {
					type: 'GeometryCollection',
					geometries: [
						{ type: 'Polygon', coordinates: [square(40, 46, 1)] },
						{ type: 'LineString', coordinates: square(50, 46, 1) }
					]
				}
			}
		];
		const expected =
			ringArea(square(30, 46, 1)) + ringArea(outer) - ringArea(hole) + ringArea(square(40, 46, 1));
		const mesh = areaTriangles(features);
		expect(triangleArea(mesh) / expected).toBeCloseTo(1, 5);
		// The hole's points (after the first part's 5 and the outer ring's 5; its last closes it, so
		// one of its first and last) are corners.
		for (const point of [11, 12, 13]) expect(mesh.indices).toContain(point);
		expect([...mesh.indices].some((i) => i === 10 || i === 14)).toBe(true);
	});
});

describe('lineMesh', () => {
	const line: Feature = {
		type: 'Feature',
		properties: { date: '2022-03-01' },
		geometry: {
			type: 'LineString',
			coordinates: [
				[30, 46],
				[31, 46],
				[31, 47]
			]
		}
	};

	it('draws each segment as a quad and each point as a disc', () => {
		const { vertices, indices } = lineMesh([line]);
		// 2 segments × 4 corners + 3 points × 4 corners; 6 indices per quad.
		expect(vertices.length / LINE_STRIDE).toBe(2 * 4 + 3 * 4);
		expect(indices).toHaveLength((2 + 3) * 6);
	});

	it('gives the far end of a segment the mirrored offset, so both ends extrude to one side', () => {
		const { vertices } = lineMesh([line]);
		const corner = (i: number) =>
			Array.from(vertices.slice(i * LINE_STRIDE, (i + 1) * LINE_STRIDE));
		const [a, b] = [corner(0), corner(2)];
		// Corner 0 sits at the start looking at the end; corner 2 at the end looking back.
		expect(a.slice(0, 4)).toEqual(b.slice(2, 4).concat(b.slice(0, 2)));
		expect([a[4], b[4]]).toEqual([1, -1]);
	});

	it('marks discs by a zero-length segment and an along-offset', () => {
		const { vertices } = lineMesh([line]);
		const disc = Array.from(vertices.slice(8 * LINE_STRIDE, 9 * LINE_STRIDE));
		expect(disc.slice(0, 2)).toEqual(disc.slice(2, 4));
		expect(disc[5]).not.toBe(0);
	});
});

describe('simplify', () => {
	it('drops points closer to the line than the tolerance and keeps the ends and the corners', () => {
		const zigzag = [
			[0, 0],
			[1, 0.01],
			[2, -0.01],
			[3, 0],
			[3, 3]
		];
		expect(simplify(zigzag, 0.1)).toEqual([
			[0, 0],
			[3, 0],
			[3, 3]
		]);
		expect(simplify(zigzag, 0.001)).toEqual(zigzag);
		expect(simplify(zigzag, 0)).toBe(zigzag);
	});
});

describe('buildDayMesh', () => {
	it('sorts areas by kind and ignores what it cannot fill', () => {
		const mesh = buildDayMesh(
			{
				type: 'FeatureCollection',
				features: [
					polygon([square(30, 46, 1)], 'control'),
					polygon([square(32, 46, 1)], 'advance'),
					{
						type: 'Feature',
						properties: { kind: 'control' },
						geometry: { type: 'Point', coordinates: [0, 0] }
					}
				]
			},
			{ type: 'FeatureCollection', features: [] }
		);
		expect([mesh.areas.control.indices.length, mesh.areas.advance.indices.length]).toEqual([6, 6]);
		expect(mesh.areas.counteroffensive.indices).toHaveLength(0);
		expect(mesh.line.indices).toHaveLength(0);
	});
});
