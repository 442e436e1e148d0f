import { describe, expect, it } from 'vitest';
import { showTreatyLayer } from './treaty-overlay';
import { crimeaLayers, guarantorLayers, TREATY_LAYER } from './treaty-style';
import { TREATY_DOCUMENTS_BY_ID } from '../content/treaty';
import { BASEMAP_SOURCE } from './style';

/** A map with the treaty layers, recording what each show or hide wrote. */
function fakeMap() {
	const layers = [
		...crimeaLayers(),
		...guarantorLayers(TREATY_DOCUMENTS_BY_ID.get('communique')!)
	].map((placed) => placed.layer);
	const writes: string[] = [];
	const map = {
		getLayer: (id: string) => layers.find((layer) => layer.id === id),
		setPaintProperty: (id: string, name: string, value: unknown) =>
			void writes.push(`${id} paint ${name} ${value}`),
		setLayoutProperty: (id: string, name: string, value: unknown) =>
			void writes.push(`${id} layout ${name} ${value}`)
	};
	return { map: map as unknown as Parameters<typeof showTreatyLayer>[0], layers, writes };
}

describe('showTreatyLayer', () => {
	it('hides the layers on the basemap’s source by their opacity, not their visibility', () => {
		// A change of visibility would make MapLibre lay out the basemap's tiles again.
		const { map, layers, writes } = fakeMap();
		const onBasemap = layers.filter((l) => 'source' in l && l.source === BASEMAP_SOURCE);
		expect(onBasemap.map((l) => l.id).sort()).toEqual(
			[TREATY_LAYER.crimea, TREATY_LAYER.excluded, TREATY_LAYER.excludedRegions].sort()
		);
		for (const layer of onBasemap) showTreatyLayer(map, layer.id, false);
		showTreatyLayer(map, TREATY_LAYER.guarantor, false);
		showTreatyLayer(map, TREATY_LAYER.crimea, true);
		expect(writes).toEqual([
			`${TREATY_LAYER.excluded} paint fill-layer-opacity 0`,
			`${TREATY_LAYER.excludedRegions} paint line-layer-opacity 0`,
			`${TREATY_LAYER.crimea} paint line-layer-opacity 0`,
			`${TREATY_LAYER.guarantor} layout visibility none`,
			`${TREATY_LAYER.crimea} paint line-layer-opacity 1`
		]);
	});

	it('leaves a layer the map does not have alone', () => {
		const { map, writes } = fakeMap();
		showTreatyLayer(map, 'not-a-layer', true);
		expect(writes).toEqual([]);
	});
});
