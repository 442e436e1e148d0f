import type { Box } from '../vocabulary';
import { CAMERA_BOUNDS } from './view';

/**
 * The basemap as the map loads it: vector tiles cut at build time from `basemap.topo.json`
 * (src/build/basemap-tiles.ts), so that MapLibre's single worker only parses the tiles in view
 * instead of tiling the whole basemap while the map loads, and the page neither decodes the
 * TopoJSON nor copies the result to the worker (README, Benchmark).
 */
export const BASEMAP_TILES = {
	/** Where the tiles are, under the site's root (`{z}/{x}/{y}.pbf` below it). */
	path: '/data/tiles/basemap',
	/** The one layer in each tile; the parts of the basemap are told apart by `part`. */
	layer: 'basemap',
	/** Deeper zooms draw these tiles enlarged (the camera stops at 9). */
	maxzoom: 7,
	/** The camera's reach before the world basemap comes: no tile is cut or asked for beyond it. */
	bounds: CAMERA_BOUNDS as Box,
	/** A vector source's tile size in MapLibre. */
	tileSize: 512,
	/**
	 * Units across a tile. MapLibre cuts GeoJSON to 8192; 4096, the vector-tile norm, is a unit of
	 * half a pixel at the camera's deepest zoom (zoom-7 tiles drawn 4× enlarged at 9), and the
	 * tiles are 10 % smaller (the first view's 36 KB against 42 KB).
	 */
	extent: 4096
} as const;

/** The tile URL template MapLibre's worker fetches, absolute (the worker has no page to resolve against). */
export function basemapTileUrl(origin: string): string {
	return `${origin}${BASEMAP_TILES.path}/{z}/{x}/{y}.pbf`;
}
