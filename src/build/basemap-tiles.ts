import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection } from 'geojson';
import { BASEMAP_TILES, WORLD_TILES } from '../lib/map/basemap-tiles';
import { GEOJSON_SOURCE_OPTIONS } from '../lib/map/style';
import type { Box } from '../lib/vocabulary';

/** How the basemap is cut: as MapLibre's worker cut it when it was a GeoJSON source (extent aside). */
export interface CutOptions {
	bounds: Box;
	maxzoom: number;
	/** The tile layer's name. */
	layer: string;
	extent: number;
	/** In tile units (MapLibre's GeoJSON source: its pixels × extent ÷ tile size). */
	buffer: number;
	/** Simplification, in tile units. */
	tolerance: number;
	/** Every tile in the bounds, an empty one as empty data (else those are left out). */
	keepEmpty?: boolean;
}

export interface Tile {
	z: number;
	x: number;
	y: number;
	/** The tile as a Mapbox Vector Tile (protobuf), as a tile server would send it. */
	data: Uint8Array;
}

/** The x or y index of the tile at zoom `z` holding a longitude or latitude (Web Mercator). */
export function tileX(lng: number, z: number): number {
	return Math.min(2 ** z - 1, Math.floor(((lng + 180) / 360) * 2 ** z));
}

export function tileY(lat: number, z: number): number {
	const rad = (lat * Math.PI) / 180;
	const y = (1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2;
	return Math.min(2 ** z - 1, Math.max(0, Math.floor(y * 2 ** z)));
}

/** Every tile at zoom `z` that a box touches, west to east and north to south. */
export function tilesCovering([[w, s], [e, n]]: Box, z: number): { x: number; y: number }[] {
	const tiles = [];
	for (let x = tileX(w, z); x <= tileX(e, z); x++)
		for (let y = tileY(n, z); y <= tileY(s, z); y++) tiles.push({ x, y });
	return tiles;
}

/**
 * The tiles of a collection from zoom 0 to `maxzoom` inside `bounds`: the same tiling MapLibre's
 * worker does for a GeoJSON source (its own geojson-vt and vt-pbf), done once at build time.
 * Tiles with nothing in them are left out, or with `keepEmpty` kept as empty data (MapLibre reads
 * an empty tile as a tile without features).
 */
export function cutTiles(collection: FeatureCollection, options: CutOptions): Tile[] {
	const index = new GeoJSONVT(collection, {
		maxZoom: options.maxzoom,
		tolerance: options.tolerance,
		extent: options.extent,
		buffer: options.buffer
	});
	const tiles: Tile[] = [];
	for (let z = 0; z <= options.maxzoom; z++) {
		for (const { x, y } of tilesCovering(options.bounds, z)) {
			const tile = index.getTile(z, x, y);
			if (!tile || tile.features.length === 0) {
				if (options.keepEmpty) tiles.push({ z, x, y, data: new Uint8Array(0) });
				continue;
			}
			const data = fromGeojsonVt({ [options.layer]: tile }, { version: 2, extent: options.extent });
			tiles.push({ z, x, y, data });
		}
	}
	return tiles;
}

/**
 * The basemap's cut: MapLibre's tiling of the GeoJSON source it was (GEOJSON_SOURCE_OPTIONS, in
 * pixels of a 512-px tile, here in tile units; the extent is BASEMAP_TILES's). The deepest tiles
 * are drawn enlarged up to the camera's deepest zoom: geojson-vt leaves the deepest zoom it cuts
 * unsimplified, so they hold every vertex of the data, as close to it as the worker's own deeper
 * tiles were.
 */
export function basemapCutOptions(): CutOptions {
	return cutOptionsFor(BASEMAP_TILES);
}

/** The world's cut: as the basemap's, every tile kept (WORLD_TILES). */
export function worldCutOptions(): CutOptions {
	return { ...cutOptionsFor(WORLD_TILES), keepEmpty: true };
}

function cutOptionsFor(tiles: typeof BASEMAP_TILES | typeof WORLD_TILES): CutOptions {
	const unitsPerPixel = tiles.extent / tiles.tileSize;
	return {
		bounds: tiles.bounds,
		maxzoom: tiles.maxzoom,
		layer: tiles.layer,
		extent: tiles.extent,
		buffer: GEOJSON_SOURCE_OPTIONS.buffer * unitsPerPixel,
		tolerance: GEOJSON_SOURCE_OPTIONS.tolerance * unitsPerPixel
	};
}
