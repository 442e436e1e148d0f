/** RGBA pixels that MapLibre's addImage accepts directly, built without a canvas. */
export interface PatternImage {
	width: number;
	height: number;
	data: Uint8Array;
}

/**
 * A tileable diagonal hatch: `line` pixels of colour every `size` pixels. Built from pixels so it
 * needs no sprite file and no canvas, and reads as a pattern even in greyscale print.
 */
export function diagonalHatch(
	hexColour: string,
	size = 8,
	line = 2,
	direction: 'down' | 'up' = 'down'
): PatternImage {
	const [r, g, b] = parseHex(hexColour);
	const data = new Uint8Array(size * size * 4);
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			// `down` runs from top left to bottom right, `up` the other way, so two hatches overlaid
			// on one area stay distinct.
			const diagonal = direction === 'down' ? x + y : x - y + size;
			if (diagonal % size < line) {
				const i = (y * size + x) * 4;
				data[i] = r;
				data[i + 1] = g;
				data[i + 2] = b;
				data[i + 3] = 255;
			}
		}
	}
	return { width: size, height: size, data };
}

/** `#rrggbb` as 0–255 channels; throws on anything else. */
export function parseHex(hex: string): [number, number, number] {
	const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
	if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
	return [parseInt(match[1], 16), parseInt(match[2], 16), parseInt(match[3], 16)];
}
