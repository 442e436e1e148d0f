import type {
	FillLayerSpecification,
	GeoJSONSource,
	LineLayerSpecification,
	Map as MapLibreMap
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { EMPTY_COLLECTION } from '../geojson';
import { PALETTE as C } from './palette';
import { GEOJSON_SOURCE_OPTIONS, LAYER } from './style';

export const COMPARE_SOURCE = 'compare';

export const COMPARE_LAYER = {
	gained: 'compare-gained',
	lost: 'compare-lost',
	line: 'compare-line'
} as const;

/**
 * The comparison's layers, in the light palette (the theme's overrides recolour them), each with
 * the layer it goes under: the areas over the day's own control fill and under the basemap's
 * water and borders, the reference line over the day's front line.
 */
export function compareLayers(): {
	layer: FillLayerSpecification | LineLayerSpecification;
	before: string;
}[] {
	const area = (id: string, change: 'gained' | 'lost', colour: string): FillLayerSpecification => ({
		id,
		type: 'fill',
		source: COMPARE_SOURCE,
		filter: ['==', ['get', 'change'], change],
		paint: { 'fill-color': colour, 'fill-opacity': 0.55, 'fill-outline-color': colour }
	});
	return [
		{ layer: area(COMPARE_LAYER.gained, 'gained', C.compareGained), before: 'occupied-2014-hatch' },
		{ layer: area(COMPARE_LAYER.lost, 'lost', C.compareLost), before: 'occupied-2014-hatch' },
		{
			layer: {
				id: COMPARE_LAYER.line,
				type: 'line',
				source: COMPARE_SOURCE,
				filter: ['==', ['get', 'change'], 'reference'],
				layout: { 'line-join': 'round' },
				paint: { 'line-color': C.compareLine, 'line-width': 2, 'line-dasharray': [2, 1.5] }
			},
			before: LAYER.outsideData
		}
	];
}

/**
 * The comparison on a map create-map owns: its source and layers are added the first time one is
 * shown (a map without a comparison carries nothing of it), and emptied when it is taken away.
 */
export function createCompareLayer(
	map: MapLibreMap,
	onLayersAdded: (layerIds: readonly string[]) => void
): { set(data: FeatureCollection | null): void } {
	return {
		set(data) {
			const source = map.getSource(COMPARE_SOURCE) as GeoJSONSource | undefined;
			if (source) {
				source.setData(data ?? EMPTY_COLLECTION);
				return;
			}
			if (!data) return;
			map.addSource(COMPARE_SOURCE, { ...GEOJSON_SOURCE_OPTIONS, type: 'geojson', data });
			const added: string[] = [];
			for (const { layer, before } of compareLayers()) {
				map.addLayer(layer, map.getLayer(before) ? before : undefined);
				added.push(layer.id);
			}
			onLayersAdded(added);
		}
	};
}
