import { describe, expect, it, vi } from 'vitest';
import { inUkrainian } from './in-ukrainian';
import { formatNumber } from './locale';

describe('formatNumber', () => {
	it('writes numbers as each language groups them', () => {
		expect(formatNumber(118_000, 'en')).toBe('118,000');
		expect(formatNumber(118_000, 'uk')).toBe(new Intl.NumberFormat('uk').format(118_000));
		expect(inUkrainian(() => formatNumber(118_000))).toBe(formatNumber(118_000, 'uk'));
	});

	it('makes one formatter per language for the page’s life, not one per number', () => {
		formatNumber(1, 'en');
		const made = vi.spyOn(Intl, 'NumberFormat');
		try {
			for (let n = 0; n < 50; n++) formatNumber(n * 1000, 'en');
			expect(made).not.toHaveBeenCalled();
		} finally {
			made.mockRestore();
		}
	});
});
