import { describe, expect, it } from 'vitest';
import { CREDIT_CORNER, watchCreditHeight } from './credit-room';

/** A map container with (or without) a credit corner, and an observer the test drives. */
function fakeMap(hasCorner: boolean) {
	const corner = {};
	let report: ((px: number) => void) | null = null;
	let stopped = false;
	return {
		container: {
			querySelector: (selector: string) => (selector === CREDIT_CORNER && hasCorner ? corner : null)
		} as unknown as ParentNode,
		observe: (target: Element, onHeight: (px: number) => void) => {
			expect(target).toBe(corner);
			report = onHeight;
			return () => (stopped = true);
		},
		resize: (px: number) => report?.(px),
		get stopped() {
			return stopped;
		}
	};
}

describe('watchCreditHeight', () => {
	it('reports the credit’s height each time it changes, rounded up', () => {
		const map = fakeMap(true);
		const heights: number[] = [];
		const stop = watchCreditHeight(map.container, (px) => heights.push(px), map.observe);
		map.resize(19.4);
		map.resize(19.8);
		map.resize(39.2);
		map.resize(20);
		expect(heights).toEqual([20, 40, 20]);
		stop();
		expect(map.stopped).toBe(true);
	});

	it('reports nothing for a map without a credit corner', () => {
		const map = fakeMap(false);
		const heights: number[] = [];
		const stop = watchCreditHeight(map.container, (px) => heights.push(px), map.observe);
		expect(heights).toEqual([]);
		expect(() => stop()).not.toThrow();
	});
});
