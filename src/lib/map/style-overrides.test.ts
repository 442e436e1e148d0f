import { describe, expect, it } from 'vitest';
import { PALETTE, PALETTES } from './palette';
import { createStyleOverrides, PRESENT_SCALE, type StyleTarget } from './style-overrides';

/** A style in memory, with MapLibre's getters and setters. */
function fakeMap(layers: { id: string; type: string; paint?: object; layout?: object }[]) {
	const style = layers.map((l) => ({
		...l,
		paint: { ...l.paint } as Record<string, unknown>,
		layout: { ...l.layout } as Record<string, unknown>
	}));
	const find = (id: string) => style.find((l) => l.id === id)!;
	const target: StyleTarget = {
		getStyle: () => ({ layers: style }),
		getLayer: (id) => style.find((l) => l.id === id),
		getPaintProperty: (id, name) => find(id).paint[name],
		setPaintProperty: (id, name, value) => void (find(id).paint[name] = value),
		getLayoutProperty: (id, name) => find(id).layout[name],
		setLayoutProperty: (id, name, value) => void (find(id).layout[name] = value)
	};
	return {
		target,
		add(layer: { id: string; type: string; paint?: object; layout?: object }) {
			style.push({
				...layer,
				paint: { ...layer.paint } as Record<string, unknown>,
				layout: { ...layer.layout } as Record<string, unknown>
			});
		},
		paint: (id: string, name: string) => find(id).paint[name],
		layout: (id: string, name: string) => find(id).layout[name]
	};
}

describe('style overrides', () => {
	it('recolours every layer for a theme and restores the light colours', () => {
		const map = fakeMap([
			{ id: 'land', type: 'fill', paint: { 'fill-color': PALETTE.land } },
			{ id: 'front', type: 'line', paint: { 'line-color': PALETTE.frontLine, 'line-width': 2 } }
		]);
		const overrides = createStyleOverrides(map.target);
		overrides.setTheme('dark');
		expect(map.paint('land', 'fill-color')).toBe(PALETTES.dark.land);
		expect(map.paint('front', 'line-color')).toBe(PALETTES.dark.frontLine);
		overrides.setTheme('light');
		expect(map.paint('land', 'fill-color')).toBe(PALETTE.land);
	});

	it('gives a layer added later the current theme and scale (treaty layers, B1 and B2)', () => {
		const map = fakeMap([{ id: 'land', type: 'fill', paint: { 'fill-color': PALETTE.land } }]);
		const overrides = createStyleOverrides(map.target);
		overrides.setTheme('dark');
		overrides.setPresentation(true);
		map.add({
			id: 'world-land',
			type: 'fill',
			paint: { 'fill-color': PALETTE.land }
		});
		map.add({
			id: 'guarantor-labels',
			type: 'symbol',
			paint: { 'text-halo-color': PALETTE.labelHalo, 'text-halo-width': 1.5 },
			layout: { 'text-size': ['interpolate', ['linear'], ['zoom'], 1, 10, 5, 14] }
		});
		overrides.adopt(['world-land', 'guarantor-labels']);
		expect(map.paint('world-land', 'fill-color')).toBe(PALETTES.dark.land);
		expect(map.paint('guarantor-labels', 'text-halo-color')).toBe(PALETTES.dark.labelHalo);
		expect(map.paint('guarantor-labels', 'text-halo-width')).toBeCloseTo(1.5 * PRESENT_SCALE);
		expect(map.layout('guarantor-labels', 'text-size')).toEqual([
			'interpolate',
			['linear'],
			['zoom'],
			1,
			10 * PRESENT_SCALE,
			5,
			14 * PRESENT_SCALE
		]);
		// And leaving both settings restores the added layers' own values too.
		overrides.setPresentation(false);
		overrides.setTheme('light');
		expect(map.paint('world-land', 'fill-color')).toBe(PALETTE.land);
		expect(map.paint('guarantor-labels', 'text-halo-width')).toBe(1.5);
	});

	it('composes theme and scale in either order without compounding', () => {
		const map = fakeMap([
			{ id: 'front', type: 'line', paint: { 'line-color': PALETTE.frontLine, 'line-width': 2 } }
		]);
		const overrides = createStyleOverrides(map.target);
		overrides.setPresentation(true);
		overrides.setTheme('contrast');
		overrides.setPresentation(false);
		overrides.setPresentation(true);
		expect(map.paint('front', 'line-width')).toBeCloseTo(2 * PRESENT_SCALE);
		expect(map.paint('front', 'line-color')).toBe(PALETTES.contrast.frontLine);
	});

	it('leaves properties a layer does not set to MapLibre’s defaults', () => {
		const map = fakeMap([{ id: 'dots', type: 'circle', paint: { 'circle-color': PALETTE.venue } }]);
		const overrides = createStyleOverrides(map.target);
		overrides.setPresentation(true);
		expect(map.paint('dots', 'circle-radius')).toBeUndefined();
	});

	it('tells the hatch images the theme’s colours', () => {
		const map = fakeMap([]);
		const seen: string[] = [];
		const overrides = createStyleOverrides(map.target, (colourOf) =>
			seen.push(colourOf(PALETTE.advanceHatch))
		);
		overrides.setTheme('dark');
		expect(seen).toEqual([PALETTES.dark.advanceHatch]);
		expect(overrides.colourOf(PALETTE.control)).toBe(PALETTES.dark.control);
	});
});
