import { describe, expect, it } from 'vitest';
import { mapLocale } from './map-locale';

describe('MapLibre’s words', () => {
	it('are MapLibre’s own in English, and Ukrainian in the Ukrainian edition', () => {
		expect(mapLocale('en')).toBeUndefined();
		const uk = mapLocale('uk')!;
		expect(uk['NavigationControl.ZoomIn']).toBe('Наблизити');
		expect(uk['CooperativeGesturesHandler.WindowsHelpText']).toContain('Ctrl');
		for (const text of Object.values(uk)) expect(text).toMatch(/\p{Script=Cyrillic}/u);
	});
});
