import type { Box } from '../vocabulary';
import { CAMERA_BOUNDS, WORLD_BOUNDS } from './view';

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

/**
 * The low-detail world around the region (land, and the borders two countries share), cut from
 * `world.topo.json` like the basemap: MapLibre's worker fetches the few tiles in view, where the
 * page used to decode the whole file and copy 0.8 MB of GeoJSON to the worker (README, Benchmark).
 * Every tile in its bounds exists, an empty one as an empty file: most of the world is sea, and a
 * missing tile would be a failed request in the console for each.
 */
export const WORLD_TILES = {
	path: '/data/tiles/world',
	layer: 'world',
	/** The data's own detail (about 0.007°) is a unit of a zoom-4 tile: deeper tiles add nothing. */
	maxzoom: 4,
	bounds: WORLD_BOUNDS as Box,
	tileSize: 512,
	extent: 4096
} as const;

/** The tile URL template MapLibre's worker fetches, absolute (the worker has no page to resolve against). */
export function tileUrl(origin: string, tiles: { path: string }): string {
	return `${origin}${tiles.path}/{z}/{x}/{y}.pbf`;
}
