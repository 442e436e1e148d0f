import { describe, expect, it } from 'vitest';
import { geometryPath } from './svg-path';

const identity = (p: readonly number[]): [number, number] => [p[0], p[1]];

describe('geometryPath', () => {
	it('writes closed rings with Z and open lines without', () => {
		const square = geometryPath(
			{
				type: 'Polygon',
				coordinates: [
					[
						[0, 0],
						[10, 0],
						[10, 10],
						[0, 10],
						[0, 0]
					]
				]
			},
			identity
		);
		expect(square).toBe('M0 0l10 0 0 10-10 0Z');
		const path = geometryPath(
			{
				type: 'LineString',
				coordinates: [
					[0, 0],
					[5, 5]
				]
			},
			identity
		);
		expect(path).toBe('M0 0l5 5');
	});

	it('rounds to a tenth and drops points closer than the step', () => {
		const path = geometryPath(
			{
				type: 'LineString',
				coordinates: [
					[0, 0],
					[0.2, 0.1],
					[3.04, 4.06],
					[3.1, 4.1]
				]
			},
			identity,
			1
		);
		expect(path).toBe('M0 0l3 4.1');
	});

	it('writes steps relative to the rounded points, so no rounding error adds up', () => {
		const path = geometryPath(
			{
				type: 'LineString',
				coordinates: [
					[10.04, 0],
					[11.26, -0.5],
					[12.48, 0.3]
				]
			},
			identity,
			0
		);
		expect(path).toBe('M10 0l1.3-.5 1.2 .8');
	});

	it('gives nothing for rings thinned to a dot, and for points', () => {
		const speck = geometryPath(
			{
				type: 'MultiPolygon',
				coordinates: [
					[
						[
							[0, 0],
							[0.1, 0],
							[0.1, 0.1],
							[0, 0]
						]
					]
				]
			},
			identity
		);
		expect(speck).toBe('');
		expect(geometryPath({ type: 'Point', coordinates: [1, 1] }, identity)).toBe('');
		expect(geometryPath(null, identity)).toBe('');
	});
});
