import type { GeometryObject, Topology } from 'topojson-specification';

type ArcRing = number[];
type AnyGeometry = GeometryObject & { arcs?: unknown; geometries?: AnyGeometry[] };

/**
 * Removes what simplification collapsed and what no object uses. Simplifying keeps each arc's
 * ends, so a ring that is one small closed arc (an islet, a sliver) can shrink to fewer than four
 * points; such rings are dropped, polygons whose outer ring went are dropped, and the remaining
 * arcs are renumbered so unused ones leave the file.
 */
export function pruneTopology<T extends Topology>(topology: T): T {
	const points = (arcs: ArcRing) =>
		arcs.reduce((sum, index) => sum + topology.arcs[index < 0 ? ~index : index].length - 1, 1);
	const keepRing = (ring: ArcRing) => ring.length > 0 && points(ring) >= 4;
	const keepLine = (line: ArcRing) => line.length > 0 && points(line) >= 2;
	const polygon = (rings: ArcRing[]): ArcRing[] | null =>
		rings.length > 0 && keepRing(rings[0]) ? rings.filter(keepRing) : null;

	const clean = (geometry: AnyGeometry): AnyGeometry => {
		const g = geometry as AnyGeometry & { arcs: never };
		switch (geometry.type) {
			case 'GeometryCollection':
				return { ...geometry, geometries: (geometry.geometries ?? []).map(clean) } as AnyGeometry;
			case 'Polygon': {
				const rings = polygon(g.arcs as ArcRing[]);
				return rings ? ({ ...geometry, arcs: rings } as AnyGeometry) : nullGeometry(geometry);
			}
			case 'MultiPolygon': {
				const polygons = (g.arcs as ArcRing[][]).map(polygon).filter((p) => p !== null);
				return polygons.length
					? ({ ...geometry, arcs: polygons } as AnyGeometry)
					: nullGeometry(geometry);
			}
			case 'LineString':
				return keepLine(g.arcs as ArcRing) ? geometry : nullGeometry(geometry);
			case 'MultiLineString': {
				const lines = (g.arcs as ArcRing[]).filter(keepLine);
				return lines.length
					? ({ ...geometry, arcs: lines } as AnyGeometry)
					: nullGeometry(geometry);
			}
			default:
				return geometry;
		}
	};

	const objects = Object.fromEntries(
		Object.entries(topology.objects).map(([name, object]) => [name, clean(object as AnyGeometry)])
	);

	// Renumber the arcs still referenced, in first-use order (deterministic).
	const renumber = new Map<number, number>();
	const arcs: T['arcs'] = [];
	const remap = (index: number): number => {
		const absolute = index < 0 ? ~index : index;
		let next = renumber.get(absolute);
		if (next === undefined) {
			next = arcs.length;
			renumber.set(absolute, next);
			arcs.push(topology.arcs[absolute]);
		}
		return index < 0 ? ~next : next;
	};
	const visit = (value: unknown): unknown =>
		Array.isArray(value) ? value.map((v) => (typeof v === 'number' ? remap(v) : visit(v))) : value;
	const withArcs = (geometry: AnyGeometry): AnyGeometry => {
		if (geometry.type === 'GeometryCollection') {
			return { ...geometry, geometries: (geometry.geometries ?? []).map(withArcs) } as AnyGeometry;
		}
		return 'arcs' in geometry && geometry.arcs !== undefined
			? ({ ...geometry, arcs: visit(geometry.arcs) } as AnyGeometry)
			: geometry;
	};
	const renumbered = Object.fromEntries(
		Object.entries(objects).map(([name, object]) => [name, withArcs(object)])
	);
	return { ...topology, objects: renumbered, arcs };
}

/** A geometry that lost all its parts keeps its properties (its date) with `type: null`. */
function nullGeometry(geometry: AnyGeometry): AnyGeometry {
	const { properties, id } = geometry as AnyGeometry & { properties?: unknown; id?: unknown };
	return {
		type: null,
		...(id !== undefined && { id }),
		...(properties !== undefined && { properties })
	} as unknown as AnyGeometry;
}
