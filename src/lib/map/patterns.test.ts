import { describe, expect, it } from 'vitest';
import { diagonalHatch } from './patterns';

describe('diagonalHatch', () => {
	it('fills a diagonal band of opaque pixels and leaves the rest transparent', () => {
		const { width, height, data } = diagonalHatch('#a65a4e', 4, 1);
		expect([width, height, data.length]).toEqual([4, 4, 64]);
		const alpha = (x: number, y: number) => data[(y * 4 + x) * 4 + 3];
		expect([alpha(0, 0), alpha(3, 1), alpha(2, 2), alpha(1, 2)]).toEqual([255, 255, 255, 0]);
		expect([...data.slice(0, 3)]).toEqual([0xa6, 0x5a, 0x4e]);
	});

	it('leans the other way when asked, so two hatches on one area stay distinct', () => {
		const { data } = diagonalHatch('#000000', 4, 1, 'up');
		const alpha = (x: number, y: number) => data[(y * 4 + x) * 4 + 3];
		expect([alpha(0, 0), alpha(1, 1), alpha(3, 3), alpha(3, 1), alpha(1, 3)]).toEqual([
			255, 255, 255, 0, 0
		]);
	});

	it('rejects a colour it cannot parse', () => {
		expect(() => diagonalHatch('red')).toThrow('not a #rrggbb colour');
	});
});
