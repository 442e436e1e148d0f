import { VectorTile } from '@mapbox/vector-tile';
import type { FeatureCollection } from 'geojson';
import { readFileSync } from 'node:fs';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { decodeBasemap } from '../lib/map/basemap-data';
import { BASEMAP_TILES } from '../lib/map/basemap-tiles';
import { basemapCollection } from '../lib/map/style';
import { CAMERA_BOUNDS, MAX_ZOOM } from '../lib/map/view';
import { basemapCutOptions, cutTiles, tilesCovering, tileX, tileY, type CutOptions } from './basemap-tiles';

const square: FeatureCollection = {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			properties: { part: 'land', name: 'Square', rank: 3 },
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[30, 45],
						[31, 45],
						[31, 46],
						[30, 46],
						[30, 45]
					]
				]
			}
		}
	]
};

const options: CutOptions = {
	bounds: [
		[29, 44],
		[32, 47]
	],
	maxzoom: 3,
	layer: 'basemap',
	extent: 4096,
	buffer: 256,
	tolerance: 4
};

const decode = (data: Uint8Array) => new VectorTile(new PbfReader(data));

describe('tile indices', () => {
	it('finds the tile holding a place at each zoom (Web Mercator)', () => {
		expect([tileX(0, 0), tileY(0, 0)]).toEqual([0, 0]);
		// Kyiv (30.5° E, 50.45° N) at zoom 4 is tile 9/5, at zoom 7 tile 74/43.
		expect([tileX(30.5, 4), tileY(50.45, 4)]).toEqual([9, 5]);
		expect([tileX(30.5, 7), tileY(50.45, 7)]).toEqual([74, 43]);
		// The world's edges stay inside the grid.
		expect(tileX(180, 2)).toBe(3);
		expect(tileY(-85, 2)).toBe(3);
	});

	it('lists every tile a box touches, and only those', () => {
		expect(tilesCovering(options.bounds, 0)).toEqual([{ x: 0, y: 0 }]);
		const z5 = tilesCovering(CAMERA_BOUNDS, 5);
		const xs = new Set(z5.map((t) => t.x));
		const ys = new Set(z5.map((t) => t.y));
		expect(z5).toHaveLength(xs.size * ys.size);
		expect(Math.min(...xs)).toBe(tileX(CAMERA_BOUNDS[0][0], 5));
		expect(Math.max(...xs)).toBe(tileX(CAMERA_BOUNDS[1][0], 5));
	});
});

describe('cutTiles', () => {
	const tiles = cutTiles(square, options);

	it('cuts every zoom from 0 to the deepest, inside the bounds, leaving out empty tiles', () => {
		expect([...new Set(tiles.map((t) => t.z))]).toEqual([0, 1, 2, 3]);
		for (const tile of tiles) {
			expect(tilesCovering(options.bounds, tile.z)).toContainEqual({ x: tile.x, y: tile.y });
			expect(decode(tile.data).layers.basemap.length).toBeGreaterThan(0);
		}
		// At zoom 3 the bounds lie in one tile (0–45° E, 41–67° N).
		expect(tiles.filter((t) => t.z === 3)).toHaveLength(1);
	});

	it('keeps each feature’s properties, and its shape where the tile holds it', () => {
		const tile = tiles.find((t) => t.z === 3)!;
		const layer = decode(tile.data).layers[options.layer];
		const feature = layer.feature(0);
		expect(feature.properties).toEqual({ part: 'land', name: 'Square', rank: 3 });
		const shape = feature.toGeoJSON(tile.x, tile.y, tile.z);
		const [ring] = (shape.geometry as { coordinates: number[][][] }).coordinates;
		const lngs = ring.map(([lng]) => lng);
		const lats = ring.map(([, lat]) => lat);
		expect(Math.min(...lngs)).toBeCloseTo(30, 2);
		expect(Math.max(...lngs)).toBeCloseTo(31, 2);
		expect(Math.min(...lats)).toBeCloseTo(45, 2);
		expect(Math.max(...lats)).toBeCloseTo(46, 2);
	});
});

describe('the basemap’s tiles', () => {
	const basemap = basemapCollection(
		decodeBasemap(JSON.parse(readFileSync('static/data/basemap.topo.json', 'utf8')))
	);
	const cut = basemapCutOptions();
	const tiles = cutTiles(basemap, cut);

	it('cover the camera’s reach at every zoom to the deepest, all parts of the basemap in them', () => {
		for (let z = 0; z <= BASEMAP_TILES.maxzoom; z++) {
			// The frame beyond the data covers what the data does not: no tile in reach is empty.
			expect(tiles.filter((t) => t.z === z), `zoom ${z}`).toHaveLength(
				tilesCovering(BASEMAP_TILES.bounds, z).length
			);
		}
		const parts = new Set<unknown>();
		for (const tile of tiles.filter((t) => t.z === 4)) {
			const layer = decode(tile.data).layers[BASEMAP_TILES.layer];
			for (let i = 0; i < layer.length; i++) parts.add(layer.feature(i).properties.part);
		}
		expect([...parts].sort()).toEqual(
			[...new Set(basemap.features.map((f) => f.properties?.part))].sort()
		);
	});

	it('hold every vertex at the deepest zoom, so the camera’s deeper zooms lose nothing', () => {
		// Cut as finely as the deepest camera zoom would need (the tiles drawn 4× enlarged at 9):
		// the same bytes, so the data has no detail the deepest tiles leave out.
		const enlarged = 2 ** (MAX_ZOOM - BASEMAP_TILES.maxzoom);
		const finer = cutTiles(basemap, { ...cut, tolerance: cut.tolerance / enlarged });
		const deepest = (list: typeof tiles) =>
			list.filter((t) => t.z === BASEMAP_TILES.maxzoom).map((t) => Buffer.from(t.data).toString('base64'));
		expect(deepest(finer)).toEqual(deepest(tiles));
	});
});
