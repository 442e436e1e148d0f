/**
 * Cuts the basemap's vector tiles from `static/data/basemap.topo.json` into
 * `static/data/tiles/basemap/` (not committed: derived from the committed TopoJSON on every
 * build, like the compiled messages). Run by `npm run build` and `npm run dev` before Vite.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { BASEMAP_URL, decodeBasemap } from '../lib/map/basemap-data';
import { BASEMAP_TILES } from '../lib/map/basemap-tiles';
import { basemapCollection } from '../lib/map/style';
import { basemapCutOptions, cutTiles } from './basemap-tiles';

const started = performance.now();
const out = `static${BASEMAP_TILES.path}`;
const basemap = decodeBasemap(JSON.parse(readFileSync(`static${BASEMAP_URL}`, 'utf8')));
const tiles = cutTiles(basemapCollection(basemap), basemapCutOptions());
rmSync(out, { recursive: true, force: true });
let bytes = 0;
for (const { z, x, y, data } of tiles) {
	const file = `${out}/${z}/${x}/${y}.pbf`;
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, data);
	bytes += data.length;
}
console.log(
	`basemap tiles: ${tiles.length} tiles, zoom 0–${BASEMAP_TILES.maxzoom}, ${Math.round(bytes / 1024)} KB, in ${out} (${Math.round(performance.now() - started)} ms)`
);
