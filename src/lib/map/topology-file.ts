import { m } from '../paraglide/messages';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { DataFileError, fetchJson } from '../data-file';

/**
 * Turns a TopoJSON data file into one FeatureCollection per named layer, checking every layer is
 * there: a truncated or hand-edited file fails here with its name, not later inside the map.
 */
export function decodeTopology<K extends string>(
	json: unknown,
	url: string,
	names: readonly K[]
): Record<K, FeatureCollection> {
	if (!isTopology(json)) throw new DataFileError(url, m.map_not_topology());
	const layers = {} as Record<K, FeatureCollection>;
	for (const name of names) {
		const object = json.objects[name];
		if (object?.type !== 'GeometryCollection') {
			throw new DataFileError(url, m.map_layer_missing({ name }));
		}
		layers[name] = feature(json, object as GeometryCollection);
	}
	return layers;
}

export async function loadTopology<K extends string>(
	url: string,
	names: readonly K[],
	fetcher: typeof fetch = fetch
): Promise<Record<K, FeatureCollection>> {
	return decodeTopology(await fetchJson(url, fetcher), url, names);
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
