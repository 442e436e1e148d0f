/**
 * Cuts the map's vector tiles: the basemap's from `static/data/basemap.topo.json` into
 * `static/data/tiles/basemap/`, and the low-detail world's from `static/data/world.topo.json` into
 * `static/data/tiles/world/` (not committed: derived from the committed TopoJSON on every build,
 * like the compiled messages). Run by `npm run build` and `npm run dev` before Vite.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { BASEMAP_URL, decodeBasemap } from '../lib/map/basemap-data';
import { BASEMAP_TILES, WORLD_TILES } from '../lib/map/basemap-tiles';
import { basemapCollection, partsCollection, type WorldPart } from '../lib/map/style';
import { WORLD_URL } from '../lib/map/treaty-data';
import { decodeWorldBasemap } from '../lib/map/world-basemap';
import { basemapCutOptions, cutTiles, worldCutOptions, type Tile } from './basemap-tiles';

/** Cuts one set of tiles and writes it, each tile a file (an empty one empty). */
function writeTiles(name: string, path: string, maxzoom: number, cut: () => Tile[]) {
	const started = performance.now();
	const tiles = cut();
	const out = `static${path}`;
	rmSync(out, { recursive: true, force: true });
	let bytes = 0;
	for (const { z, x, y, data } of tiles) {
		const file = `${out}/${z}/${x}/${y}.pbf`;
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, data);
		bytes += data.length;
	}
	const empty = tiles.filter((t) => t.data.length === 0).length;
	console.log(
		`${name} tiles: ${tiles.length} tiles${empty ? ` (${empty} empty)` : ''}, zoom 0–${maxzoom}, ${Math.round(bytes / 1024)} KB, in ${out} (${Math.round(performance.now() - started)} ms)`
	);
}

writeTiles('basemap', BASEMAP_TILES.path, BASEMAP_TILES.maxzoom, () => {
	const basemap = decodeBasemap(JSON.parse(readFileSync(`static${BASEMAP_URL}`, 'utf8')));
	return cutTiles(basemapCollection(basemap), basemapCutOptions());
});
writeTiles('world', WORLD_TILES.path, WORLD_TILES.maxzoom, () => {
	const world = decodeWorldBasemap(JSON.parse(readFileSync(`static${WORLD_URL}`, 'utf8')));
	return cutTiles(partsCollection<WorldPart>({ ...world }), worldCutOptions());
});
