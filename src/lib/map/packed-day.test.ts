import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { packDay, packedBuffers, packRings, polygonRange, ringRange } from './packed-day';

const feature = (kind: string | null, geometry: Feature['geometry']): Feature => ({
	type: 'Feature',
	properties: kind ? { kind } : {},
	geometry
});

describe('packing a day for the mesh worker', () => {
	it('flattens polygons: every point in one buffer, where each ring and polygon ends', () => {
		const packed = packRings([
			[
				[
					[0, 0],
					[4, 0],
					[4, 4],
					[0, 0]
				],
				[
					[1, 1],
					[2, 1],
					[1, 2],
					[1, 1]
				]
			],
			[
				[
					[10, 10],
					[11, 10],
					[10, 11],
					[10, 10]
				]
			]
		]);
		expect([...packed.coords.slice(0, 4)]).toEqual([0, 0, 4, 0]);
		expect(packed.coords).toHaveLength(12 * 2);
		expect([...packed.ringEnds]).toEqual([4, 8, 12]);
		expect([...packed.polygonEnds]).toEqual([2, 3]);
		expect(polygonRange(packed, 0)).toEqual([0, 2]);
		expect(polygonRange(packed, 1)).toEqual([2, 3]);
		expect(ringRange(packed, 1)).toEqual([4, 8]);
		expect([...packed.coords.slice(8 * 2, 8 * 2 + 2)]).toEqual([10, 10]);
	});

	it('keeps full precision (doubles), as the GeoJSON had it', () => {
		const packed = packRings([[[[36.123456789012, 49.987654321098]]]]);
		expect([...packed.coords]).toEqual([36.123456789012, 49.987654321098]);
	});

	it('groups areas by kind, makes each line a ring of its own, and leaves out the rest', () => {
		const day = packDay(
			{
				type: 'FeatureCollection',
				features: [
					feature('control', {
						type: 'MultiPolygon',
						coordinates: [
							[
								[
									[0, 0],
									[1, 0],
									[0, 1],
									[0, 0]
								]
							],
							[
								[
									[5, 5],
									[6, 5],
									[5, 6],
									[5, 5]
								]
							]
						]
					}),
					feature('advance', {
						type: 'Polygon',
						coordinates: [
							[
								[2, 2],
								[3, 2],
								[2, 3],
								[2, 2]
							]
						]
					}),
					feature(null, {
						type: 'Polygon',
						coordinates: [
							[
								[9, 9],
								[8, 9],
								[9, 8],
								[9, 9]
							]
						]
					}),
					feature('control', { type: 'Point', coordinates: [0, 0] })
				]
			},
			{
				type: 'FeatureCollection',
				features: [
					feature(null, {
						type: 'MultiLineString',
						coordinates: [
							[
								[0, 0],
								[1, 1]
							],
							[
								[2, 2],
								[3, 3],
								[4, 4]
							]
						]
					})
				]
			}
		);
		expect([...day.areas.control.polygonEnds]).toEqual([1, 2]);
		// The feature without a kind is in no kind's polygons.
		expect([...day.areas.advance.polygonEnds]).toEqual([1]);
		expect([...day.areas.advance.coords]).toEqual([2, 2, 3, 2, 2, 3, 2, 2]);
		expect(day.areas.control.coords).toHaveLength(2 * 8);
		expect(day.areas.counteroffensive.coords).toHaveLength(0);
		expect([...day.line.ringEnds]).toEqual([2, 5]);
		expect([...day.line.polygonEnds]).toEqual([1, 2]);
		const buffers = packedBuffers(day);
		expect(buffers).toHaveLength(12);
		expect(new Set(buffers).size).toBe(12);
	});
});
