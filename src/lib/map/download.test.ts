import { describe, expect, it } from 'vitest';
import { captionLayout } from './burn-in';
import { pngFilename } from './download';

describe('pngFilename', () => {
	it('names the day and the milestone', () => {
		expect(pngFilename('2022-03-29', 'istanbul-communique')).toBe(
			'talks-atlas-2022-03-29-istanbul-communique.png'
		);
		expect(pngFilename('2022-05-01', null)).toBe('talks-atlas-2022-05-01.png');
	});
});

describe('captionLayout', () => {
	it('scales the caption with the pixel ratio and keeps it inside the image', () => {
		const one = captionLayout(1000, 600, 1);
		const two = captionLayout(2000, 1200, 2);
		expect(two.titleSize).toBe(one.titleSize * 2);
		expect(one.creditBaseline).toBeLessThan(600);
		expect(one.maxTextWidth).toBeLessThan(1000);
		expect(captionLayout(300, 200, 1).titleSize).toBe(14);
	});
});
