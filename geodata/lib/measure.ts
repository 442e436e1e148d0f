import type { MultiPolygon, Polygon, Position } from 'geojson';
import { distance } from '@turf/distance';

/** Every ring of a polygon or multipolygon: outer edges and holes alike. */
export function ringsOf(geometry: Polygon | MultiPolygon): Position[][] {
	return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/**
 * Great-circle distance in km from a point to the nearest edge of some rings. The nearest point
 * on each segment is found in a plane scaled to the point's latitude (segments are a few km
 * long), then measured with turf's haversine distance.
 */
export function distanceToRingsKm(point: Position, rings: readonly Position[][]): number {
	const [lon, lat] = point;
	const k = Math.cos((lat * Math.PI) / 180);
	let best = Infinity;
	for (const ring of rings) {
		for (let i = 1; i < ring.length; i++) {
			const [a, b] = [ring[i - 1], ring[i]];
			const ax = (a[0] - lon) * k;
			const ay = a[1] - lat;
			const dx = (b[0] - a[0]) * k;
			const dy = b[1] - a[1];
			const length2 = dx * dx + dy * dy;
			const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2));
			const nearest = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
			best = Math.min(best, distance(point, nearest, { units: 'kilometers' }));
		}
	}
	return best;
}
