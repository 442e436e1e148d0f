import type { Feature, FeatureCollection } from 'geojson';
import { AREA_KINDS, type FrontlineLayerKey } from '../frontlines/types';
import { pathsOf, polygonsOf } from './geometry-parts';

/**
 * Rings or lines as flat arrays: every point's longitude and latitude in one buffer. A day goes to
 * the mesh worker like this, its buffers moved rather than copied; handed over as GeoJSON, the
 * structured clone of its thousands of little arrays was most of the page's share of preparing
 * the days around (556 ms of the 3 s after the first idle, phone view, 4× slower CPU).
 */
export interface PackedRings {
	/** x, y (longitude, latitude) of every point, ring after ring. */
	coords: Float64Array;
	/** Where each ring ends, in points (exclusive). */
	ringEnds: Uint32Array;
	/** Where each polygon ends, in rings (exclusive); a line's paths are one ring each. */
	polygonEnds: Uint32Array;
}

export interface PackedDay {
	/** Each area kind's polygons. */
	areas: Record<FrontlineLayerKey, PackedRings>;
	/** The front line's paths, one a polygon of one ring. */
	line: PackedRings;
}

/** Polygons (each a list of rings of points) packed into flat arrays. */
export function packRings(
	polygons: readonly (readonly (readonly (readonly number[])[])[])[]
): PackedRings {
	let points = 0;
	let rings = 0;
	for (const polygon of polygons) {
		rings += polygon.length;
		for (const ring of polygon) points += ring.length;
	}
	const coords = new Float64Array(points * 2);
	const ringEnds = new Uint32Array(rings);
	const polygonEnds = new Uint32Array(polygons.length);
	let point = 0;
	let ring = 0;
	polygons.forEach((polygon, p) => {
		for (const positions of polygon) {
			for (const position of positions) {
				coords[point * 2] = position[0];
				coords[point * 2 + 1] = position[1];
				point++;
			}
			ringEnds[ring++] = point;
		}
		polygonEnds[p] = ring;
	});
	return { coords, ringEnds, polygonEnds };
}

/** The features' polygons, packed; what is not a polygon is left out. */
export function packPolygons(features: readonly Feature[]): PackedRings {
	return packRings(features.flatMap((f) => polygonsOf(f.geometry)));
}

/** The features' lines, packed, each a polygon of one ring; what is not a line is left out. */
export function packPaths(features: readonly Feature[]): PackedRings {
	return packRings(features.flatMap((f) => pathsOf(f.geometry)).map((path) => [path]));
}

/** A day's areas (grouped by their `kind`) and line, packed. What is not an area or a line is left out. */
export function packDay(areas: FeatureCollection, line: FeatureCollection): PackedDay {
	const ofKind = (kind: FrontlineLayerKey) =>
		packPolygons(areas.features.filter((f) => f.properties?.kind === kind));
	return {
		areas: Object.fromEntries(AREA_KINDS.map((kind) => [kind, ofKind(kind)])) as Record<
			FrontlineLayerKey,
			PackedRings
		>,
		line: packPaths(line.features)
	};
}

/** The day's buffers, each once, for a transfer list. */
export function packedBuffers(day: PackedDay): ArrayBuffer[] {
	return [...Object.values(day.areas), day.line].flatMap((packed) => [
		packed.coords.buffer as ArrayBuffer,
		packed.ringEnds.buffer as ArrayBuffer,
		packed.polygonEnds.buffer as ArrayBuffer
	]);
}

/** The points of one ring: [start, end) in points. */
export function ringRange(packed: PackedRings, ring: number): [number, number] {
	return [ring === 0 ? 0 : packed.ringEnds[ring - 1], packed.ringEnds[ring]];
}

/** The rings of one polygon: [start, end) in rings. */
export function polygonRange(packed: PackedRings, polygon: number): [number, number] {
	return [polygon === 0 ? 0 : packed.polygonEnds[polygon - 1], packed.polygonEnds[polygon]];
}
