import type {
	ExpressionSpecification,
	FilterSpecification,
	LayerSpecification,
	Map as MapLibreMap,
	StyleSpecification
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { BasemapLayerName, BasemapLayers } from './basemap-data';
import { BASEMAP_TILES, tileUrl, WORLD_TILES } from './basemap-tiles';
import { PALETTE as C } from './palette';
import { boxRing, DATA_BOUNDS, dataBoxPolygon, MIN_ZOOM } from './view';
import { EMPTY_COLLECTION as EMPTY } from '../geojson';
import type { FrontlineLayerKey } from '../frontlines/types';

export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_SEMIBOLD = 'Noto Sans SemiBold';

/** Self-hosted font files for the map's labels, keyed by font-stack name (MapLibre `font-faces`). */
export type FontFaces = Record<string, { url: string; 'unicode-range'?: string[] }[]>;

export interface StyleInput {
	/** The site's origin, for the basemap's tile URLs (MapLibre's worker fetches them). */
	tileOrigin: string;
	venuePoints: FeatureCollection;
	venueHalos: FeatureCollection;
	fontFaces: FontFaces;
	/** City labels not to draw because a venue label stands in their place (in the labels' language). */
	hiddenPlaceNames: readonly string[];
	/** The language of the basemap's labels: the page's. */
	labelLanguage: string;
}

/**
 * A basemap label in a language: its `name_<language>` where the pipeline gave one (places,
 * oblasts, rivers, countries and seas have Ukrainian names), its English `name` otherwise.
 */
export function labelName(language: string): ExpressionSpecification {
	return language === 'en'
		? ['get', 'name']
		: ['coalesce', ['get', `name_${language}`], ['get', 'name']];
}

/** Ids of the layers other modules and tests refer to. */
export const LAYER = {
	land: 'land',
	oblasts: 'oblasts-fill',
	oblastLines: 'oblast-lines',
	borders: 'borders',
	occupied2014: 'occupied-2014-fill',
	venues: 'venues',
	venueHighlight: 'venue-highlight',
	venueSelected: 'venue-selected',
	venueSelectedDot: 'venue-selected-dot',
	venueLabels: 'venue-labels',
	venueHalo: 'venue-halo',
	venueApproxDisk: 'venue-approx-disk',
	venueHaloOutline: 'venue-halo-outline',
	frontControl: 'front-control',
	frontAdvance: 'front-advance',
	frontCounteroffensive: 'front-counteroffensive',
	frontLine: 'front-line',
	outsideData: 'outside-data',
	outsideDataEdge: 'outside-data-edge',
	outsideDataGround: 'outside-data-ground',
	worldLand: 'world-land',
	worldBorders: 'world-borders',
	detailBox: 'detail-box'
} as const;

/** Pattern images, drawn in code (no sprite), by id → colour. */
export const HATCH_IMAGE = 'hatch-occupied-2014';
export const HATCH_ADVANCE = 'hatch-advance';
export const HATCH_COUNTER = 'hatch-counteroffensive';
export const HATCH_PENDING = 'hatch-guarantor-pending';
export const HATCH_EXCLUDED = 'hatch-excluded';
export const PATTERNS: Record<string, { colour: string; direction?: 'down' | 'up' }> = {
	[HATCH_IMAGE]: { colour: C.occupied2014Hatch },
	[HATCH_ADVANCE]: { colour: C.advanceHatch },
	[HATCH_COUNTER]: { colour: C.counterHatch },
	[HATCH_PENDING]: { colour: C.pending },
	// Drawn over the pre-2022 occupation's hatch, so it leans the other way.
	[HATCH_EXCLUDED]: { colour: C.excluded, direction: 'up' }
};

/**
 * A hatch's edge is not smoothed: smoothing a pattern fill draws its outline with a shader program
 * of its own, compiled on the first view (about 75 ms on the main thread in software WebGL), for
 * hatch strokes that end a fraction of a pixel more sharply. The areas' tints and outlines below
 * and above them are smoothed as before. The treaty layers' hatches (treaty-style.ts) alike.
 */
export const HATCH_EDGE = { 'fill-antialias': false } as const;

/**
 * Every GeoJSON source's tiling: default-ish simplification and a small tile buffer, visually the
 * same at the atlas's zooms (≤ 9) and measurably less tiling work in the single worker a 2-core
 * machine gets. The basemap's tiles are cut with the same options at build time.
 */
export const GEOJSON_SOURCE_OPTIONS = { tolerance: 0.5, buffer: 32, maxzoom: 10 } as const;

/**
 * The whole static basemap is one source, its parts told apart by a `part` property (vector
 * tiles cut at build time, src/build/basemap-tiles.ts; a GeoJSON source until 2 December).
 * Before MapLibre draws a fill or line layer whose source differs from the previous layer's, it
 * redraws that source's tile clipping masks into the stencil buffer: a pass over the whole map.
 * With a source per part the style changed source 15 times a frame, now 6; back-to-back repaints
 * in software went from 11.2 to 12–13 a second (README, Benchmark). It also made one tiling job
 * in the worker instead of eleven while the map loaded, before the tiles were cut at build time.
 */
export const BASEMAP_SOURCE = 'basemap';
/** Where a layer of the basemap reads its features: the source, and the one layer in its tiles. */
export const ON_BASEMAP = { source: BASEMAP_SOURCE, 'source-layer': BASEMAP_TILES.layer } as const;
/** The low-detail world around the region (land and borders), tiles shown after the first idle. */
export const WORLD_SOURCE = 'world';
const ON_WORLD = { source: WORLD_SOURCE, 'source-layer': WORLD_TILES.layer } as const;
/** The world's layers, hidden until a view reaches past the region (create-map.ts). */
export const WORLD_BASEMAP_LAYERS = [LAYER.worldLand, LAYER.worldBorders] as const;
/** The venues marked as opened or highlighted (venueFocusPoints), replaced as they change. */
export const VENUE_FOCUS_SOURCE = 'venueFocus';

export type BasemapPart = BasemapLayerName | 'detailBox' | 'outsideData';
export type WorldPart = 'land' | 'borders';

/** One collection of several, each feature tagged with the part it came from. */
export function partsCollection<P extends string>(
	parts: Record<P, FeatureCollection>
): FeatureCollection {
	const features = [];
	for (const [part, collection] of Object.entries(parts) as [P, FeatureCollection][]) {
		for (const f of collection.features) {
			features.push({ ...f, properties: { ...f.properties, part } });
		}
	}
	return { type: 'FeatureCollection', features };
}

/** A layer's filter on one part of a merged source, and optionally more. */
export function onPart(
	part: BasemapPart | WorldPart,
	also?: FilterSpecification
): FilterSpecification {
	const own: FilterSpecification = ['==', ['get', 'part'], part];
	return also ? ['all', own, also as ExpressionSpecification] : own;
}

/**
 * The whole style for the atlas: the basemap's tiles from the site itself, the rest from data
 * already in memory; no tile server, no glyph or sprite URLs. Text is drawn from the self-hosted
 * font files given in `fontFaces`.
 */
export function buildStyle(input: StyleInput): StyleSpecification {
	const geojson = (data: FeatureCollection) => ({
		...GEOJSON_SOURCE_OPTIONS,
		type: 'geojson' as const,
		data
	});
	return {
		version: 8,
		name: 'Talks Atlas',
		'font-faces': input.fontFaces,
		sources: {
			[BASEMAP_SOURCE]: {
				type: 'vector',
				tiles: [tileUrl(input.tileOrigin, BASEMAP_TILES)],
				maxzoom: BASEMAP_TILES.maxzoom,
				bounds: BASEMAP_TILES.bounds.flat() as [number, number, number, number]
			},
			venues: geojson(input.venuePoints),
			venueHalos: geojson(input.venueHalos),
			// The venue opened and the milestone's venues, set by venue-markers.ts.
			[VENUE_FOCUS_SOURCE]: geojson(EMPTY),
			// The low-detail world around the region: its layers are shown (and its tiles fetched)
			// after the map's first idle, once a view reaches past the region.
			[WORLD_SOURCE]: {
				type: 'vector',
				tiles: [tileUrl(input.tileOrigin, WORLD_TILES)],
				maxzoom: WORLD_TILES.maxzoom,
				bounds: WORLD_TILES.bounds.flat() as [number, number, number, number]
			},
			// Filled per date by setData; the attribution control credits the assessment shown.
			frontAreas: geojson(EMPTY),
			frontLine: geojson(EMPTY)
		},
		layers: [...baseLayers(), ...labelLayers(input), ...venueLayers()]
	};
}

/**
 * The basemap's features as one collection, each tagged with its part, with the box of the
 * detailed data and the frame beyond it: what the tiles are cut from (src/build/basemap-tiles.ts).
 */
export function basemapCollection(basemap: BasemapLayers): FeatureCollection {
	return partsCollection<BasemapPart>({
		...basemap,
		detailBox: dataBoxPolygon(),
		outsideData: outsideDataMask()
	});
}

/** Everything beyond the basemap's extent: a frame, so missing land never passes for sea. */
export function outsideDataMask(): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties: {},
				geometry: {
					type: 'Polygon',
					coordinates: [
						boxRing([
							[-180, -85],
							[180, 85]
						]),
						boxRing(DATA_BOUNDS).reverse()
					]
				}
			}
		]
	};
}

/** A plain fill of one part of the basemap. */
function partFill(id: string, part: BasemapPart, colour: string): LayerSpecification {
	return {
		id,
		type: 'fill',
		...ON_BASEMAP,
		filter: onPart(part),
		paint: { 'fill-color': colour }
	};
}

function baseLayers(): LayerSpecification[] {
	return [
		{ id: 'sea', type: 'background', paint: { 'background-color': C.sea } },
		{
			// The band's colour where no basemap tile is (the tiles end at the camera's reach, and a
			// story's venue far away takes the camera beyond it): with the band, until the world
			// basemap is drawn, land never passes for sea. The data's box is sea over it (detail-box).
			id: LAYER.outsideDataGround,
			type: 'background',
			paint: { 'background-color': C.outsideData, ...INSTANT_SWITCH.background }
		},
		{
			id: LAYER.worldLand,
			type: 'fill',
			...ON_WORLD,
			filter: onPart('land'),
			layout: { visibility: 'none' },
			paint: { 'fill-color': C.land }
		},
		{
			id: LAYER.worldBorders,
			type: 'line',
			...ON_WORLD,
			filter: onPart('borders'),
			layout: { visibility: 'none' },
			paint: { 'line-color': C.border, 'line-width': 0.6 }
		},
		partFill(LAYER.detailBox, 'detailBox', C.sea),
		partFill(LAYER.land, 'land', C.land),
		partFill(LAYER.oblasts, 'oblasts', C.ukraine),
		partFill(LAYER.occupied2014, 'occupied2014', C.occupied2014Fill),
		...frontAreaLayers(),
		{
			id: 'occupied-2014-hatch',
			type: 'fill',
			...ON_BASEMAP,
			filter: onPart('occupied2014'),
			paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': 0.55, ...HATCH_EDGE }
		},
		partFill('lakes', 'lakes', C.water),
		{
			id: 'rivers',
			type: 'line',
			...ON_BASEMAP,
			filter: onPart('rivers', ['<=', ['get', 'minzoom'], ['zoom']]),
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				'line-color': C.river,
				'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 6, 1.2, 9, 2.2]
			}
		},
		{
			id: LAYER.oblastLines,
			type: 'line',
			...ON_BASEMAP,
			filter: onPart('oblasts'),
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': C.oblastLine,
				'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.4, 7, 1]
			}
		},
		{
			id: 'occupied-2014-outline',
			type: 'line',
			...ON_BASEMAP,
			filter: onPart('occupied2014'),
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': C.occupied2014Line,
				'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 7, 1.4],
				'line-dasharray': [3, 2]
			}
		},
		// Every border, then Ukraine's over it, darker and wider. One value per layer, not one per
		// feature (a colour or width read from a property): each such value makes MapLibre build
		// a shader program of its own, and the first frame to use a program waits for it to
		// compile, on the main thread in software WebGL (README, Benchmark). Borders, area labels
		// and place dots are two layers each for this, the venues' marks layers of their own
		// source. `borders` keeps Ukraine's too: queries of it (the automation hook) find every
		// border, with `ukraine` on Ukraine's.
		{
			id: LAYER.borders,
			type: 'line',
			...ON_BASEMAP,
			filter: onPart('borders'),
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				'line-color': C.border,
				'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.7, 7, 1.4]
			}
		},
		{
			id: 'borders-ukraine',
			type: 'line',
			...ON_BASEMAP,
			filter: onPart('borders', ['get', 'ukraine']),
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				'line-color': C.ukraineBorder,
				'line-width': ['interpolate', ['linear'], ['zoom'], 3, 1.1, 7, 2.2]
			}
		},
		{
			id: 'front-line-casing',
			type: 'line',
			source: 'frontLine',
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				...INSTANT_SWITCH.line,
				'line-color': C.frontLineCasing,
				'line-opacity': 0.8,
				'line-width': ['interpolate', ['linear'], ['zoom'], 3, 3, 8, 5.5]
			}
		},
		{
			id: LAYER.frontLine,
			type: 'line',
			source: 'frontLine',
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				...INSTANT_SWITCH.line,
				'line-color': C.frontLine,
				'line-width': ['interpolate', ['linear'], ['zoom'], 3, 1.4, 8, 3]
			}
		},
		{
			id: LAYER.outsideData,
			type: 'fill',
			...ON_BASEMAP,
			filter: onPart('outsideData'),
			// Hidden by its layer opacity once the world basemap is drawn (extent.ts).
			paint: { 'fill-color': C.outsideData, ...INSTANT_SWITCH.fill }
		},
		{
			id: LAYER.outsideDataEdge,
			type: 'line',
			...ON_BASEMAP,
			filter: onPart('outsideData'),
			paint: { 'line-color': C.oblastLine, 'line-width': 1, ...INSTANT_SWITCH.line }
		}
	];
}

/**
 * Layers hidden and shown by their layer opacity, at once, not with the style's default fade: the
 * front-line layers when the day switch draws in their place (`frontline-layer.ts`), the band
 * beyond the data when the world basemap arrives (`extent.ts`), and the treaty's layers on the
 * basemap's source (`treaty-overlay.ts`). A change of `visibility`, a layout property, would make
 * MapLibre cut the layer's whole source into tiles again.
 */
export const INSTANT_SWITCH = {
	background: {
		'background-opacity': 1,
		'background-opacity-transition': { duration: 0, delay: 0 }
	},
	fill: { 'fill-layer-opacity': 1, 'fill-layer-opacity-transition': { duration: 0, delay: 0 } },
	line: { 'line-layer-opacity': 1, 'line-layer-opacity-transition': { duration: 0, delay: 0 } }
} as const;

/**
 * Shows or hides a fill or line layer by its layer opacity, a background by its opacity (set up
 * as above). Returns false, and
 * changes nothing, for a layer not in the style or of another type (style.test.ts checks that
 * every layer the callers switch is one it can).
 */
export function setLayerShown(
	map: Pick<MapLibreMap, 'getLayer' | 'setPaintProperty'>,
	id: string,
	on: boolean
): boolean {
	const type = map.getLayer(id)?.type;
	if (type === 'background') {
		// A background is one quad, never tiled: its own opacity is the switch.
		map.setPaintProperty(id, 'background-opacity', on ? 1 : 0);
		return true;
	}
	if (type !== 'fill' && type !== 'line') return false;
	map.setPaintProperty(id, `${type}-layer-opacity`, on ? 1 : 0, { validate: false });
	return true;
}

/**
 * Russian control as a fill; advances (areas Russian forces entered without holding, in ISW's
 * terms) hatched and lighter; Ukrainian counteroffensives hatched in blue. The pre-2022
 * occupation's own hatch is drawn over these, so old and new occupation stay distinguishable.
 */
function frontAreaLayers(): LayerSpecification[] {
	const kind = (k: string): FilterSpecification => ['==', ['get', 'kind'], k];
	return [
		{
			id: LAYER.frontControl,
			type: 'fill',
			source: 'frontAreas',
			filter: kind('control'),
			paint: { 'fill-color': C.control, 'fill-opacity': 0.42, ...INSTANT_SWITCH.fill }
		},
		{
			id: 'front-advance-tint',
			type: 'fill',
			source: 'frontAreas',
			filter: kind('advance'),
			paint: { 'fill-color': C.control, 'fill-opacity': 0.12, ...INSTANT_SWITCH.fill }
		},
		{
			id: LAYER.frontAdvance,
			type: 'fill',
			source: 'frontAreas',
			filter: kind('advance'),
			paint: {
				'fill-pattern': HATCH_ADVANCE,
				'fill-opacity': 0.7,
				...HATCH_EDGE,
				...INSTANT_SWITCH.fill
			}
		},
		{
			id: LAYER.frontCounteroffensive,
			type: 'fill',
			source: 'frontAreas',
			filter: kind('counteroffensive'),
			paint: {
				'fill-pattern': HATCH_COUNTER,
				'fill-opacity': 0.6,
				...HATCH_EDGE,
				...INSTANT_SWITCH.fill
			}
		}
	];
}

/**
 * The front-line layers in drawing order, as the day-switch layer (`day-layer.ts`) copies them: it
 * draws the same kinds with the same paint, read from these layers, so a theme or present mode
 * changes both alike.
 */
export const FRONT_AREA_DRAWS: readonly {
	layer: string;
	kind: FrontlineLayerKey;
	pattern: string | null;
}[] = [
	{ layer: LAYER.frontControl, kind: 'control', pattern: null },
	{ layer: 'front-advance-tint', kind: 'advance', pattern: null },
	{ layer: LAYER.frontAdvance, kind: 'advance', pattern: HATCH_ADVANCE },
	{ layer: LAYER.frontCounteroffensive, kind: 'counteroffensive', pattern: HATCH_COUNTER }
];
export const FRONT_LINE_DRAWS: readonly string[] = ['front-line-casing', LAYER.frontLine];

const textHalo = { 'text-halo-color': C.labelHalo, 'text-halo-width': 1.4, 'text-halo-blur': 0.4 };

/**
 * Rank 1 places from the start, rank 2 from zoom 4.5, rank 3 from zoom 6; a city that is also a
 * venue (Kyiv, Istanbul, Moscow) is drawn once, as the venue.
 */
function placeVisible(
	hidden: readonly string[],
	name: ExpressionSpecification
): ExpressionSpecification {
	return [
		'all',
		['<=', ['get', 'rank'], ['step', ['zoom'], 1, 4.5, 2, 6, 3]],
		['!', ['in', name, ['literal', hidden]]]
	];
}

function labelLayers(input: StyleInput): LayerSpecification[] {
	const name = labelName(input.labelLanguage);
	return [
		// Seas and land areas in two layers, each of one colour (one value per layer: see the
		// borders). Seas first: the layer above places its labels first, so where a sea's name and
		// a country's would collide the country's stays. (In one layer the rank decided; the Sea
		// of Azov, rank 2, gave way to Ukraine and Russia as it does now, and no rank-2 country's
		// name is near the Black Sea's.)
		...(['sea-labels', 'area-labels'] as const).map((id): LayerSpecification => ({
			id,
			type: 'symbol',
			...ON_BASEMAP,
			minzoom: MIN_ZOOM,
			filter: onPart('areaLabels', [
				'all',
				[id === 'sea-labels' ? '==' : '!=', ['get', 'kind'], 'sea'],
				['any', ['==', ['get', 'rank'], 1], ['>=', ['zoom'], 5]]
			]),
			layout: {
				'text-field': name,
				'text-font': [FONT_SEMIBOLD],
				'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 7, 16],
				'text-letter-spacing': 0.18,
				'text-transform': 'uppercase',
				'text-max-width': 8,
				'symbol-sort-key': ['get', 'rank']
			},
			paint: { 'text-color': id === 'sea-labels' ? C.seaLabel : C.areaLabel, ...textHalo }
		})),
		{
			id: 'river-labels',
			type: 'symbol',
			...ON_BASEMAP,
			minzoom: 5,
			filter: onPart('rivers', ['get', 'labelled']),
			layout: {
				'symbol-placement': 'line',
				'text-field': name,
				'text-font': [FONT_REGULAR],
				'text-size': 11,
				'text-letter-spacing': 0.05,
				'symbol-spacing': 400
			},
			paint: { 'text-color': C.riverLabel, ...textHalo }
		},
		{
			id: 'oblast-labels',
			type: 'symbol',
			...ON_BASEMAP,
			filter: onPart('oblastLabels'),
			minzoom: 6,
			layout: {
				'text-field': name,
				'text-font': [FONT_REGULAR],
				'text-size': 11,
				'text-max-width': 7
			},
			paint: { 'text-color': C.oblastLabel, ...textHalo }
		},
		// Towns, and capitals larger, in two layers (one value per layer: see the borders).
		...(['place-dots', 'capital-dots'] as const).map((id): LayerSpecification => ({
			id,
			type: 'circle',
			...ON_BASEMAP,
			minzoom: MIN_ZOOM,
			filter: onPart('places', [
				'all',
				[id === 'capital-dots' ? '==' : '!=', ['get', 'capital'], true],
				placeVisible(input.hiddenPlaceNames, name)
			]),
			paint: {
				'circle-color': C.placeDot,
				'circle-radius': id === 'capital-dots' ? 3.2 : 2.4,
				'circle-stroke-color': C.labelHalo,
				'circle-stroke-width': id === 'capital-dots' ? 1.5 : 1
			}
		})),
		{
			id: 'place-labels',
			type: 'symbol',
			...ON_BASEMAP,
			minzoom: MIN_ZOOM,
			filter: onPart('places', placeVisible(input.hiddenPlaceNames, name)),
			layout: {
				'text-field': name,
				'text-font': [
					'case',
					['get', 'capital'],
					['literal', [FONT_SEMIBOLD]],
					['literal', [FONT_REGULAR]]
				],
				'text-size': ['match', ['get', 'rank'], 1, 13, 2, 12, 11],
				'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
				'text-radial-offset': 0.5,
				'text-justify': 'auto',
				'symbol-sort-key': ['get', 'rank']
			},
			paint: { 'text-color': C.placeLabel, ...textHalo }
		}
	];
}

const venueRadius: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 3, 4.5, 8, 7];
const selectedRingRadius: ExpressionSpecification = [
	'interpolate',
	['linear'],
	['zoom'],
	3,
	9.5,
	8,
	12
];

/** The ring around a venue opened or highlighted. */
const focusRing = {
	'circle-radius': selectedRingRadius,
	'circle-color': 'rgba(0,0,0,0)',
	'circle-stroke-color': C.venueSelected,
	'circle-stroke-width': 3
} as const;

const venueDot = {
	'circle-radius': venueRadius,
	'circle-stroke-color': C.labelHalo,
	'circle-stroke-width': 2
} as const;

function venueLayers(): LayerSpecification[] {
	return [
		{
			id: LAYER.venueHalo,
			type: 'fill',
			source: 'venueHalos',
			paint: { 'fill-color': C.venueHalo, 'fill-opacity': 0.12 }
		},
		{
			// The ground-true halo is a few pixels wide at region zoom; this disk keeps an
			// approximate venue visibly "somewhere around here" at any zoom.
			id: LAYER.venueApproxDisk,
			type: 'circle',
			source: 'venues',
			filter: ['==', ['get', 'precision'], 'approximate'],
			paint: {
				'circle-radius': 12,
				'circle-color': C.venueHalo,
				'circle-opacity': 0.16,
				'circle-stroke-color': C.venueHalo,
				'circle-stroke-opacity': 0.5,
				'circle-stroke-width': 1
			}
		},
		{
			id: LAYER.venueHaloOutline,
			type: 'line',
			source: 'venueHalos',
			paint: { 'line-color': C.venueHalo, 'line-width': 1.2, 'line-dasharray': [2, 2] }
		},
		// The milestone's venues and the venue opened are marked by layers of their own source
		// (venueFocusPoints): one value per layer, so the rings and dots share one shader program.
		{
			id: LAYER.venueHighlight,
			type: 'circle',
			source: VENUE_FOCUS_SOURCE,
			filter: ['==', ['get', 'role'], 'highlight'],
			paint: { ...focusRing, 'circle-stroke-opacity': 0.85 }
		},
		{
			id: LAYER.venueSelected,
			type: 'circle',
			source: VENUE_FOCUS_SOURCE,
			filter: ['==', ['get', 'role'], 'selected'],
			paint: focusRing
		},
		{
			id: LAYER.venues,
			type: 'circle',
			source: 'venues',
			paint: { ...venueDot, 'circle-color': C.venue }
		},
		{
			id: LAYER.venueSelectedDot,
			type: 'circle',
			source: VENUE_FOCUS_SOURCE,
			filter: ['==', ['get', 'role'], 'selected'],
			paint: { ...venueDot, 'circle-color': C.venueSelected }
		},
		{
			id: LAYER.venueLabels,
			type: 'symbol',
			source: 'venues',
			// In the guarantor layer's world view the venues would be a heap of names over Europe.
			minzoom: MIN_ZOOM,
			layout: {
				'text-field': ['get', 'label'],
				'text-font': [FONT_SEMIBOLD],
				'text-size': ['interpolate', ['linear'], ['zoom'], 3, 12, 8, 14],
				'text-variable-anchor': ['right', 'left', 'bottom', 'top'],
				'text-radial-offset': 0.9,
				'text-justify': 'auto',
				// Venue names matter more than any basemap label: never hide one for a city name.
				'text-allow-overlap': false,
				'symbol-sort-key': ['get', 'sortKey']
			},
			paint: { 'text-color': C.venue, ...textHalo, 'text-halo-width': 2 }
		}
	];
}
