import type { Map as MapLibreMap } from 'maplibre-gl';
import type { DayLook, Rgba } from './day-layer';
import { parseHex } from './patterns';
import { FRONT_AREA_DRAWS, FRONT_LINE_DRAWS, PATTERNS } from './style';

/** A colour as MapLibre evaluates it: RGB premultiplied by alpha, all in 0..1. */
interface EvaluatedColour {
	r: number;
	g: number;
	b: number;
	a: number;
}

/** Reads one evaluated paint value of a layer at the map's current zoom. */
export type PaintReader = (layer: string, property: string) => unknown;

/**
 * The day-switch layer's look, taken from the front-line layers MapLibre draws: their colours
 * and widths as evaluated now (theme, colour-vision palette and present-mode scale included), and
 * the hatch colour the pattern images are drawn in.
 */
export function dayLook(paint: PaintReader, hatchColour: (pattern: string) => string): DayLook {
	return {
		fills: FRONT_AREA_DRAWS.map(({ layer, pattern }) => {
			const opacity = number(paint(layer, 'fill-opacity'), 1);
			if (pattern) {
				const direction = PATTERNS[pattern].direction === 'up' ? -1 : 1;
				return { colour: withOpacity(hexColour(hatchColour(pattern)), opacity), hatch: direction };
			}
			return { colour: withOpacity(colour(paint(layer, 'fill-color')), opacity), hatch: 0 };
		}),
		lines: FRONT_LINE_DRAWS.map((layer) => ({
			colour: withOpacity(
				colour(paint(layer, 'line-color')),
				number(paint(layer, 'line-opacity'), 1)
			),
			width: number(paint(layer, 'line-width'), 1)
		}))
	};
}

/**
 * Evaluated paint from MapLibre's style layer. `paint` is typed `unknown` in MapLibre's public
 * types; this is the one place that reads it, and a value of an unexpected shape reads as absent.
 */
export function evaluatedPaint(map: MapLibreMap): PaintReader {
	return (layerId, property) => {
		const paint = map.getLayer(layerId)?.paint as { get?: (name: string) => unknown } | undefined;
		const value = paint?.get?.(property);
		if (value && typeof value === 'object' && 'constantOr' in value) {
			return (value as { constantOr(fallback: undefined): unknown }).constantOr(undefined);
		}
		return value;
	};
}

function number(value: unknown, fallback: number): number {
	return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function colour(value: unknown): Rgba {
	const c = value as Partial<EvaluatedColour> | undefined;
	if (c && [c.r, c.g, c.b, c.a].every((n) => typeof n === 'number')) {
		return [c.r!, c.g!, c.b!, c.a!];
	}
	return [0, 0, 0, 0];
}

/** `#rrggbb` as premultiplied RGBA (opaque); anything else as transparent. */
export function hexColour(hex: string): Rgba {
	try {
		const [r, g, b] = parseHex(hex);
		return [r / 255, g / 255, b / 255, 1];
	} catch {
		return [0, 0, 0, 0];
	}
}

function withOpacity([r, g, b, a]: Rgba, opacity: number): Rgba {
	return [r * opacity, g * opacity, b * opacity, a * opacity];
}
