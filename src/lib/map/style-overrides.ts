import { recolourValue, recolouring } from './palette';
import { appliesTo, SCALED_PROPERTIES, scaleValue } from './presentation';
import type { Theme } from '../theme';

/** Paint properties that carry colours. */
const COLOUR_PROPERTIES = [
	'background-color',
	'fill-color',
	'line-color',
	'circle-color',
	'circle-stroke-color',
	'text-color',
	'text-halo-color'
] as const;

/** How much larger present mode draws the map's lines and labels. */
export const PRESENT_SCALE = 1.6;

/** The part of a MapLibre map the overrides read and write (a stub in unit tests). */
export interface StyleTarget {
	getStyle(): { layers: readonly { id: string; type: string }[] };
	getLayer(id: string): { type: string } | undefined;
	getPaintProperty(layer: string, name: string): unknown;
	setPaintProperty(layer: string, name: string, value: unknown): void;
	getLayoutProperty(layer: string, name: string): unknown;
	setLayoutProperty(layer: string, name: string, value: unknown): void;
}

export interface StyleOverrides {
	/** Recolours every layer for a theme (light restores the style's own colours). */
	setTheme(theme: Theme): void;
	/** Present mode: lines, labels and dots drawn larger; off restores them. */
	setPresentation(on: boolean): void;
	/**
	 * Brings layers added after the style was built (the treaty layers) under the same theme and
	 * scale as the rest: whoever adds a layer calls this, so no layer is left in the light theme or
	 * at the screen's size.
	 */
	adopt(layerIds: readonly string[]): void;
	/** A light-palette colour in the current theme (hatch images are drawn with it). */
	colourOf(colour: string): string;
}

/**
 * The one place that changes a built style's values for the reader's setting: a theme's colours
 * and present mode's sizes. Each overridden property's own value is kept, and what is drawn is
 * always `scale(recolour(own value))`, so the two settings compose in any order and either can be
 * undone.
 */
export function createStyleOverrides(
	target: StyleTarget,
	onThemeChange: (colourOf: (colour: string) => string) => void = () => {}
): StyleOverrides {
	let theme: Theme = 'light';
	let scale = 1;
	let mapping: ReadonlyMap<string, string> = new Map();
	/** The style's own value of each property the overrides have touched, by `layer|kind|name`. */
	const own = new Map<string, unknown>();

	const colourOf = (colour: string) => mapping.get(colour.toLowerCase()) ?? colour;

	function override(
		layer: string,
		kind: 'paint' | 'layout',
		name: string,
		transform: (value: unknown) => unknown
	) {
		const key = `${layer}|${kind}|${name}`;
		const read = kind === 'paint' ? target.getPaintProperty : target.getLayoutProperty;
		const write = kind === 'paint' ? target.setPaintProperty : target.setLayoutProperty;
		if (!own.has(key)) {
			const current = read.call(target, layer, name);
			// A property the layer does not set keeps MapLibre's default, untouched.
			if (current === undefined) return;
			own.set(key, current);
		}
		write.call(target, layer, name, transform(own.get(key)));
	}

	function applyLayer(id: string, type: string) {
		for (const name of COLOUR_PROPERTIES) {
			if (appliesTo(name, type))
				override(id, 'paint', name, (value) => recolourValue(value, mapping));
		}
		for (const name of SCALED_PROPERTIES.paint) {
			if (appliesTo(name, type))
				override(id, 'paint', name, (value) => (scale === 1 ? value : scaleValue(value, scale)));
		}
		for (const name of SCALED_PROPERTIES.layout) {
			if (appliesTo(name, type))
				override(id, 'layout', name, (value) => (scale === 1 ? value : scaleValue(value, scale)));
		}
	}

	const applyAll = () => {
		for (const { id, type } of target.getStyle().layers) applyLayer(id, type);
	};

	return {
		setTheme(next) {
			if (next === theme) return;
			theme = next;
			mapping = next === 'light' ? new Map() : recolouring(next);
			applyAll();
			onThemeChange(colourOf);
		},
		setPresentation(on) {
			const next = on ? PRESENT_SCALE : 1;
			if (next === scale) return;
			scale = next;
			applyAll();
		},
		adopt(layerIds) {
			if (theme === 'light' && scale === 1) return;
			for (const id of layerIds) {
				const layer = target.getLayer(id);
				if (layer) applyLayer(id, layer.type);
			}
		},
		colourOf
	};
}
