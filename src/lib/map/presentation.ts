/**
 * Present mode draws the map for the back of a classroom: every line width, text size and circle
 * radius scaled up. Style values are numbers or expressions (interpolate, step, match, case);
 * only their outputs are scaled, so zoom stops, labels and conditions stay as they are.
 */
export const SCALED_PROPERTIES = {
	paint: ['line-width', 'circle-radius', 'circle-stroke-width', 'text-halo-width'],
	layout: ['text-size']
} as const;

/** Only a layer of the property's own type has it (MapLibre throws when asked otherwise). */
export function appliesTo(property: string, layerType: string): boolean {
	const prefix = property.split('-')[0];
	return prefix === 'text' ? layerType === 'symbol' : prefix === layerType;
}

export function scaleValue(value: unknown, factor: number): unknown {
	if (typeof value === 'number') return value * factor;
	if (!Array.isArray(value) || typeof value[0] !== 'string') return value;
	const [op, ...args] = value;
	const scaled = (keep: (index: number) => boolean) => [
		op,
		...args.map((arg, i) => (keep(i) ? arg : scaleValue(arg, factor)))
	];
	switch (op) {
		// ['interpolate', type, input, stop, out, stop, out…]: outputs are at odd positions from 3.
		case 'interpolate':
			return scaled((i) => i < 2 || i % 2 === 0);
		// ['step', input, out0, stop, out…]
		case 'step':
			return scaled((i) => i === 0 || (i > 1 && i % 2 === 0));
		// ['match', input, label, out, …, default]
		case 'match':
			return scaled((i) => i === 0 || (i % 2 === 1 && i !== args.length - 1));
		// ['case', cond, out, …, default]
		case 'case':
			return scaled((i) => i % 2 === 0 && i !== args.length - 1);
		default:
			return value;
	}
}
