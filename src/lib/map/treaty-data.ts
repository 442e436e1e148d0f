import type { FeatureCollection } from 'geojson';
import { loadTopology } from './topology-file';

/** Country shapes for the guarantor layer (loaded only when it is first switched on). */
export const WORLD_URL = '/data/world.topo.json';
export const WORLD_LAYERS = ['countries', 'countryLabels'] as const;
export type WorldData = Record<(typeof WORLD_LAYERS)[number], FeatureCollection>;

/** Ukraine's outline, the missile-range bands and the label anchors of the treaty layers. */
export const TREATY_URL = '/data/treaty.topo.json';
export const TREATY_DATA_LAYERS = ['ukraine', 'missileBands', 'anchors'] as const;
export type TreatyData = Record<(typeof TREATY_DATA_LAYERS)[number], FeatureCollection>;

export const loadWorld = (fetcher: typeof fetch = fetch): Promise<WorldData> =>
	loadTopology(WORLD_URL, WORLD_LAYERS, fetcher);

export const loadTreatyData = (fetcher: typeof fetch = fetch): Promise<TreatyData> =>
	loadTopology(TREATY_URL, TREATY_DATA_LAYERS, fetcher);
