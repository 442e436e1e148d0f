import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { GeodataError } from './errors';

type Polygonal = Polygon | MultiPolygon;
export type Country = Feature<Polygonal, { id: string; name: string }>;

/** Points a world atlas must put inside Ukraine: it is not trusted to draw Crimea right. */
export const UKRAINE_CHECK_POINTS: readonly { name: string; lonLat: Position }[] = [
	{ name: 'Simferopol', lonLat: [34.1, 44.95] },
	{ name: 'Sevastopol', lonLat: [33.52, 44.6] },
	{ name: 'Kyiv', lonLat: [30.52, 50.45] },
	{ name: 'Donetsk', lonLat: [37.8, 48.0] }
];

/** Countries the map never shows: Antarctica only stretches a Mercator world view. */
const LEFT_OUT = new Set(['ATA']);

/**
 * The countries of a world-atlas TopoJSON (objects.countries, each with `a3` and `name`), keyed by
 * their ISO alpha-3 code. A missing or repeated code, or an atlas that draws Crimea as Russia's,
 * stops the build: the guarantor layer finds states by these ids.
 */
export function selectCountries(json: unknown, file: string): Country[] {
	const topology = json as Topology;
	const object = topology?.objects?.countries as GeometryCollection | undefined;
	if (topology?.type !== 'Topology' || object?.type !== 'GeometryCollection') {
		throw new GeodataError(file, 'expected a TopoJSON topology with a "countries" collection');
	}
	const seen = new Set<string>();
	const countries: Country[] = [];
	for (const [index, item] of feature(topology, object).features.entries()) {
		const p = (item.properties ?? {}) as Record<string, unknown>;
		const id = String(p.a3 ?? '');
		if (!/^[A-Z]{3}$/.test(id)) {
			throw new GeodataError(file, `country ${index} has no ISO alpha-3 code ("a3")`);
		}
		if (seen.has(id)) throw new GeodataError(file, `the code ${id} is used twice`);
		seen.add(id);
		if (LEFT_OUT.has(id) || !item.geometry) continue;
		if (item.geometry.type !== 'Polygon' && item.geometry.type !== 'MultiPolygon') {
			throw new GeodataError(file, `${id} is a ${item.geometry.type}, not a polygon`);
		}
		countries.push({
			type: 'Feature',
			properties: { id, name: String(p.name ?? id) },
			geometry: unwrapAntimeridian(item.geometry)
		});
	}
	checkUkraine(countries, file);
	return countries.sort((a, b) => a.properties.id.localeCompare(b.properties.id));
}

function checkUkraine(countries: Country[], file: string): void {
	const find = (id: string) => countries.find((c) => c.properties.id === id);
	const ukraine = find('UKR');
	const russia = find('RUS');
	if (!ukraine || !russia) throw new GeodataError(file, 'Ukraine or Russia is missing');
	for (const { name, lonLat } of UKRAINE_CHECK_POINTS) {
		if (!booleanPointInPolygon(lonLat, ukraine) || booleanPointInPolygon(lonLat, russia)) {
			throw new GeodataError(file, `${name} is not drawn inside Ukraine`);
		}
	}
}

/**
 * A ring that crosses the 180° meridian (Chukotka, Fiji) jumps from +180 to −180 and back; a map
 * draws that jump as a band across the whole world. Shifting the ring's western longitudes by
 * 360° keeps it in one piece just east of 180°, where Mercator maps draw it next to its country.
 */
export function unwrapAntimeridian(geometry: Polygonal): Polygonal {
	const unwrap = (ring: Position[]): Position[] => {
		const lons = ring.map((p) => p[0]);
		if (Math.max(...lons) - Math.min(...lons) <= 180) return ring;
		return ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]);
	};
	return geometry.type === 'Polygon'
		? { type: 'Polygon', coordinates: geometry.coordinates.map(unwrap) }
		: { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(unwrap)) };
}
