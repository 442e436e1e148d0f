import { describe, expect, it } from 'vitest';
import { swipeAt, swipeKey } from './swipe';

describe('swipeKey', () => {
	it('moves the divider by a twentieth, a hundredth with Shift, a quarter a page, to the ends', () => {
		expect(swipeKey('ArrowRight', 0.5)).toBe(0.55);
		expect(swipeKey('ArrowLeft', 0.5, true)).toBe(0.49);
		expect(swipeKey('PageUp', 0.5)).toBe(0.75);
		expect(swipeKey('Home', 0.5)).toBe(0);
		expect(swipeKey('End', 0.2)).toBe(1);
		expect(swipeKey('ArrowRight', 0.98)).toBe(1);
		expect(swipeKey('ArrowLeft', 0.02)).toBe(0);
		expect(swipeKey('a', 0.5)).toBeNull();
	});
});

describe('swipeAt', () => {
	it('places the divider under the pointer, within the map', () => {
		expect(swipeAt(300, { left: 100, width: 400 })).toBe(0.5);
		expect(swipeAt(50, { left: 100, width: 400 })).toBe(0);
		expect(swipeAt(900, { left: 100, width: 400 })).toBe(1);
		expect(swipeAt(10, { left: 0, width: 0 })).toBe(0.5);
	});
});
