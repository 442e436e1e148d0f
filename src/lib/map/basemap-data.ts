import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { DataFileError, fetchJson } from '../data-file';

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

export const BASEMAP_URL = '/data/basemap.topo.json';

/** Turns the basemap TopoJSON into one FeatureCollection per layer, checking every layer is there. */
export function decodeBasemap(json: unknown, url = BASEMAP_URL): BasemapLayers {
	if (!isTopology(json)) throw new DataFileError(url, 'not a TopoJSON topology');
	const layers = {} as BasemapLayers;
	for (const name of BASEMAP_LAYERS) {
		const object = json.objects[name];
		if (object?.type !== 'GeometryCollection') {
			throw new DataFileError(url, `the layer "${name}" is missing`);
		}
		layers[name] = feature(json, object as GeometryCollection);
	}
	return layers;
}

export async function loadBasemap(fetcher: typeof fetch = fetch): Promise<BasemapLayers> {
	return decodeBasemap(await fetchJson(BASEMAP_URL, fetcher));
}

function isTopology(value: unknown): value is Topology {
	if (typeof value !== 'object' || value === null) return false;
	const candidate = value as Partial<Topology>;
	return (
		candidate.type === 'Topology' &&
		typeof candidate.objects === 'object' &&
		candidate.objects !== null &&
		Array.isArray(candidate.arcs)
	);
}
