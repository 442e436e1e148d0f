import type { Geometry, Position } from 'geojson';

/** The polygons of a geometry (rings of positions), whatever its type; none for others. */
export function polygonsOf(geometry: Geometry | null): Position[][][] {
	if (geometry?.type === 'Polygon') return [geometry.coordinates];
	if (geometry?.type === 'MultiPolygon') return geometry.coordinates;
	if (geometry?.type === 'GeometryCollection') return geometry.geometries.flatMap(polygonsOf);
	return [];
}

/** The lines of a geometry, whatever its type; none for others. */
export function pathsOf(geometry: Geometry | null): Position[][] {
	if (geometry?.type === 'LineString') return [geometry.coordinates];
	if (geometry?.type === 'MultiLineString') return geometry.coordinates;
	if (geometry?.type === 'GeometryCollection') return geometry.geometries.flatMap(pathsOf);
	return [];
}
