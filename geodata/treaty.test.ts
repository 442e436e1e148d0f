import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { COUNTRY_NAMES, TREATY_DOCUMENTS } from '../src/lib/content/treaty';
import { distanceToRingsKm, ringsOf } from './lib/measure';
import { UKRAINE_CHECK_POINTS } from './lib/world';
import { OUTPUT_DIR } from './paths';
import { MISSILE_RANGES_KM, TREATY_OUTPUT, WORLD_OUTPUT } from './treaty';

type Polygonal = Polygon | MultiPolygon;

// The files the app serves, as committed (outputs.test.ts checks they match a fresh build).
function layer<G extends Polygonal | Point>(file: string, name: string): FeatureCollection<G> {
	const topology = JSON.parse(readFileSync(join(OUTPUT_DIR, file), 'utf8')) as Topology;
	return feature(topology, topology.objects[name] as GeometryCollection) as FeatureCollection<G>;
}

describe('the missile-range bands (static/data/treaty.topo.json)', () => {
	const ukraine = layer<Polygonal>(TREATY_OUTPUT, 'ukraine').features[0];
	const border = ringsOf(ukraine.geometry);
	const bands = layer<Polygonal>(TREATY_OUTPUT, 'missileBands').features;

	it('has one band per cap, 40 and 280 km', () => {
		expect(bands.map((b) => b.properties?.rangeKm)).toEqual([...MISSILE_RANGES_KM]);
	});

	// Every vertex of each band's outer edge, measured to Ukraine's border with turf: within 2 %.
	it.each(MISSILE_RANGES_KM.map((km, i) => [km, i] as const))(
		'the outer edge of the %i km band lies that far from Ukraine’s border',
		(km, index) => {
			const polygons =
				bands[index].geometry.type === 'Polygon'
					? [bands[index].geometry.coordinates]
					: bands[index].geometry.coordinates;
			const distances = polygons.flatMap((p) => p[0].map((v) => distanceToRingsKm(v, border)));
			expect(distances.length).toBeGreaterThan(100);
			expect(Math.min(...distances)).toBeGreaterThan(km * 0.98);
			expect(Math.max(...distances)).toBeLessThan(km * 1.02);
		}
	);

	it('does not cover Ukraine itself', () => {
		for (const { lonLat } of UKRAINE_CHECK_POINTS) {
			for (const band of bands) expect(booleanPointInPolygon(lonLat, band)).toBe(false);
		}
	});
});

describe('the world countries (static/data/world.topo.json)', () => {
	const countries = layer<Polygonal>(WORLD_OUTPUT, 'countries').features;
	const byId = new Map(countries.map((c) => [c.properties?.id as string, c]));

	it('has a shape for every state the treaty documents name', () => {
		const named = TREATY_DOCUMENTS.flatMap((d) => Object.keys(d.roles));
		for (const code of [...named, ...Object.keys(COUNTRY_NAMES)]) expect(byId.has(code)).toBe(true);
	});

	it('draws Crimea and the Donbas as Ukraine’s', () => {
		for (const { name, lonLat } of UKRAINE_CHECK_POINTS) {
			expect(booleanPointInPolygon(lonLat, byId.get('UKR')!), name).toBe(true);
			expect(booleanPointInPolygon(lonLat, byId.get('RUS')!), name).toBe(false);
		}
	});

	it('has a label point inside each country', () => {
		const labels = layer<Point>(WORLD_OUTPUT, 'countryLabels').features;
		expect(labels.length).toBe(countries.length);
		const usa = labels.find((l) => l.properties?.id === 'USA')!;
		expect(booleanPointInPolygon(usa.geometry.coordinates, byId.get('USA')!)).toBe(true);
	});
});
