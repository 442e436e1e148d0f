import { describe, expect, it } from 'vitest';
import {
	PALETTE,
	PALETTES,
	paletteStyle,
	paletteVar,
	paletteVariable,
	recolourValue,
	recolouring,
	type PaletteName
} from './palette';
import { deltaE } from './colour-vision';

describe('themes', () => {
	it('map one light colour to one theme colour only', () => {
		for (const theme of ['dark', 'contrast'] as const) {
			const seen = new Map<string, string>();
			for (const name of Object.keys(PALETTE) as PaletteName[]) {
				const light = PALETTE[name].toLowerCase();
				const target = PALETTES[theme][name];
				expect(seen.get(light) ?? target, `${theme}: ${name}`).toBe(target);
				seen.set(light, target);
			}
		}
	});

	it('recolours colours inside expressions and leaves the rest', () => {
		const mapping = recolouring('contrast');
		expect(
			recolourValue(['case', ['get', 'ukraine'], PALETTE.ukraineBorder, PALETTE.border], mapping)
		).toEqual(['case', ['get', 'ukraine'], '#000000', '#000000']);
		expect(recolourValue(['get', 'name'], mapping)).toEqual(['get', 'name']);
		expect(recolourValue(3, mapping)).toBe(3);
	});

	it('the contrast map sets labels hard against their halo and land against sea', () => {
		const c = PALETTES.contrast;
		expect(deltaE(c.placeLabel, c.labelHalo)).toBeGreaterThan(90);
		expect(deltaE(c.land, c.sea)).toBeGreaterThan(10);
		expect(deltaE(c.control, c.land)).toBeGreaterThan(deltaE(PALETTE.control, PALETTE.land) - 1);
	});
});

describe('the palette as CSS custom properties', () => {
	it('names every colour of the theme, with the theme’s value', () => {
		const style = paletteStyle('dark');
		for (const name of Object.keys(PALETTE) as PaletteName[]) {
			expect(style).toContain(`${paletteVariable(name)}: ${PALETTES.dark[name]}`);
		}
		expect(paletteVariable('occupied2014Hatch')).toBe('--map-occupied2014-hatch');
		expect(paletteVar('control')).toBe(`var(--map-control, ${PALETTE.control})`);
	});
});
