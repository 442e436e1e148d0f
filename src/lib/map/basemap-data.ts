import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

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

/** A data file that arrived but is not what the app expects. */
export class DataFileError extends Error {
	constructor(url: string, problem: string) {
		super(`${url}: ${problem}`);
		this.name = 'DataFileError';
	}
}

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
	const response = await fetcher(BASEMAP_URL);
	if (!response.ok) throw new DataFileError(BASEMAP_URL, `HTTP ${response.status}`);
	let json: unknown;
	try {
		json = await response.json();
	} catch {
		throw new DataFileError(BASEMAP_URL, 'not valid JSON');
	}
	return decodeBasemap(json);
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
