import {
	createPropertyExpression,
	featureFilter,
	isExpression,
	latest,
	validateStyleMin
} from '@maplibre/maplibre-gl-style-spec';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VENUES } from '../content/venues';
import { BASEMAP_LAYERS, decodeBasemap } from './basemap-data';
import type { FillLayerSpecification } from 'maplibre-gl';
import type { Feature } from 'geojson';
import { BASEMAP_TILES } from './basemap-tiles';
import {
	BASEMAP_SOURCE,
	basemapCollection,
	buildStyle,
	FONT_REGULAR,
	FONT_SEMIBOLD,
	FRONT_AREA_DRAWS,
	FRONT_LINE_DRAWS,
	LAYER,
	partsCollection,
	setLayerShown,
	WORLD_BASEMAP_LAYERS,
	WORLD_SOURCE
} from './style';
import { VENUE_LAYERS, venueFilter, venueHalos, venuePoints } from './venue-features';
import { contentFor } from '../content/data/index';

const basemap = decodeBasemap(JSON.parse(readFileSync('static/data/basemap.topo.json', 'utf8')));
const style = buildStyle({
	tileOrigin: 'http://localhost:4173',
	venuePoints: venuePoints(VENUES),
	venueHalos: venueHalos(VENUES),
	fontFaces: {
		[FONT_REGULAR]: [{ url: '/fonts/regular.woff2' }],
		[FONT_SEMIBOLD]: [{ url: '/fonts/semibold.woff2' }]
	},
	hiddenPlaceNames: VENUES.map((v) => v.mapLabel),
	labelLanguage: 'en'
});

describe('setLayerShown', () => {
	it('hides and shows fill and line layers by their layer opacity, nothing else', () => {
		const types: Record<string, string> = { band: 'fill', edge: 'line', names: 'symbol' };
		const writes: string[] = [];
		const map = {
			getLayer: (id: string) => (types[id] ? { type: types[id] } : undefined),
			setPaintProperty: (id: string, name: string, value: unknown) =>
				void writes.push(`${id} ${name} ${value}`)
		} as unknown as Parameters<typeof setLayerShown>[0];
		expect(setLayerShown(map, 'band', false)).toBe(true);
		expect(setLayerShown(map, 'edge', true)).toBe(true);
		// A symbol layer has no layer opacity; a layer not in the style is left alone.
		expect(setLayerShown(map, 'names', false)).toBe(false);
		expect(setLayerShown(map, 'gone', false)).toBe(false);
		expect(writes).toEqual(['band fill-layer-opacity 0', 'edge line-layer-opacity 1']);
	});

	it('can switch every style layer its callers switch (it skips the others in silence)', () => {
		const switched = [
			// frontline-layer.ts: the layers the day switch stands in for.
			...FRONT_AREA_DRAWS.map((d) => d.layer),
			...FRONT_LINE_DRAWS,
			// extent.ts: the band beyond the data.
			LAYER.outsideData,
			LAYER.outsideDataEdge
		];
		const map = {
			getLayer: (id: string) => style.layers.find((layer) => layer.id === id),
			setPaintProperty: () => {}
		} as unknown as Parameters<typeof setLayerShown>[0];
		expect(switched.filter((id) => !setLayerShown(map, id, true))).toEqual([]);
	});
});

describe('buildStyle', () => {
	it('passes the MapLibre style specification validator', () => {
		expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
	});

	it('still passes it with the venue layers narrowed to some venues or none (set unvalidated)', () => {
		for (const shown of [new Set([VENUES[0].id, VENUES[1].id]), new Set<string>()]) {
			const narrowed = {
				...style,
				layers: style.layers.map((layer) =>
					VENUE_LAYERS.includes(layer.id) && 'filter' in layer
						? { ...layer, filter: venueFilter(layer.filter ?? null, shown) ?? undefined }
						: layer
				)
			};
			expect(validateStyleMin(narrowed).map((e) => e.message)).toEqual([]);
		}
		const dot = style.layers.find((layer) => layer.id === LAYER.venues)!;
		const only = featureFilter(
			venueFilter('filter' in dot ? (dot.filter ?? null) : null, new Set(['a'])) ?? undefined,
			`layers.${LAYER.venues}.filter`
		);
		const point = (id: string) => ({ type: 1, properties: { id } }) as const;
		expect(only.filter({ zoom: 5 }, point('a'))).toBe(true);
		expect(only.filter({ zoom: 5 }, point('b'))).toBe(false);
	});

	it('asks for nothing from another server: no glyphs, no sprite, only its own tiles', () => {
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
		// The basemap's and the world's tiles, from the origin the page gives (its own).
		expect(JSON.stringify(style).match(/https?:\/\/[^"]*/g)).toEqual([
			'http://localhost:4173/data/tiles/basemap/{z}/{x}/{y}.pbf',
			'http://localhost:4173/data/tiles/world/{z}/{x}/{y}.pbf'
		]);
	});

	it('uses only fonts it declares in font-faces', () => {
		const declared = Object.keys(style['font-faces'] ?? {});
		const used = new Set(JSON.stringify(style.layers).match(/Noto Sans [A-Za-z]+/g));
		expect([...used].every((font) => declared.includes(font))).toBe(true);
		expect(used.size).toBeGreaterThan(0);
	});

	it('keeps the world hidden until a view reaches past the region (its tiles unasked for)', () => {
		for (const id of WORLD_BASEMAP_LAYERS) {
			const layer = style.layers.find((l) => l.id === id)!;
			expect(layer.layout?.visibility, id).toBe('none');
			expect('source' in layer && layer.source, id).toBe(WORLD_SOURCE);
		}
	});

	it('draws the layers other modules refer to', () => {
		const ids = style.layers.map((l) => l.id);
		for (const id of Object.values(LAYER)) expect(ids).toContain(id);
	});

	it('labels the basemap in Ukrainian for the Ukrainian edition, hiding the cities its venues name', () => {
		const ukVenues = contentFor('uk').venues;
		const uk = buildStyle({
			tileOrigin: 'http://localhost:4173',
			venuePoints: venuePoints(ukVenues),
			venueHalos: venueHalos(ukVenues),
			fontFaces: {},
			hiddenPlaceNames: ukVenues.map((v) => v.mapLabel),
			labelLanguage: 'uk'
		});
		const layer = uk.layers.find((l) => l.id === 'place-labels')!;
		expect(layer.type === 'symbol' && layer.layout?.['text-field']).toEqual([
			'coalesce',
			['get', 'name_uk'],
			['get', 'name']
		]);
		// The hidden venue cities are compared with the Ukrainian names, and are the basemap's own.
		const filter = JSON.stringify('filter' in layer ? layer.filter : null);
		expect(filter).toContain(
			'["!",["in",["coalesce",["get","name_uk"],["get","name"]],["literal",['
		);
		const placesUk = basemap.places.features.map((f) => f.properties?.name_uk);
		for (const city of ['Київ', 'Стамбул', 'Москва']) {
			expect(filter).toContain(`"${city}"`);
			expect(placesUk).toContain(city);
		}
		expect(placesUk).toContain('Харків');
		expect(filter).not.toContain('"Харків"');
		for (const id of ['area-labels', 'sea-labels', 'river-labels', 'oblast-labels']) {
			const labels = uk.layers.find((l) => l.id === id)!;
			expect(JSON.stringify('layout' in labels && labels.layout)).toContain('name_uk');
		}
	});

	it('keeps a city label only where no venue label stands in for it', () => {
		const layer = style.layers.find((l) => l.id === 'place-labels');
		const filter = JSON.stringify(layer && 'filter' in layer ? layer.filter : null);
		expect(filter).toContain('"Kyiv"');
		expect(filter).toContain('"Istanbul"');
	});
});

describe('the built basemap', () => {
	it('has every layer with features', () => {
		for (const name of BASEMAP_LAYERS)
			expect(basemap[name].features.length, name).toBeGreaterThan(0);
	});

	it('has the 27 units of Ukraine, Crimea among them, drawn as occupied since 2014', () => {
		expect(basemap.oblasts.features).toHaveLength(27);
		const occupied = basemap.occupied2014.features.map((f) => f.properties?.id);
		expect(occupied).toEqual(['UA-40', 'UA-43', 'donbas-2014']);
	});

	it('labels cities with current English spellings', () => {
		const names = basemap.places.features.map((f) => f.properties?.name);
		expect(names).toEqual(
			expect.arrayContaining(['Kyiv', 'Kharkiv', 'Chornobyl', 'Odesa', 'Gomel'])
		);
		expect(names).not.toEqual(expect.arrayContaining(['Kiev']));
		expect(names).not.toEqual(expect.arrayContaining(['Chernobyl']));
	});
});

describe('FRONT_AREA_DRAWS and FRONT_LINE_DRAWS (what the day switch copies)', () => {
	const layers = new Map(style.layers.map((l) => [l.id, l]));
	const order = style.layers.map((l) => l.id);

	it('name the front-line layers in the style’s drawing order, with their kinds and patterns', () => {
		const areas = FRONT_AREA_DRAWS.map((d) => d.layer);
		expect(areas.map((id) => order.indexOf(id))).toEqual(
			[...areas.map((id) => order.indexOf(id))].sort((a, b) => a - b)
		);
		for (const { layer, kind, pattern } of FRONT_AREA_DRAWS) {
			const spec = layers.get(layer) as FillLayerSpecification;
			expect(spec.source).toBe('frontAreas');
			expect(spec.filter).toEqual(['==', ['get', 'kind'], kind]);
			expect(spec.paint?.['fill-pattern'] ?? null).toBe(pattern);
		}
		expect(style.layers.filter((l) => 'source' in l && l.source === 'frontAreas')).toHaveLength(
			FRONT_AREA_DRAWS.length
		);
		expect(
			style.layers.filter((l) => 'source' in l && l.source === 'frontLine').map((l) => l.id)
		).toEqual(FRONT_LINE_DRAWS);
	});
});

describe('the basemap as one source', () => {
	it('tags every feature with its part, keeping its own properties', () => {
		const merged = partsCollection({
			land: { type: 'FeatureCollection', features: [feature({ name: 'a' })] },
			lakes: { type: 'FeatureCollection', features: [feature({ name: 'b' }), feature(null)] }
		});
		expect(merged.features.map((f) => f.properties)).toEqual([
			{ name: 'a', part: 'land' },
			{ name: 'b', part: 'lakes' },
			{ part: 'lakes' }
		]);
	});

	it('filters each basemap layer on a part that has features, in the tiles’ one layer', () => {
		const parts = new Set(basemapCollection(basemap).features.map((f) => f.properties?.part));
		const onBasemap = style.layers.filter((l) => 'source' in l && l.source === BASEMAP_SOURCE);
		expect(onBasemap.length).toBeGreaterThan(15);
		for (const layer of onBasemap) {
			const filter = JSON.stringify('filter' in layer ? layer.filter : null);
			const part = filter.match(/\["==",\["get","part"\],"(\w+)"\]/)?.[1];
			expect(part && parts.has(part), layer.id).toBe(true);
			expect('source-layer' in layer && layer['source-layer'], layer.id).toBe(BASEMAP_TILES.layer);
		}
	});

	it('draws every layer with one value per paint property, not one per feature', () => {
		// A value read from each feature (or its state) is a shader program of its own, compiled
		// on the first view.
		const perFeature: string[] = [];
		for (const layer of style.layers) {
			if (!('source' in layer) || !layer.paint) continue;
			for (const [name, value] of Object.entries(layer.paint)) {
				if (!isExpression(value)) continue;
				const spec = (latest as unknown as Record<string, Record<string, object>>)[
					`paint_${layer.type}`
				][name];
				const parsed = createPropertyExpression(value, name, spec as never);
				if (parsed.result !== 'success') throw new Error(`${layer.id} ${name}`);
				if (parsed.value.kind === 'source' || parsed.value.kind === 'composite')
					perFeature.push(`${layer.id} ${name}`);
			}
		}
		expect(perFeature).toEqual([]);
		// What the split layers drew before keeps its look: Ukraine's border over the others.
		const ids = style.layers.map((l) => l.id);
		expect(ids.indexOf('borders-ukraine')).toBe(ids.indexOf(LAYER.borders) + 1);
		for (const id of ['area-labels', 'sea-labels', 'place-dots', 'capital-dots'])
			expect(ids, id).toContain(id);
	});

	it('splits each part between its two layers, every feature in one of them', () => {
		const data = { data: basemapCollection(basemap) };
		const layersOf = (...ids: string[]) =>
			ids.map((id) => {
				const layer = style.layers.find((l) => l.id === id)!;
				return featureFilter('filter' in layer ? layer.filter : undefined, `layers.${id}.filter`);
			});
		const matches = (part: string, ids: string[], zoom: number) => {
			const filters = layersOf(...ids);
			return data.data.features
				.filter((f) => f.properties?.part === part)
				.map((f) => {
					const input = { type: 1 as const, properties: f.properties ?? {}, geometry: [] };
					return filters.map((filter) => filter.filter({ zoom }, input as never));
				});
		};
		// At zoom 9 every area label and every place not named by a venue label is shown.
		const areas = matches('areaLabels', ['sea-labels', 'area-labels'], 9);
		expect(areas.length).toBeGreaterThan(10);
		expect(areas.every(([sea, land]) => sea !== land)).toBe(true);
		expect(areas.filter(([sea]) => sea)).toHaveLength(2);
		const places = matches('places', ['place-dots', 'capital-dots'], 9);
		expect(places.every(([town, capital]) => !(town && capital))).toBe(true);
		const hidden = new Set(VENUES.map((v) => v.mapLabel));
		const named = basemap.places.features.filter((f) => !hidden.has(f.properties?.name));
		expect(named.length).toBeLessThan(places.length);
		expect(places.filter(([town, capital]) => town || capital)).toHaveLength(named.length);
		expect(places.filter(([, capital]) => capital).length).toBeGreaterThan(3);
	});

	it('changes source between consecutive clipped layers only where the front lines interleave', () => {
		// Each change redraws the tile clipping masks: a pass over the whole map in software.
		const clipped = style.layers.filter((l) => l.type === 'fill' || l.type === 'line');
		const changes = clipped.filter(
			(l, i) =>
				i > 0 && (l as { source: string }).source !== (clipped[i - 1] as { source: string }).source
		).length;
		expect(changes).toBeLessThanOrEqual(7);
	});
});

function feature(properties: Record<string, unknown> | null): Feature {
	return { type: 'Feature', properties, geometry: { type: 'Point', coordinates: [0, 0] } };
}
