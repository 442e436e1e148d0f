import { describe, expect, it } from 'vitest';
import { boxAround, fitMercator } from './projection';

describe('fitMercator', () => {
	it('puts the box corners on the viewBox edges of its tighter axis', () => {
		const p = fitMercator([20, 40, 40, 50], 1000, 1000, 0);
		// 20° of longitude is wider than 10° of latitude is tall, so x fills the width.
		expect(p.project([20, 45])[0]).toBeCloseTo(0, 6);
		expect(p.project([40, 45])[0]).toBeCloseTo(1000, 6);
		const [, top] = p.project([30, 50]);
		const [, bottom] = p.project([30, 40]);
		expect(top).toBeGreaterThan(0);
		expect(bottom).toBeLessThan(1000);
		expect(top + bottom).toBeCloseTo(1000, 6);
	});

	it('keeps y down and north up, and reports what the viewBox shows', () => {
		const p = fitMercator([22, 44, 40, 52.5], 1000, 640, 20);
		expect(p.project([30, 52])[1]).toBeLessThan(p.project([30, 45])[1]);
		const [w, s, e, n] = p.visible;
		expect(p.project([w, n])[0]).toBeCloseTo(0, 6);
		expect(p.project([w, n])[1]).toBeCloseTo(0, 6);
		expect(p.project([e, s])[0]).toBeCloseTo(1000, 6);
		expect(p.project([e, s])[1]).toBeCloseTo(640, 6);
	});

	it('measures kilometres like the globe does at the latitude', () => {
		const p = fitMercator([20, 40, 40, 55], 1000, 800);
		// One degree of longitude at 50° N is 71.5 km.
		const oneDegree = p.project([31, 50])[0] - p.project([30, 50])[0];
		expect(oneDegree / p.unitsPerKm(50)).toBeCloseTo(71.47, 1);
	});

	it('refuses an empty box', () => {
		expect(() => fitMercator([30, 50, 30, 51], 100, 100)).toThrow(/empty box/);
	});
});

describe('boxAround', () => {
	it('grows the box to the points, then by the margin', () => {
		expect(boxAround([0, 0, 10, 10], [[12, -2]], 0)).toEqual([0, -2, 12, 10]);
		expect(boxAround([0, 0, 10, 10], [], 0.1)).toEqual([-1, -1, 11, 11]);
	});
});
