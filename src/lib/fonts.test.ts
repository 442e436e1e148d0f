import { describe, expect, it } from 'vitest';
import {
	CYRILLIC_FACES,
	fallbackMetric,
	firstFaces,
	LATIN_FACES,
	PAGE_FONT_FACE_CSS
} from './fonts';

describe('the page’s font faces', () => {
	it('swap Noto Sans in over a fallback sized to its metrics', () => {
		// Latin, Latin Extended and Cyrillic, in two weights.
		expect(PAGE_FONT_FACE_CSS.match(/font-family:'Noto Sans';/g)).toHaveLength(6);
		expect(PAGE_FONT_FACE_CSS).toContain('unicode-range:U+0301,U+0400-045F,U+0490-0491');
		expect(PAGE_FONT_FACE_CSS).not.toContain('font-display:optional');
		const fallbacks = PAGE_FONT_FACE_CSS.split('\n').filter((rule) =>
			rule.includes("'Noto Sans Fallback'")
		);
		expect(fallbacks).toHaveLength(2);
		expect(fallbacks[0]).toContain("local('Liberation Sans')");
		expect(fallbacks[0]).toContain('size-adjust:104.93%');
	});

	it('scales a vertical metric by the fallback’s size adjustment', () => {
		expect(fallbackMetric(1.069, 100)).toBe(106.9);
		expect(fallbackMetric(1.069, 104.93)).toBeCloseTo(101.88, 2);
	});

	it('preloads the faces a page starts with: Cyrillic too on a Ukrainian page', () => {
		expect(firstFaces('en')).toEqual([LATIN_FACES.regular, LATIN_FACES.semibold]);
		expect(firstFaces('uk')).toEqual([
			CYRILLIC_FACES.regular,
			CYRILLIC_FACES.semibold,
			LATIN_FACES.regular,
			LATIN_FACES.semibold
		]);
	});
});
