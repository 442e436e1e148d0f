import type { Topology } from 'topojson-specification';

/**
 * Absolute coordinates for a quantized topology: the arcs are delta-decoded and the transform
 * dropped. Simplification and re-quantization work on absolute coordinates.
 */
export function dequantize<T extends Topology>(topology: T): T {
	if (!topology.transform) return topology;
	const {
		scale: [sx, sy],
		translate: [tx, ty]
	} = topology.transform;
	const arcs = topology.arcs.map((arc) => {
		let x = 0;
		let y = 0;
		return arc.map(([dx, dy]) => {
			x += dx;
			y += dy;
			return [x * sx + tx, y * sy + ty];
		});
	});
	const copy = { ...topology, arcs };
	delete copy.transform;
	return copy;
}
