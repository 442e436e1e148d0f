import { VectorTile } from '@mapbox/vector-tile';
import type { FeatureCollection } from 'geojson';
import { readFileSync } from 'node:fs';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { decodeBasemap } from '../lib/map/basemap-data';
import { BASEMAP_TILES, WORLD_TILES } from '../lib/map/basemap-tiles';
import { basemapCollection, partsCollection } from '../lib/map/style';
import { CAMERA_BOUNDS } from '../lib/map/view';
import { decodeWorldBasemap } from '../lib/map/world-basemap';
import {
	basemapCutOptions,
	cutTiles,
	tilesCovering,
	tileX,
	tileY,
	worldCutOptions,
	type CutOptions
} from './basemap-tiles';

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
	// Wider than the square: at zoom 3 the bounds touch two tiles across, one of them empty.
	bounds: [
		[29, 44],
		[50, 47]
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
		// 29–50° E at zoom 3 (45° a tile) is tiles 4 and 5; 44–47° N is row 2.
		expect(tilesCovering(options.bounds, 3)).toEqual([
			{ x: 4, y: 2 },
			{ x: 5, y: 2 }
		]);
		// The camera's reach (8–57° E, 29–62° N) at zoom 5: x 16–21, y 8–13.
		const z5 = tilesCovering(CAMERA_BOUNDS, 5);
		expect(z5).toHaveLength(36);
		expect(z5[0]).toEqual({ x: 16, y: 8 });
		expect(z5.at(-1)).toEqual({ x: 21, y: 13 });
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
		// At zoom 3 the square (30–31° E) is in tile 4 only; tile 5 (45–90° E) is left out.
		expect(tiles.filter((t) => t.z === 3).map((t) => t.x)).toEqual([4]);
	});

	it('keeps the empty tiles as empty data when asked, each once', () => {
		const all = cutTiles(square, { ...options, keepEmpty: true });
		let expected = 0;
		for (let z = 0; z <= options.maxzoom; z++) expected += tilesCovering(options.bounds, z).length;
		expect(all).toHaveLength(expected);
		expect(new Set(all.map((t) => `${t.z}/${t.x}/${t.y}`)).size).toBe(expected);
		const empty = all.filter((t) => t.data.length === 0);
		expect(empty.map((t) => `${t.z}/${t.x}/${t.y}`)).toEqual(['3/5/2']);
		// What MapLibre's worker reads from it: a tile without layers.
		expect(Object.keys(decode(empty[0].data).layers)).toEqual([]);
	});

	it('leaves the deepest zoom unsimplified, so it can be drawn enlarged', () => {
		// A line with a kink far smaller than the tolerance at zoom 2, but kept at zoom 3.
		const kinked: FeatureCollection = {
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					properties: { part: 'rivers' },
					geometry: {
						type: 'LineString',
						coordinates: [
							[30, 45],
							[30.5, 45.0005],
							[31, 45]
						]
					}
				}
			]
		};
		const vertices = (z: number) => {
			const tile = cutTiles(kinked, options).find((t) => t.z === z)!;
			return decode(tile.data).layers.basemap.feature(0).loadGeometry()[0].length;
		};
		expect(vertices(2)).toBe(2);
		expect(vertices(3)).toBe(3);
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

	it('are as many as the service worker and the README count: 513, 52 of them to zoom 5', () => {
		expect(tiles).toHaveLength(513);
		expect(tiles.filter((t) => t.z <= 5)).toHaveLength(52);
	});
});

describe('the world’s tiles', () => {
	const world = decodeWorldBasemap(
		JSON.parse(readFileSync('static/data/world.topo.json', 'utf8'))
	);
	const tiles = cutTiles(partsCollection({ ...world }), worldCutOptions());

	it("are every tile of the world to zoom 4, the sea's empty, land and borders in the rest", () => {
		for (let z = 0; z <= WORLD_TILES.maxzoom; z++) {
			expect(tiles.filter((t) => t.z === z), `zoom ${z}`).toHaveLength(
				tilesCovering(WORLD_TILES.bounds, z).length
			);
		}
		// The eastern Pacific (zoom 4: 135–112.5° W, 0–21° N) is sea; Riyadh's tile has both parts.
		const at = (z: number, lng: number, lat: number) =>
			tiles.find((t) => t.z === z && t.x === tileX(lng, z) && t.y === tileY(lat, z))!;
		expect(at(4, -125, 10).data.length).toBe(0);
		const riyadh = decode(at(4, 46.7, 24.7).data).layers[WORLD_TILES.layer];
		const parts = new Set<unknown>();
		for (let i = 0; i < riyadh.length; i++) parts.add(riyadh.feature(i).properties.part);
		expect([...parts].sort()).toEqual(['borders', 'land']);
	});
});
