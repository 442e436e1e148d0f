import type { FeatureCollection } from 'geojson';
import { BASEMAP_URL } from './basemap-url';
import { decodeTopology, loadTopology } from './topology-file';

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

export { BASEMAP_URL };

/** Turns the basemap TopoJSON into one FeatureCollection per layer, checking every layer is there. */
export function decodeBasemap(json: unknown, url = BASEMAP_URL): BasemapLayers {
	return decodeTopology(json, url, BASEMAP_LAYERS);
}

export async function loadBasemap(fetcher: typeof fetch = fetch): Promise<BasemapLayers> {
	return loadTopology(BASEMAP_URL, BASEMAP_LAYERS, fetcher);
}
