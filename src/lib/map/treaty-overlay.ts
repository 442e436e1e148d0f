import { m } from '../paraglide/messages';
import type { GeoJSONSource, Map as MapLibreMap, SourceSpecification } from 'maplibre-gl';
import { TREATY_DOCUMENTS_BY_ID, type TreatyDocument } from '../content/treaty';
import { errorReason } from '../error-reason';
import {
	NO_TREATY,
	TREATY_LAYER_IDS,
	TREATY_LAYERS,
	type TreatyLayerId,
	type TreatyView
} from '../treaty/layers';
import { loadTreatyData, loadWorld, type TreatyData, type WorldData } from './treaty-data';
import {
	crimeaLayers,
	documentUpdates,
	forcesLayers,
	guarantorLayers,
	layerIdsOf,
	TREATY_LAYER,
	TREATY_SOURCE,
	treatyLabels,
	type PlacedLayer
} from './treaty-style';
import { BASEMAP_SOURCE, GEOJSON_SOURCE_OPTIONS, setLayerShown } from './style';
import { dataBoxPolygon } from './view';

export interface TreatyOverlay {
	/** Shows exactly these treaty layers, loading their data the first time each is shown. */
	set(view: TreatyView): void;
}

/**
 * The treaty layers on a map that create-map owns. Each treaty layer's data is fetched only when
 * it is first switched on; one that fails to load is reported once and left off, and nothing
 * else on the map changes. The guarantor layer also opens the camera to the whole world.
 */
export function createTreatyOverlay(
	map: MapLibreMap,
	events: {
		onProblem: (message: string) => void;
		/** Layers just added: the map's theme and present-mode scale must reach them too. */
		onLayersAdded: (layerIds: readonly string[]) => void;
		/** The guarantor layer's world view is on or off (the map's extent decides what follows). */
		onWorldView: (on: boolean) => void;
	},
	fetcher: typeof fetch = fetch
): TreatyOverlay {
	const { onProblem, onLayersAdded, onWorldView } = events;
	let wanted: TreatyView = NO_TREATY;
	const installed = new Set<TreatyLayerId>();
	const loading = new Set<TreatyLayerId>();
	const failed = new Set<TreatyLayerId>();
	let world: Promise<WorldData> | null = null;
	let treatyData: Promise<TreatyData> | null = null;
	let shownDocument: TreatyDocument | null = null;

	const addSource = (id: string, data: GeoJSON.FeatureCollection) => {
		const spec: SourceSpecification = { ...GEOJSON_SOURCE_OPTIONS, type: 'geojson', data };
		if (map.getSource(id)) (map.getSource(id) as GeoJSONSource).setData(data);
		else map.addSource(id, spec);
	};
	const addLayers = (placed: PlacedLayer[]) => {
		const added: string[] = [];
		for (const { layer, before } of placed) {
			if (map.getLayer(layer.id)) continue;
			map.addLayer(layer, map.getLayer(before) ? before : undefined);
			added.push(layer.id);
		}
		onLayersAdded(added);
	};
	const loadedWorld = () => (world ??= loadWorld(fetcher).catch(forget(() => (world = null))));
	const loadedTreaty = () =>
		(treatyData ??= loadTreatyData(fetcher).catch(forget(() => (treatyData = null))));

	const install: Record<TreatyLayerId, (document: TreatyDocument) => Promise<void>> = {
		guarantors: async (document) => {
			const data = await loadedWorld();
			addSource(TREATY_SOURCE.countries, data.countries);
			addSource(TREATY_SOURCE.countryLabels, data.countryLabels);
			addSource(TREATY_SOURCE.dataBox, dataBoxPolygon());
			addLayers(guarantorLayers(document));
			shownDocument = document;
		},
		crimea: async () => {
			const data = await loadedTreaty();
			addSource(TREATY_SOURCE.labels, treatyLabels(data.anchors));
			addLayers(crimeaLayers());
		},
		forces: async () => {
			const data = await loadedTreaty();
			addSource(TREATY_SOURCE.labels, treatyLabels(data.anchors));
			addSource(TREATY_SOURCE.ukraine, data.ukraine);
			addSource(TREATY_SOURCE.bands, data.missileBands);
			addLayers(forcesLayers());
		}
	};

	const documentOf = (view: TreatyView) =>
		TREATY_DOCUMENTS_BY_ID.get(view.document) ?? TREATY_DOCUMENTS_BY_ID.get(NO_TREATY.document)!;

	function apply() {
		const document = documentOf(wanted);
		for (const id of TREATY_LAYER_IDS) {
			const on = wanted.layers.includes(id);
			if (!on) failed.delete(id);
			if (on && !installed.has(id) && !loading.has(id) && !failed.has(id)) {
				loading.add(id);
				install[id](document).then(
					() => {
						loading.delete(id);
						installed.add(id);
						apply();
					},
					(error: unknown) => {
						loading.delete(id);
						failed.add(id);
						onProblem(problemText(id, error));
						apply();
					}
				);
			}
			if (installed.has(id)) {
				for (const layer of layerIdsOf(id, document)) showTreatyLayer(map, layer, on);
			}
		}
		if (installed.has('guarantors') && shownDocument !== document) {
			const { filters, labelText } = documentUpdates(document);
			for (const [layer, filter] of Object.entries(filters)) map.setFilter(layer, filter);
			map.setLayoutProperty(TREATY_LAYER.guarantorLabels, 'text-field', labelText);
			shownDocument = document;
		}
		onWorldView(wanted.layers.includes('guarantors') && !failed.has('guarantors'));
	}

	return {
		set(view) {
			wanted = view;
			apply();
		}
	};
}

/** A failed fetch is not cached: switching the layer on again tries once more. */
function forget(reset: () => void) {
	return (error: unknown): never => {
		reset();
		throw error;
	};
}

function problemText(id: TreatyLayerId, error: unknown): string {
	const why = errorReason(error);
	const name = TREATY_LAYERS.find((l) => l.id === id)?.label ?? id;
	return m.map_treaty_layer_failed({ name, why });
}

/**
 * Shows or hides one treaty layer. Those on the basemap's source (Crimea's) by their layer
 * opacity: a change of `visibility` makes MapLibre cut the layer's whole source into tiles again,
 * and the basemap's is the largest. The others by `visibility`, which also leaves them out of
 * queries of what is drawn.
 */
export function showTreatyLayer(
	map: Pick<MapLibreMap, 'getLayer' | 'setPaintProperty' | 'setLayoutProperty'>,
	id: string,
	on: boolean
): void {
	const layer = map.getLayer(id);
	if (!layer) return;
	if (layer.source === BASEMAP_SOURCE && setLayerShown(map, id, on)) return;
	map.setLayoutProperty(id, 'visibility', on ? 'visible' : 'none');
}
