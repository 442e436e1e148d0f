import { m } from '../paraglide/messages';
import type { FeatureCollection } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { DataFileError } from '../data-file';
import { WORLD_URL } from './treaty-data';

/** The low-detail world around the detailed region: land, and the borders between countries. */
export interface WorldBasemap {
	land: FeatureCollection;
	borders: FeatureCollection;
}

/**
 * The world basemap from the guarantor layer's country shapes (`world.topo.json`): the countries
 * as land, and only the lines two countries share as borders (coasts are the land's edge, not
 * lines), so the world reads like the detailed map it surrounds. The build cuts it into the
 * world's tiles (src/build/write-basemap-tiles.ts).
 */
export function decodeWorldBasemap(json: unknown, url = WORLD_URL): WorldBasemap {
	const topology = json as Partial<Topology> | null;
	const countries = topology?.objects?.countries as GeometryCollection | undefined;
	if (topology?.type !== 'Topology' || countries?.type !== 'GeometryCollection') {
		throw new DataFileError(url, m.map_not_world());
	}
	const land = feature(topology as Topology, countries);
	const shared = mesh(topology as Topology, countries, (a, b) => a !== b);
	return {
		land: { type: 'FeatureCollection', features: land.features },
		borders: {
			type: 'FeatureCollection',
			features: [{ type: 'Feature', properties: {}, geometry: shared }]
		}
	};
}
