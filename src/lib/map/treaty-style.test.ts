import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { TREATY_DOCUMENTS_BY_ID } from '../content/treaty';
import { buildStyle } from './style';
import {
	crimeaLayers,
	documentUpdates,
	guarantorLabelText,
	guarantorLayers,
	TREATY_LAYER,
	treatyLabels
} from './treaty-style';

const draft = TREATY_DOCUMENTS_BY_ID.get('draft-15-april')!;
const communique = TREATY_DOCUMENTS_BY_ID.get('communique')!;

describe('documentUpdates', () => {
	it('filters each role layer to exactly its states', () => {
		const { filters } = documentUpdates(draft);
		const ids = (layer: string) => (filters[layer] as unknown[])[2] as unknown[];
		expect(ids(TREATY_LAYER.guarantor)).toEqual(['literal', ['GBR', 'CHN', 'RUS', 'USA', 'FRA']]);
		expect(ids(TREATY_LAYER.bracketed)).toEqual(['literal', ['BLR', 'TUR']]);
		expect(ids(TREATY_LAYER.proposed)).toEqual(['literal', []]);
		expect(ids(TREATY_LAYER.guarantorLabels)[1]).toHaveLength(7);
	});
});

describe('guarantorLabelText', () => {
	it('brackets the states the draft brackets and marks Russia’s proposal', () => {
		const text = JSON.stringify(guarantorLabelText(draft));
		expect(text).toContain('"BLR","(Belarus)"');
		expect(text).toContain('"TUR","(Türkiye)"');
		expect(JSON.stringify(guarantorLabelText(communique))).toContain(
			'"BLR","Belarus\\n(proposed by Russia)"'
		);
	});
});

describe('treatyLabels', () => {
	it('joins anchors with their notes and drops anchors it has no note for', () => {
		const point = (id: string) => ({
			type: 'Feature' as const,
			properties: { id },
			geometry: { type: 'Point' as const, coordinates: [34, 45] }
		});
		const labels = treatyLabels({
			type: 'FeatureCollection',
			features: [point('crimea'), point('band-280'), point('somewhere')]
		});
		expect(labels.features.map((f) => f.properties?.group)).toEqual(['crimea', 'forces']);
		expect(labels.features[0].properties?.text).toContain('15 years (10–15 in some accounts)');
		expect(labels.features[1].properties?.text).toContain('illustrative');
	});
});

describe('hatched fills', () => {
	it('are drawn without the smoothed outline, in the base style and the treaty layers alike', () => {
		// The smoothed outline of a pattern fill is a shader program of its own (style.ts, HATCH_EDGE).
		const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
		const base = buildStyle({
			tileOrigin: 'http://localhost',
			venuePoints: empty,
			venueHalos: empty,
			fontFaces: {},
			hiddenPlaceNames: [],
			labelLanguage: 'en'
		}).layers;
		const treaty = [...guarantorLayers(draft), ...crimeaLayers()].map((placed) => placed.layer);
		const hatched = [...base, ...treaty].filter(
			(layer) => layer.type === 'fill' && layer.paint && 'fill-pattern' in layer.paint
		);
		expect(hatched.map((layer) => layer.id)).toEqual(
			expect.arrayContaining([TREATY_LAYER.bracketed, TREATY_LAYER.excluded, 'front-advance'])
		);
		for (const layer of hatched)
			expect((layer.paint as Record<string, unknown>)['fill-antialias'], layer.id).toBe(false);
	});
});
