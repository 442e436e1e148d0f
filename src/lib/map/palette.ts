/** The map's colours in one place, so themes (and a legend) can read them. */
export const PALETTE = {
	sea: '#d6e3ec',
	land: '#f3f1ec',
	outsideData: '#e9e6df',
	ukraine: '#fbfaf6',
	oblastLine: '#c9c3b8',
	border: '#8d8a84',
	ukraineBorder: '#5b5852',
	occupied2014Fill: '#e8d3cf',
	occupied2014Hatch: '#a65a4e',
	occupied2014Line: '#8e4a40',
	water: '#b7cfe0',
	river: '#8fb3cf',
	riverLabel: '#4f7ea6',
	placeDot: '#56524b',
	placeLabel: '#2f2c28',
	areaLabel: '#7d776d',
	seaLabel: '#5d84a6',
	oblastLabel: '#a19a8e',
	labelHalo: '#ffffff',
	control: '#c2413a',
	advanceHatch: '#c2413a',
	counterHatch: '#2563a8',
	frontLine: '#7a1712',
	frontLineCasing: '#ffffff',
	venue: '#1d4f91',
	venueSelected: '#d97706',
	venueHalo: '#1d4f91',
	// Treaty layers: purple and orange stay apart for every common colour-vision type, and
	// neither is the red of Russian control or the blue of the venues.
	guarantor: '#6a51a3',
	guarantorLine: '#46307a',
	pending: '#c77c00',
	pendingLine: '#8a5300',
	excluded: '#3f4652',
	crimeaLine: '#1f2430',
	bandNear: '#01665e',
	bandFar: '#5ab4ac',
	bandLine: '#014d46',
	// A comparison of two days: orange and teal stay apart for the common colour-vision types
	// and from the control red; the reference day's line is dashed in near-black.
	compareGained: '#d95f02',
	compareLost: '#1b9e77',
	compareLine: '#262a33',
	// The force-caps chart: Ukraine's and Russia's positions.
	chartUkraine: '#1d4f91',
	chartRussia: '#b35806',
	// The scrubber's milestone marks, by kind (talks rounds use the page's accent).
	markDocument: '#6b3d00',
	markLeaders: '#2f6f4e',
	markStatement: '#5a4a8a',
	markMilitary: '#9a8f84'
} as const;

export type PaletteName = keyof typeof PALETTE;
export type Palette = Record<PaletteName, string>;

/**
 * A dark map for dim rooms, and a high-contrast one for washed-out projectors: white land, black
 * borders and labels, saturated fills. Treaty and chart colours keep their hues (they were chosen
 * for colour-blind readers) and only get stronger or lighter.
 */
export const DARK: Palette = {
	...PALETTE,
	sea: '#10202d',
	land: '#26241f',
	outsideData: '#1b1a17',
	ukraine: '#302d28',
	oblastLine: '#4f4a42',
	border: '#9a958c',
	ukraineBorder: '#d9d3c7',
	occupied2014Fill: '#5c302a',
	occupied2014Hatch: '#d9968a',
	occupied2014Line: '#e6a89c',
	water: '#173650',
	river: '#3a6f99',
	riverLabel: '#9cc0dc',
	placeDot: '#ddd7cb',
	placeLabel: '#f3efe6',
	areaLabel: '#bdb6a8',
	seaLabel: '#9cc0dc',
	oblastLabel: '#948d80',
	labelHalo: '#111111',
	control: '#e2574d',
	advanceHatch: '#e2574d',
	counterHatch: '#70abef',
	frontLine: '#ff9a8f',
	frontLineCasing: '#111111',
	venue: '#93c5ff',
	venueSelected: '#f5a524',
	venueHalo: '#93c5ff',
	chartUkraine: '#93c5ff',
	compareGained: '#f28e2b',
	compareLost: '#4fd1a5',
	compareLine: '#f2efe8',
	markDocument: '#e0a458',
	markLeaders: '#6fcf9c',
	markStatement: '#b9a8f0',
	markMilitary: '#8f877c'
};

export const CONTRAST: Palette = {
	...PALETTE,
	sea: '#b9dcff',
	land: '#ffffff',
	outsideData: '#d6d6d6',
	ukraine: '#ffffff',
	oblastLine: '#595959',
	border: '#000000',
	ukraineBorder: '#000000',
	occupied2014Fill: '#f4b6ad',
	occupied2014Hatch: '#6e0000',
	occupied2014Line: '#6e0000',
	water: '#7db6ee',
	river: '#0050b0',
	riverLabel: '#003a7f',
	placeDot: '#000000',
	placeLabel: '#000000',
	areaLabel: '#1f1f1f',
	seaLabel: '#003a7f',
	oblastLabel: '#2b2b2b',
	labelHalo: '#ffffff',
	control: '#c40000',
	advanceHatch: '#c40000',
	counterHatch: '#003fbf',
	frontLine: '#4d0000',
	frontLineCasing: '#ffffff',
	venue: '#00288a',
	venueSelected: '#b85500',
	venueHalo: '#00288a',
	chartUkraine: '#00288a',
	compareGained: '#b34700',
	compareLost: '#00775a',
	compareLine: '#000000',
	markDocument: '#5a2e00',
	markLeaders: '#0b5d32',
	markStatement: '#3d2a80',
	markMilitary: '#595959'
};

export const PALETTES = { light: PALETTE as Palette, dark: DARK, contrast: CONTRAST } as const;

/** Light colour → the theme's, for recolouring a style drawn with the light palette. */
export function recolouring(theme: keyof typeof PALETTES): Map<string, string> {
	const target = PALETTES[theme];
	const mapping = new Map<string, string>();
	for (const name of Object.keys(PALETTE) as PaletteName[]) {
		mapping.set(PALETTE[name].toLowerCase(), target[name]);
	}
	return mapping;
}

/** A style value with every palette colour in it swapped (numbers and other strings untouched). */
export function recolourValue(value: unknown, mapping: ReadonlyMap<string, string>): unknown {
	if (typeof value === 'string') return mapping.get(value.toLowerCase()) ?? value;
	if (Array.isArray(value)) return value.map((v) => recolourValue(v, mapping));
	return value;
}

/** `controlHatch` → `--map-control-hatch`: the CSS custom property of a palette colour. */
export function paletteVariable(name: PaletteName): string {
	return `--map-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/**
 * The theme's palette as CSS custom properties, set on the atlas's root element so the page's
 * keys (legend, scrubber marks, chart, treaty swatches) draw with the colours the map uses.
 */
export function paletteStyle(theme: keyof typeof PALETTES): string {
	const palette = PALETTES[theme];
	return (Object.keys(palette) as PaletteName[])
		.map((name) => `${paletteVariable(name)}: ${palette[name]}`)
		.join('; ');
}

/** A palette colour in CSS: the theme's variable, falling back to the light colour. */
export function paletteVar(name: PaletteName): string {
	return `var(${paletteVariable(name)}, ${PALETTE[name]})`;
}
