import { m } from '../paraglide/messages';
import type {
	ExpressionSpecification,
	FilterSpecification,
	LayerSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import type { Feature, FeatureCollection, Point } from 'geojson';
import {
	COUNTRY_NAMES,
	CRIMEA_CLAUSE,
	statesWithRole,
	type CountryCode,
	type GuarantorRole,
	type TreatyDocument
} from '../content/treaty';
import type { TreatyLayerId } from '../treaty/layers';
import { PALETTE as C } from './palette';
import {
	ON_BASEMAP,
	FONT_SEMIBOLD,
	HATCH_EDGE,
	HATCH_EXCLUDED,
	HATCH_PENDING,
	INSTANT_SWITCH,
	LAYER,
	onPart
} from './style';

/** Ids of the treaty layers' map layers, for the overlay and the tests. */
export const TREATY_LAYER = {
	dataBox: 'world-data-box',
	guarantor: 'treaty-guarantor',
	proposed: 'treaty-guarantor-proposed',
	bracketed: 'treaty-guarantor-bracketed',
	guarantorOutline: 'treaty-guarantor-outline',
	guarantorLabels: 'treaty-guarantor-labels',
	excluded: 'treaty-excluded',
	excludedRegions: 'treaty-excluded-regions',
	crimea: 'treaty-crimea',
	crimeaLabels: 'treaty-crimea-labels',
	bands: 'treaty-missile-bands',
	bandEdges: 'treaty-missile-edges',
	ukraine: 'treaty-ukraine',
	forcesLabels: 'treaty-forces-labels'
} as const;

/** The sources the treaty layers add to the map. */
export const TREATY_SOURCE = {
	countries: 'worldCountries',
	countryLabels: 'worldCountryLabels',
	dataBox: 'dataBox',
	ukraine: 'treatyUkraine',
	bands: 'missileBands',
	labels: 'treatyLabels'
} as const;

/** A layer and the base-style layer it is inserted below. */
export interface PlacedLayer {
	layer: LayerSpecification;
	before: string;
}

const byId = (codes: readonly string[]): FilterSpecification => [
	'in',
	['get', 'id'],
	['literal', [...codes]]
];

const namedStates = (document: TreatyDocument) => Object.keys(document.roles) as CountryCode[];

/** A guarantor layer's filter for a document: exactly the states with that role, nothing else. */
export function roleFilter(document: TreatyDocument, role: GuarantorRole): FilterSpecification {
	return byId(statesWithRole(document, role));
}

/** The label of each named state; states in brackets in the text are bracketed on the map too. */
export function guarantorLabelText(document: TreatyDocument): ExpressionSpecification {
	const pairs = namedStates(document).flatMap((code) => {
		const name = COUNTRY_NAMES[code];
		const role = document.roles[code];
		const text =
			role === 'bracketed'
				? `(${name})`
				: role === 'proposed'
					? m.map_guarantor_proposed({ name })
					: name;
		return [code, text];
	});
	return ['match', ['get', 'id'], ...pairs, ''] as unknown as ExpressionSpecification;
}

/** The filters and label text that change when the reader switches documents. */
export function documentUpdates(document: TreatyDocument): {
	filters: Record<string, FilterSpecification>;
	labelText: ExpressionSpecification;
} {
	return {
		filters: {
			[TREATY_LAYER.guarantor]: roleFilter(document, 'guarantor'),
			[TREATY_LAYER.proposed]: roleFilter(document, 'proposed'),
			[TREATY_LAYER.bracketed]: roleFilter(document, 'bracketed'),
			[TREATY_LAYER.guarantorOutline]: byId(namedStates(document)),
			[TREATY_LAYER.guarantorLabels]: byId(namedStates(document))
		},
		labelText: guarantorLabelText(document)
	};
}

const textHalo = { 'text-halo-color': C.labelHalo, 'text-halo-width': 1.6, 'text-halo-blur': 0.3 };

/**
 * The guarantor layer. Beneath the detailed basemap, the 1:50m world fills in the land beyond its
 * extent (the basemap's box is painted sea first, so the two never double up); above it, the
 * named states are filled by role. Filters, not feature-state, pick the states, so a query of the
 * rendered features returns exactly the named states.
 */
export function guarantorLayers(document: TreatyDocument): PlacedLayer[] {
	const { filters, labelText } = documentUpdates(document);
	const fill = (id: string, paint: Record<string, unknown>): PlacedLayer => ({
		before: LAYER.frontControl,
		layer: {
			id,
			type: 'fill',
			source: TREATY_SOURCE.countries,
			filter: filters[id],
			paint
		} as LayerSpecification
	});
	return [
		{
			before: LAYER.land,
			layer: {
				id: TREATY_LAYER.dataBox,
				type: 'fill',
				source: TREATY_SOURCE.dataBox,
				paint: { 'fill-color': C.sea }
			}
		},
		fill(TREATY_LAYER.guarantor, { 'fill-color': C.guarantor, 'fill-opacity': 0.5 }),
		fill(TREATY_LAYER.proposed, {
			'fill-pattern': HATCH_PENDING,
			'fill-opacity': 0.85,
			...HATCH_EDGE
		}),
		fill(TREATY_LAYER.bracketed, {
			'fill-pattern': HATCH_PENDING,
			'fill-opacity': 0.85,
			...HATCH_EDGE
		}),
		{
			before: LAYER.venueHalo,
			layer: {
				id: TREATY_LAYER.guarantorOutline,
				type: 'line',
				source: TREATY_SOURCE.countries,
				filter: filters[TREATY_LAYER.guarantorOutline],
				layout: { 'line-join': 'round' },
				paint: {
					'line-color': roleColour(document, C.guarantorLine, C.pendingLine),
					'line-width': ['interpolate', ['linear'], ['zoom'], 1, 1, 5, 2]
				}
			}
		},
		{
			before: LAYER.venueHalo,
			layer: {
				id: TREATY_LAYER.guarantorLabels,
				type: 'symbol',
				source: TREATY_SOURCE.countryLabels,
				filter: filters[TREATY_LAYER.guarantorLabels],
				layout: {
					'text-field': labelText,
					'text-font': [FONT_SEMIBOLD],
					'text-size': ['interpolate', ['linear'], ['zoom'], 1, 11, 5, 14],
					'text-max-width': 9
				},
				paint: { 'text-color': C.guarantorLine, ...textHalo }
			}
		}
	];
}

function roleColour(
	document: TreatyDocument,
	guarantor: string,
	pending: string
): ExpressionSpecification {
	return [
		'case',
		['in', ['get', 'id'], ['literal', statesWithRole(document, 'guarantor')]],
		guarantor,
		pending
	];
}

/** Crimea's deferred status, and the areas the guarantees would not have covered. */
export function crimeaLayers(): PlacedLayer[] {
	return [
		{
			before: LAYER.venueHalo,
			layer: {
				id: TREATY_LAYER.excluded,
				type: 'fill',
				...ON_BASEMAP,
				filter: onPart('occupied2014'),
				paint: {
					'fill-pattern': HATCH_EXCLUDED,
					'fill-opacity': 0.75,
					...HATCH_EDGE,
					...INSTANT_SWITCH.fill
				}
			}
		},
		{
			before: LAYER.venueHalo,
			layer: {
				id: TREATY_LAYER.excludedRegions,
				type: 'line',
				...ON_BASEMAP,
				// Donetsk and Luhansk oblasts whole: the widest reading of "certain areas".
				filter: onPart('oblasts', byId(['UA-14', 'UA-09'])),
				layout: { 'line-join': 'round' },
				paint: {
					'line-color': C.excluded,
					'line-width': 1.6,
					'line-dasharray': [1.5, 1.5],
					...INSTANT_SWITCH.line
				}
			}
		},
		{
			before: LAYER.venueHalo,
			layer: {
				id: TREATY_LAYER.crimea,
				type: 'line',
				...ON_BASEMAP,
				filter: onPart('occupied2014', byId(['UA-43', 'UA-40'])),
				layout: { 'line-join': 'round' },
				paint: {
					'line-color': C.crimeaLine,
					'line-width': ['interpolate', ['linear'], ['zoom'], 3, 1.6, 7, 3.2],
					...INSTANT_SWITCH.line
				}
			}
		},
		labelLayer(TREATY_LAYER.crimeaLabels, 'crimea', 4)
	];
}

/** The missile-range bands (illustrative) and Ukraine's outline as a neutral state. */
export function forcesLayers(): PlacedLayer[] {
	return [
		{
			before: LAYER.frontControl,
			layer: {
				id: TREATY_LAYER.bands,
				type: 'fill',
				source: TREATY_SOURCE.bands,
				paint: {
					'fill-color': ['match', ['get', 'rangeKm'], 40, C.bandNear, C.bandFar],
					'fill-opacity': ['match', ['get', 'rangeKm'], 40, 0.35, 0.2]
				}
			}
		},
		{
			before: LAYER.venueHalo,
			layer: {
				id: TREATY_LAYER.bandEdges,
				type: 'line',
				source: TREATY_SOURCE.bands,
				paint: { 'line-color': C.bandLine, 'line-width': 1.2, 'line-dasharray': [4, 2] }
			}
		},
		{
			before: LAYER.venueHalo,
			layer: {
				id: TREATY_LAYER.ukraine,
				type: 'line',
				source: TREATY_SOURCE.ukraine,
				layout: { 'line-join': 'round' },
				paint: { 'line-color': C.bandLine, 'line-width': 2.2 }
			}
		},
		labelLayer(TREATY_LAYER.forcesLabels, 'forces', 3.5)
	];
}

/** Notes on the map appear once there is room for them; the panel says the same at any zoom. */
function labelLayer(id: string, group: TreatyLayerId, minzoom: number): PlacedLayer {
	const layer: SymbolLayerSpecification = {
		id,
		type: 'symbol',
		source: TREATY_SOURCE.labels,
		minzoom,
		filter: ['==', ['get', 'group'], group],
		layout: {
			'text-field': ['get', 'text'],
			'text-font': [FONT_SEMIBOLD],
			'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 7, 14],
			'text-max-width': 12
		},
		paint: { 'text-color': C.crimeaLine, ...textHalo, 'text-halo-width': 2 }
	};
	return { before: LAYER.venueHalo, layer };
}

/** The map's notes for the treaty layers, each at an anchor the pipeline placed (in the page's language). */
function labelText(): Record<string, { group: TreatyLayerId; text: string }> {
	return {
		crimea: { group: 'crimea', text: m.map_treaty_crimea({ years: CRIMEA_CLAUSE.years }) },
		'excluded-donbas': { group: 'crimea', text: m.map_treaty_excluded() },
		ukraine: { group: 'forces', text: m.map_treaty_neutral() },
		'band-40': { group: 'forces', text: m.map_treaty_band_40() },
		'band-280': { group: 'forces', text: m.map_treaty_band_280() }
	};
}

/** Joins the pipeline's anchors with the notes above; an anchor without a note is left out. */
export function treatyLabels(anchors: FeatureCollection): FeatureCollection<Point> {
	const labels = labelText();
	const features = anchors.features.flatMap((anchor): Feature<Point>[] => {
		const id = String(anchor.properties?.id ?? '');
		const label = labels[id];
		if (!label || anchor.geometry.type !== 'Point') return [];
		return [{ type: 'Feature', properties: { id, ...label }, geometry: anchor.geometry }];
	});
	return { type: 'FeatureCollection', features };
}

/** Every map layer of a treaty layer, for switching them on and off together. */
export function layerIdsOf(id: TreatyLayerId, document: TreatyDocument): string[] {
	const placed =
		id === 'guarantors'
			? guarantorLayers(document)
			: id === 'crimea'
				? crimeaLayers()
				: forcesLayers();
	return placed.map((p) => p.layer.id);
}
