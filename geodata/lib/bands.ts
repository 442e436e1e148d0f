import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { buffer } from '@turf/buffer';
import { difference } from '@turf/difference';
import { featureCollection } from '@turf/helpers';
import { union } from '@turf/union';

type Polygonal = Polygon | MultiPolygon;
export type Band = Feature<Polygonal, { rangeKm: number; fromKm: number }>;

/** One outline from many polygons (Ukraine's 27 units → Ukraine), shared edges dissolved. */
export function dissolve(parts: readonly Feature<Polygonal>[]): Feature<Polygonal> {
	if (parts.length === 1) return { ...parts[0], properties: {} };
	const merged = union(featureCollection([...parts]));
	if (!merged) throw new Error('dissolve: the parts have no area');
	return { ...merged, properties: {} };
}

/**
 * Bands around a shape: everything within `ranges[0]` km of it (the shape itself left out), then
 * from `ranges[0]` to `ranges[1]` km, and so on. Distances are turf's buffers, which work in an
 * azimuthal equidistant projection centred on the shape, so they are true to about 1 % over a
 * country the size of Ukraine (the tests measure it).
 */
export function rangeBands(shape: Feature<Polygonal>, ranges: readonly number[]): Band[] {
	const sorted = [...ranges].sort((a, b) => a - b);
	const bands: Band[] = [];
	let inner: Feature<Polygonal> = shape;
	let fromKm = 0;
	for (const rangeKm of sorted) {
		const outer = buffer(shape, rangeKm, { units: 'kilometers', steps: 16 });
		if (!outer) throw new Error(`rangeBands: no buffer at ${rangeKm} km`);
		const band = difference(featureCollection([outer, inner]));
		if (!band) throw new Error(`rangeBands: the ${rangeKm} km band is empty`);
		bands.push({ type: 'Feature', properties: { rangeKm, fromKm }, geometry: band.geometry });
		inner = outer;
		fromKm = rangeKm;
	}
	return bands;
}
