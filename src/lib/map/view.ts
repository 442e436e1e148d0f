import type { FeatureCollection } from 'geojson';
import type { LngLatBoundsLike } from 'maplibre-gl';

import { DATA_BOUNDS, type Box } from '../vocabulary';

export { DATA_BOUNDS, type Box };

/** A closed, counter-clockwise ring around a box (reverse it for a hole). */
export function boxRing([[w, s], [e, n]]: Box): [number, number][] {
	return [
		[w, s],
		[e, s],
		[e, n],
		[w, n],
		[w, s]
	];
}

/**
 * How far the camera may go: wider than the data, so that a landscape window can show all of the
 * first view; the margin beyond the data is drawn as a neutral frame, not as sea.
 */
export const CAMERA_BOUNDS: Box = [
	[8, 29],
	[57, 62]
];

/**
 * How far the camera may go once the low-detail world basemap is drawn: the world's latitudes that
 * have land in it (Natural Earth's countries reach 58.5° S and 83.6° N), and all but a sliver of
 * its longitudes (MapLibre 6's `setMaxBounds` throws on a full 360° span).
 */
export const WORLD_BOUNDS: Box = [
	[-179.9, -58],
	[179.9, 83]
];

/** The first view: Belarus, Ukraine, western Russia with Moscow, and Türkiye's coasts. */
export const HOME_BOUNDS: LngLatBoundsLike = [
	[22.5, 36.3],
	[40.5, 56.2]
];

export const MIN_ZOOM = 2.5;
export const MAX_ZOOM = 9;

/** With the guarantor layer the camera may leave Europe: the guarantors reach from Canada to China. */
export const WORLD_MIN_ZOOM = 0;

/** Whether a view (its west-south and east-north corners) reaches beyond a box anywhere. */
export function reachesBeyond([[w, s], [e, n]]: Box, [[bw, bs], [be, bn]]: Box): boolean {
	return w < bw || s < bs || e > be || n > bn;
}

/**
 * The detailed basemap's extent as a polygon: laid over the low-detail world (in the basemap and
 * in the guarantor layer's world view) so that inside it only the detailed shapes show.
 */
export function dataBoxPolygon(): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties: {},
				geometry: { type: 'Polygon', coordinates: [boxRing(DATA_BOUNDS)] }
			}
		]
	};
}
