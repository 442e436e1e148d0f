import area from '@turf/area';
import { describe, expect, it } from 'vitest';
import { controlChanges, type ControlArea } from './changes';

/** A square of `size` degrees with its south-west corner at (lon, lat). */
const square = (lon: number, lat: number, size: number): ControlArea => ({
	type: 'Feature',
	properties: {},
	geometry: {
		type: 'Polygon',
		coordinates: [
			[
				[lon, lat],
				[lon + size, lat],
				[lon + size, lat + size],
				[lon, lat + size],
				[lon, lat]
			]
		]
	}
});

const km2 = (f: ControlArea) => area(f) / 1e6;

describe('controlChanges', () => {
	it('splits two overlapping areas into what was gained and what was lost', () => {
		// The control area moved one degree east: a strip gained in the east, one lost in the west.
		const before = square(30, 48, 2);
		const after = square(31, 48, 2);
		const changes = controlChanges(before, after);
		const strip = (lon: number) => km2(square(lon, 48, 1)) + km2(square(lon, 49, 1));
		expect(changes.gainedKm2).toBeCloseTo(strip(32), 3);
		expect(changes.lostKm2).toBeCloseTo(strip(30), 3);
		// Gained minus lost is the change in the whole area, as the chart's series has it.
		expect(changes.gainedKm2 - changes.lostKm2).toBeCloseTo(km2(after) - km2(before), 0);
		expect(changes.areas.features.map((f) => f.properties.change)).toEqual(['gained', 'lost']);
	});

	it('gives nothing where the two days are the same', () => {
		const changes = controlChanges(square(30, 48, 2), square(30, 48, 2));
		expect(changes.gainedKm2).toBe(0);
		expect(changes.lostKm2).toBe(0);
		expect(changes.areas.features).toEqual([]);
	});

	it('counts a whole area as gained or lost when the other day has none', () => {
		const only = square(30, 48, 1);
		expect(controlChanges(null, only).gainedKm2).toBeCloseTo(km2(only), 3);
		expect(controlChanges(only, null).lostKm2).toBeCloseTo(km2(only), 3);
		expect(controlChanges(null, null).areas.features).toEqual([]);
	});
});
