import { describe, expect, it } from 'vitest';
import { appliesTo, scaleValue } from './presentation';

describe('scaleValue', () => {
	it('scales numbers and the outputs of expressions, never their stops or conditions', () => {
		expect(scaleValue(2, 1.5)).toBe(3);
		expect(scaleValue(['interpolate', ['linear'], ['zoom'], 3, 1, 8, 2], 2)).toEqual([
			'interpolate',
			['linear'],
			['zoom'],
			3,
			2,
			8,
			4
		]);
		expect(scaleValue(['step', ['zoom'], 1, 5, 2], 2)).toEqual(['step', ['zoom'], 2, 5, 4]);
		expect(scaleValue(['match', ['get', 'rank'], 1, 13, 2, 12, 11], 2)).toEqual([
			'match',
			['get', 'rank'],
			1,
			26,
			2,
			24,
			22
		]);
		expect(scaleValue(['case', ['get', 'capital'], 3, 2], 2)).toEqual([
			'case',
			['get', 'capital'],
			6,
			4
		]);
	});

	it('scales outputs nested in outputs', () => {
		expect(
			scaleValue(['interpolate', ['linear'], ['zoom'], 3, ['case', ['get', 'u'], 1, 0.5], 7, 2], 2)
		).toEqual(['interpolate', ['linear'], ['zoom'], 3, ['case', ['get', 'u'], 2, 1], 7, 4]);
	});

	it('leaves what it does not know alone', () => {
		expect(scaleValue(['get', 'width'], 2)).toEqual(['get', 'width']);
		expect(scaleValue(undefined, 2)).toBeUndefined();
	});
});

describe('appliesTo', () => {
	it('matches a property to the layer type that has it', () => {
		expect(appliesTo('line-width', 'line')).toBe(true);
		expect(appliesTo('line-width', 'fill')).toBe(false);
		expect(appliesTo('text-size', 'symbol')).toBe(true);
		expect(appliesTo('circle-radius', 'symbol')).toBe(false);
	});
});
