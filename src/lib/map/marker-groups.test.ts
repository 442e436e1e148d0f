import { describe, expect, it } from 'vitest';
import { groupNear, zoomToSeparate } from './marker-groups';

describe('groupNear', () => {
	it('gathers points closer than the distance, led by the first, and leaves the rest alone', () => {
		const groups = groupNear(
			[
				{ id: 'kyiv', x: 100, y: 100 },
				{ id: 'moscow', x: 300, y: 20 },
				{ id: 'bucha', x: 95, y: 97 }
			],
			28
		);
		expect(groups.map((g) => g.map((p) => p.id))).toEqual([['kyiv', 'bucha'], ['moscow']]);
	});
});

describe('zoomToSeparate', () => {
	it('is the zoom step that spreads the closest pair to the distance', () => {
		const pair = [
			{ id: 'a', x: 0, y: 0 },
			{ id: 'b', x: 4, y: 3 }
		];
		// 5 px apart: three zoom levels (2³ = 8 → 40 px) spread them past 28 px; log2(28/5) ≈ 2.49.
		expect(zoomToSeparate(pair, 28)).toBeCloseTo(Math.log2(28 / 5));
		expect(zoomToSeparate([{ id: 'a', x: 0, y: 0 }], 28)).toBe(0);
	});
});
