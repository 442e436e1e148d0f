import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { edgeIndex, frontLine, isNearEdge, lengthKm } from './frontline';

// A "border" along the meridian 30° E, from 49° to 51° N.
const border = edgeIndex([
	[
		[30, 49],
		[30, 51]
	]
]);
const options = { toleranceKm: 2, minLengthKm: 0.5 };

describe('isNearEdge', () => {
	it('measures distance in kilometres, not degrees', () => {
		// 0.02° of longitude at 50° N is about 1.4 km; 0.04° about 2.9 km.
		expect(isNearEdge(border, [30.02, 50], 2)).toBe(true);
		expect(isNearEdge(border, [30.04, 50], 2)).toBe(false);
		expect(isNearEdge(border, [30, 51.1], 2)).toBe(false);
	});
});

describe('frontLine', () => {
	it('keeps the boundary away from the border and drops the stretch along it', () => {
		// A square east of the border, its west side on the border.
		const area: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[30, 49.5],
					[31, 49.5],
					[31, 50.5],
					[30, 50.5],
					[30, 49.5]
				]
			]
		};
		expect(frontLine(area, border, options)).toEqual([
			[
				[30, 49.5],
				[31, 49.5],
				[31, 50.5],
				[30, 50.5]
			]
		]);
	});

	it('keeps a whole ring that touches no border (a pocket or a bridgehead)', () => {
		const island: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[32, 49],
					[32.5, 49],
					[32.5, 49.5],
					[32, 49]
				]
			]
		};
		expect(frontLine(island, border, options)).toEqual([island.coordinates[0]]);
	});

	it('keeps a segment that crosses the border, even though both ends are near it', () => {
		const crossing: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[30.01, 49.0],
					[30.01, 48.0],
					[29.0, 48.0],
					[30.01, 49.0]
				]
			]
		};
		// The segment from (30.01, 48) to (29, 48) lies far from the border except at one end.
		const lines = frontLine(crossing, border, options);
		expect(lines.flat()).toEqual(expect.arrayContaining([[29.0, 48.0]]));
	});

	it('returns no line for no area', () => {
		expect(frontLine(null, border, options)).toEqual([]);
	});

	it('drops slivers shorter than the minimum length', () => {
		const sliver: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[30, 50],
					[30.003, 50.001],
					[30, 50.002],
					[30, 50]
				]
			]
		};
		expect(frontLine(sliver, border, { toleranceKm: 0.1, minLengthKm: 1 })).toEqual([]);
	});
});

describe('lengthKm', () => {
	it('measures a degree of latitude as about 110.6 km', () => {
		expect(
			lengthKm([
				[30, 50],
				[30, 51]
			])
		).toBeCloseTo(110.574, 2);
	});
});
