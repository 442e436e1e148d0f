import { parseHex as parseRgb255 } from './patterns';
/**
 * How a colour looks with each common colour-vision deficiency (Machado, Oliveira & Fernandes 2009,
 * severity 1.0), and how far apart two colours are (CIE76 ΔE in Lab). Used by tests to keep the
 * map's keys apart for colour-blind readers.
 */
export type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia';

const MACHADO: Record<Deficiency, number[][]> = {
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
};

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
	return parseRgb255(hex).map((v) => v / 255) as Rgb;
}

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const clamp = (c: number) => Math.min(1, Math.max(0, c));

/** Linear RGB as seen with a deficiency (or unchanged without one). */
function seen(hex: string, deficiency?: Deficiency): Rgb {
	const linear = parseHex(hex).map(toLinear) as Rgb;
	if (!deficiency) return linear;
	return MACHADO[deficiency].map((row) =>
		clamp(row[0] * linear[0] + row[1] * linear[1] + row[2] * linear[2])
	) as Rgb;
}

function lab([r, g, b]: Rgb): Rgb {
	// Linear sRGB → XYZ (D65) → CIE Lab.
	const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
	const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
	const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
	const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
	return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference between two colours as a reader with `deficiency` sees them. */
export function deltaE(a: string, b: string, deficiency?: Deficiency): number {
	const [l1, a1, b1] = lab(seen(a, deficiency));
	const [l2, a2, b2] = lab(seen(b, deficiency));
	return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
