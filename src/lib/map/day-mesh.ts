import earcut from 'earcut';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { AREA_KINDS, type FrontlineLayerKey } from '../frontlines/types';
import {
	packDay,
	packPaths,
	packPolygons,
	polygonRange,
	ringRange,
	type PackedDay,
	type PackedRings
} from './packed-day';

/**
 * One day's front lines as triangles ready for the GPU, so that showing the day later is only a
 * draw call (the day-switch layer, `day-layer.ts`). Coordinates are Web Mercator in [0, 1], the
 * world space of MapLibre's custom-layer matrix.
 */
export interface DayMesh {
	/** Each area kind's triangles: x, y pairs and the indices of their triangles. */
	areas: Record<FrontlineLayerKey, Triangles>;
	/** The front line as quads (segments) and discs (round joins and caps); see `lineMesh`. */
	line: Triangles;
}

export interface Triangles {
	/** Per vertex `stride` floats. */
	vertices: Float32Array;
	indices: Uint32Array;
}

/** Floats per line vertex: position, the other end of its segment, extrusion. */
export const LINE_STRIDE = 6;

export function mercatorX(lon: number): number {
	return (lon + 180) / 360;
}

export function mercatorY(lat: number): number {
	const sin = Math.sin((lat * Math.PI) / 180);
	return 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
}

/**
 * `tolerance`: how far (in Mercator units) the line may be simplified. MapLibre simplifies each
 * tile to about half a pixel; the raw line zigzags below a pixel and drawn unsimplified, with a
 * round join at every point, it reads as a string of beads.
 */
export function buildDayMesh(
	areas: FeatureCollection,
	line: FeatureCollection,
	tolerance = 0
): DayMesh {
	return packedDayMesh(packDay(areas, line), tolerance);
}

/** `buildDayMesh` from a day already packed (what the mesh worker is sent). */
export function packedDayMesh(day: PackedDay, tolerance = 0): DayMesh {
	const byKind = Object.fromEntries(
		AREA_KINDS.map((kind) => [kind, packedAreaTriangles(day.areas[kind])])
	) as Record<FrontlineLayerKey, Triangles>;
	return { areas: byKind, line: packedLineMesh(day.line, tolerance) };
}

/** The mesh's buffers, to hand it from a worker without copying. */
export function meshBuffers(mesh: DayMesh): ArrayBuffer[] {
	return [...Object.values(mesh.areas), mesh.line].flatMap((t) => [
		t.vertices.buffer as ArrayBuffer,
		t.indices.buffer as ArrayBuffer
	]);
}

/**
 * Polygons (with holes) triangulated by earcut, all features of one kind in one buffer (the
 * GeoJSON way in, for tests and callers without a packed day).
 */
export function areaTriangles(features: readonly Feature[]): Triangles {
	return packedAreaTriangles(packPolygons(features));
}

function packedAreaTriangles(packed: PackedRings): Triangles {
	const vertices: number[] = [];
	const indices: number[] = [];
	const { coords } = packed;
	for (let polygon = 0; polygon < packed.polygonEnds.length; polygon++) {
		const flat: number[] = [];
		const holes: number[] = [];
		const [firstRing, endRing] = polygonRange(packed, polygon);
		for (let ring = firstRing; ring < endRing; ring++) {
			if (ring > firstRing) holes.push(flat.length / 2);
			const [start, end] = ringRange(packed, ring);
			for (let i = start; i < end; i++)
				flat.push(mercatorX(coords[i * 2]), mercatorY(coords[i * 2 + 1]));
		}
		const base = vertices.length / 2;
		for (const i of earcut(flat, holes, 2)) indices.push(base + i);
		for (const value of flat) vertices.push(value);
	}
	return { vertices: new Float32Array(vertices), indices: new Uint32Array(indices) };
}

/**
 * Lines drawn with a width in screen pixels: each segment is a quad whose four corners carry both
 * ends, so the shader can turn the segment's direction on screen into an offset; each point also
 * gets a disc (a quad the shader rounds off), which makes the round joins and caps MapLibre draws.
 * Per vertex: x, y, other x, other y, extrusion across (±1), extrusion along (±1, discs only).
 */
export function lineMesh(features: readonly Feature[], tolerance = 0): Triangles {
	return packedLineMesh(packPaths(features), tolerance);
}

function packedLineMesh(packed: PackedRings, tolerance: number): Triangles {
	const vertices: number[] = [];
	const indices: number[] = [];
	const push = (a: Position, b: Position, across: number, along: number) =>
		vertices.push(a[0], a[1], b[0], b[1], across, along);
	const { coords } = packed;
	for (let ring = 0; ring < packed.ringEnds.length; ring++) {
		const [start, end] = ringRange(packed, ring);
		const path: Position[] = [];
		for (let i = start; i < end; i++)
			path.push([mercatorX(coords[i * 2]), mercatorY(coords[i * 2 + 1])]);
		const points = simplify(path, tolerance);
		for (let i = 0; i + 1 < points.length; i++) {
			const [a, b] = [points[i], points[i + 1]];
			const first = vertices.length / LINE_STRIDE;
			// The far end's offsets are mirrored: seen from b the segment runs the other way.
			push(a, b, 1, 0);
			push(a, b, -1, 0);
			push(b, a, -1, 0);
			push(b, a, 1, 0);
			indices.push(first, first + 1, first + 2, first + 1, first + 3, first + 2);
		}
		for (const p of points) {
			const first = vertices.length / LINE_STRIDE;
			// A disc: the other end is the point itself, which tells the shader to place a square.
			for (const [across, along] of [
				[-1, -1],
				[1, -1],
				[1, 1],
				[-1, 1]
			])
				push(p, p, across, along);
			indices.push(first, first + 1, first + 2, first, first + 2, first + 3);
		}
	}
	return { vertices: new Float32Array(vertices), indices: new Uint32Array(indices) };
}

/**
 * Douglas–Peucker: keeps the points that stray more than `tolerance` from the simplified line.
 * Iterative, so a long line cannot overflow the stack.
 */
export function simplify(points: Position[], tolerance: number): Position[] {
	if (tolerance <= 0 || points.length < 3) return points;
	const keep = new Uint8Array(points.length);
	keep[0] = keep[points.length - 1] = 1;
	const spans: [number, number][] = [[0, points.length - 1]];
	const limit = tolerance * tolerance;
	while (spans.length > 0) {
		const [first, last] = spans.pop()!;
		let farthest = -1;
		let farthestDistance = limit;
		for (let i = first + 1; i < last; i++) {
			const distance = segmentDistanceSquared(points[i], points[first], points[last]);
			if (distance > farthestDistance) {
				farthest = i;
				farthestDistance = distance;
			}
		}
		if (farthest < 0) continue;
		keep[farthest] = 1;
		spans.push([first, farthest], [farthest, last]);
	}
	return points.filter((_, i) => keep[i] === 1);
}

function segmentDistanceSquared(p: Position, a: Position, b: Position): number {
	const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
	const length = dx * dx + dy * dy;
	const t =
		length === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length));
	const [x, y] = [a[0] + t * dx - p[0], a[1] + t * dy - p[1]];
	return x * x + y * y;
}
