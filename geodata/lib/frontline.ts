import type { MultiPolygon, Polygon, Position } from 'geojson';

const KM_PER_DEG_LAT = 110.574;
const KM_PER_DEG_LON_EQUATOR = 111.32;

/** Line segments on a coarse lon/lat grid, to ask "is this point near any of them?" quickly. */
export interface EdgeIndex {
	cellDeg: number;
	/** x1, y1, x2, y2 per segment. */
	segments: Float64Array;
	cells: Map<string, number[]>;
}

export function edgeIndex(lines: readonly Position[][], cellDeg = 0.1): EdgeIndex {
	const count = lines.reduce((n, line) => n + Math.max(0, line.length - 1), 0);
	const segments = new Float64Array(count * 4);
	const cells = new Map<string, number[]>();
	let s = 0;
	for (const line of lines) {
		for (let i = 1; i < line.length; i++) {
			const [x1, y1] = line[i - 1];
			const [x2, y2] = line[i];
			segments.set([x1, y1, x2, y2], s * 4);
			const [cx1, cx2] = [
				Math.floor(Math.min(x1, x2) / cellDeg),
				Math.floor(Math.max(x1, x2) / cellDeg)
			];
			const [cy1, cy2] = [
				Math.floor(Math.min(y1, y2) / cellDeg),
				Math.floor(Math.max(y1, y2) / cellDeg)
			];
			for (let cx = cx1; cx <= cx2; cx++) {
				for (let cy = cy1; cy <= cy2; cy++) {
					const key = `${cx}:${cy}`;
					const bucket = cells.get(key);
					if (bucket) bucket.push(s);
					else cells.set(key, [s]);
				}
			}
			s++;
		}
	}
	return { cellDeg, segments, cells };
}

/** Whether a point lies within `toleranceKm` of any indexed segment. */
export function isNearEdge(index: EdgeIndex, [lon, lat]: Position, toleranceKm: number): boolean {
	const kmPerDegLon = KM_PER_DEG_LON_EQUATOR * Math.cos((lat * Math.PI) / 180);
	const reach = Math.ceil(toleranceKm / KM_PER_DEG_LAT / index.cellDeg) + 1;
	const cx = Math.floor(lon / index.cellDeg);
	const cy = Math.floor(lat / index.cellDeg);
	for (let dx = -reach; dx <= reach; dx++) {
		for (let dy = -reach; dy <= reach; dy++) {
			for (const s of index.cells.get(`${cx + dx}:${cy + dy}`) ?? []) {
				const o = s * 4;
				const d = segmentDistanceKm(
					(index.segments[o] - lon) * kmPerDegLon,
					(index.segments[o + 1] - lat) * KM_PER_DEG_LAT,
					(index.segments[o + 2] - lon) * kmPerDegLon,
					(index.segments[o + 3] - lat) * KM_PER_DEG_LAT
				);
				if (d <= toleranceKm) return true;
			}
		}
	}
	return false;
}

/** Distance from the origin to the segment (x1, y1)–(x2, y2), in the same planar units. */
function segmentDistanceKm(x1: number, y1: number, x2: number, y2: number): number {
	const dx = x2 - x1;
	const dy = y2 - y1;
	const lengthSquared = dx * dx + dy * dy;
	const t =
		lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(x1 * dx + y1 * dy) / lengthSquared));
	return Math.hypot(x1 + t * dx, y1 + t * dy);
}

export function lengthKm(line: readonly Position[]): number {
	let km = 0;
	for (let i = 1; i < line.length; i++) {
		const [x1, y1] = line[i - 1];
		const [x2, y2] = line[i];
		const kmPerDegLon = KM_PER_DEG_LON_EQUATOR * Math.cos((((y1 + y2) / 2) * Math.PI) / 180);
		km += Math.hypot((x2 - x1) * kmPerDegLon, (y2 - y1) * KM_PER_DEG_LAT);
	}
	return km;
}

export interface FrontLineOptions {
	/** A boundary stretch this close to an excluded edge (a border, a coast) is not front. */
	toleranceKm: number;
	/** Pieces shorter than this are noise where the boundary leaves a border. */
	minLengthKm: number;
}

/**
 * The front line of a controlled area: its boundary, without the stretches that run along the
 * international border, the coast or any other excluded edge. A segment is excluded when both its
 * ends and its middle lie near an excluded edge, so a front that crosses a border is kept.
 */
export function frontLine(
	area: Polygon | MultiPolygon | null,
	excluded: EdgeIndex,
	options: FrontLineOptions
): Position[][] {
	if (!area) return [];
	const polygons = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
	const lines: Position[][] = [];
	for (const polygon of polygons) {
		for (const ring of polygon) {
			for (const line of freeRuns(ring, excluded, options.toleranceKm)) {
				if (lengthKm(line) >= options.minLengthKm) lines.push(line);
			}
		}
	}
	return lines;
}

function freeRuns(
	ring: readonly Position[],
	excluded: EdgeIndex,
	toleranceKm: number
): Position[][] {
	const n = ring.length - 1; // closed ring: the last position repeats the first
	if (n < 3) return [];
	const near = ring.slice(0, n).map((p) => isNearEdge(excluded, p, toleranceKm));
	const onEdge = (i: number) => {
		const a = ring[i];
		const b = ring[i + 1];
		const middle = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
		return near[i] && near[(i + 1) % n] && isNearEdge(excluded, middle, toleranceKm);
	};
	const excludedSegment = Array.from({ length: n }, (_, i) => onEdge(i));
	const start = excludedSegment.indexOf(true);
	if (start === -1) return [ring.map((p) => [...p])];

	// Walk once around the ring from an excluded segment, so no run is split at the ring's start.
	const runs: Position[][] = [];
	let current: Position[] = [];
	for (let k = 1; k <= n; k++) {
		const i = (start + k) % n;
		if (excludedSegment[i]) {
			if (current.length > 1) runs.push(current);
			current = [];
		} else {
			if (current.length === 0) current.push([...ring[i]]);
			current.push([...ring[i + 1]]);
		}
	}
	if (current.length > 1) runs.push(current);
	return runs;
}
