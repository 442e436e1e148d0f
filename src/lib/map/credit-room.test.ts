import { describe, expect, it } from 'vitest';
import { CREDIT_CORNER, watchCreditHeight } from './credit-room';

/** A map container whose credit corner has a height the test sets, and a hand-driven observer. */
function fakeMap(height: number | null) {
	const corner = { height, getBoundingClientRect: () => ({ height: corner.height ?? 0 }) };
	let resized: (() => void) | null = null;
	let stopped = false;
	return {
		corner,
		container: {
			querySelector: (selector: string) =>
				selector === CREDIT_CORNER && height !== null ? corner : null
		} as unknown as ParentNode,
		observe: (_target: Element, onResize: () => void) => {
			resized = onResize;
			return () => (stopped = true);
		},
		resize(next: number) {
			corner.height = next;
			resized?.();
		},
		get stopped() {
			return stopped;
		}
	};
}

describe('watchCreditHeight', () => {
	it('reports the credit’s height at once and each time it changes, rounded up', () => {
		const map = fakeMap(19.4);
		const heights: number[] = [];
		const stop = watchCreditHeight(map.container, (px) => heights.push(px), map.observe);
		map.resize(19.8);
		map.resize(39.2);
		map.resize(20);
		expect(heights).toEqual([20, 40, 20]);
		stop();
		expect(map.stopped).toBe(true);
	});

	it('reports nothing for a map without a credit corner', () => {
		const map = fakeMap(null);
		const heights: number[] = [];
		const stop = watchCreditHeight(map.container, (px) => heights.push(px), map.observe);
		expect(heights).toEqual([]);
		expect(() => stop()).not.toThrow();
	});
});
