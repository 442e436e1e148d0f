import type { FeatureCollection } from 'geojson';
import { decodeTopology } from './topology-file';

/**
 * The basemap as the pipeline writes it (geodata/basemap.ts): the map draws the tiles cut from it
 * at build time (src/build/basemap-tiles.ts); the handout's maps are drawn from it directly.
 */
export const BASEMAP_URL = '/data/basemap.topo.json';

export const BASEMAP_LAYERS = [
	'land',
	'lakes',
	'rivers',
	'oblasts',
	'occupied2014',
	'borders',
	'oblastLabels',
	'places',
	'areaLabels'
] as const;

export type BasemapLayerName = (typeof BASEMAP_LAYERS)[number];
export type BasemapLayers = Record<BasemapLayerName, FeatureCollection>;

/** Turns the basemap TopoJSON into one FeatureCollection per layer, checking every layer is there. */
export function decodeBasemap(json: unknown, url = BASEMAP_URL): BasemapLayers {
	return decodeTopology(json, url, BASEMAP_LAYERS);
}
