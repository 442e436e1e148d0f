import type { Feature, Polygon, Position } from 'geojson';
import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { distance } from '@turf/distance';
import { describe, expect, it } from 'vitest';
import { dissolve, rangeBands } from './bands';

const square = (w: number, s: number, size: number): Feature<Polygon> => ({
	type: 'Feature',
	properties: {},
	geometry: {
		type: 'Polygon',
		coordinates: [
			[
				[w, s],
				[w + size, s],
				[w + size, s + size],
				[w, s + size],
				[w, s]
			]
		]
	}
});

describe('dissolve', () => {
	it('merges neighbouring parts into one outline', () => {
		const merged = dissolve([square(30, 48, 1), square(31, 48, 1)]);
		expect(merged.geometry.type).toBe('Polygon');
		const ring = merged.geometry.coordinates[0] as Position[];
		const lons = ring.map((p) => p[0]);
		expect([Math.min(...lons), Math.max(...lons)]).toEqual([30, 32]);
	});
});

describe('rangeBands', () => {
	// A 1° square at 48° N: the bands' outer edges must lie the stated distance from its edge.
	const shape = square(30, 48, 1);
	const [near, far] = rangeBands(shape, [280, 40]);

	it('sorts the ranges and records where each band starts', () => {
		expect(near.properties).toEqual({ rangeKm: 40, fromKm: 0 });
		expect(far.properties).toEqual({ rangeKm: 280, fromKm: 40 });
	});

	it('leaves the shape itself out, and each band out of the next', () => {
		expect(booleanPointInPolygon([30.5, 48.5], near)).toBe(false);
		expect(booleanPointInPolygon([30.5, 48.1], far)).toBe(false);
		// 20 km south of the square is in the near band, 100 km south in the far one.
		expect(booleanPointInPolygon([30.5, 48 - 20 / 111.2], near)).toBe(true);
		expect(booleanPointInPolygon([30.5, 48 - 100 / 111.2], far)).toBe(true);
		expect(booleanPointInPolygon([30.5, 48 - 100 / 111.2], near)).toBe(false);
	});

	it('puts the outer edge at the range, within 1 %', () => {
		const southOf = (band: Feature<Polygon | import('geojson').MultiPolygon>) => {
			const ring = (
				band.geometry.type === 'Polygon'
					? band.geometry.coordinates[0]
					: band.geometry.coordinates[0][0]
			) as Position[];
			return ring.reduce((low, p) => (p[1] < low[1] ? p : low));
		};
		const edge40 = distance(southOf(near), [southOf(near)[0], 48], { units: 'kilometers' });
		const edge280 = distance(southOf(far), [southOf(far)[0], 48], { units: 'kilometers' });
		expect(Math.abs(edge40 - 40) / 40).toBeLessThan(0.01);
		expect(Math.abs(edge280 - 280) / 280).toBeLessThan(0.01);
		expect(area(far)).toBeGreaterThan(area(near));
	});
});
