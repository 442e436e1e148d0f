import type { Feature } from 'geojson';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { Objects, Topology } from 'topojson-specification';

export interface TopologyMeta {
	description: string;
	sources: string;
	attribution: string;
}

export interface TopologyOptions {
	/** Visvalingam threshold: triangles smaller than this (in square degrees) are dropped. 0 keeps all. */
	minWeight: number;
	/** Grid size for quantization (positions per axis over the bounding box). */
	quantization: number;
}

/**
 * Packs named layers into one TopoJSON topology. Shared borders (oblast edges, the occupied areas'
 * outlines) are stored once; simplifying the shared arcs keeps neighbours gap-free, and
 * quantization turns coordinates into small delta-encoded integers.
 */
export function toTopology(
	layers: Record<string, Feature[]>,
	options: TopologyOptions,
	meta: TopologyMeta
): Topology & { meta: TopologyMeta } {
	const objects = Object.fromEntries(
		Object.entries(layers).map(([name, features]) => [
			name,
			{ type: 'FeatureCollection' as const, features }
		])
	);
	let packed = topology(objects) as Topology<Objects<Record<string, unknown>>>;
	if (options.minWeight > 0) packed = simplify(presimplify(packed), options.minWeight);
	const quantized = quantize(packed, options.quantization);
	// presimplify stores a weight as a third value in each position; the quantized output drops
	// nothing by itself, so strip it to keep the file small.
	quantized.arcs = quantized.arcs.map((arc) => arc.map(([x, y]) => [x, y]));
	return { ...quantized, meta };
}

/** Compact JSON; key order comes from construction, so equal input gives byte-identical output. */
export function serialize(value: unknown): string {
	return JSON.stringify(value) + '\n';
}
