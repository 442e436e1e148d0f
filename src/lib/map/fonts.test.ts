import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VENUES } from '../content/venues';
import { TREATY_DOCUMENTS } from '../content/treaty';
import { coveredByLatin } from '../fonts';
import { MAP_FONT_FACES } from './fonts';
import { treatyLabels } from './treaty-style';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

/** Every string property of every feature of a TopoJSON file the map draws from. */
function strings(file: string): string[] {
	const topology = JSON.parse(readFileSync(`static/data/${file}`, 'utf8')) as Topology;
	const found: string[] = [];
	for (const object of Object.values(topology.objects)) {
		const geometries = (object as { geometries?: { properties?: object }[] }).geometries ?? [];
		for (const g of geometries) {
			for (const value of Object.values(g.properties ?? {}))
				if (typeof value === 'string') found.push(value);
		}
	}
	return found;
}

describe('the map’s fonts', () => {
	it('cover every label the map can draw, so no face beyond them is needed', () => {
		const anchors = feature(
			JSON.parse(readFileSync('static/data/treaty.topo.json', 'utf8')),
			'anchors'
		) as unknown as GeoJSON.FeatureCollection;
		const labels = [
			...strings('basemap.topo.json'),
			...strings('world.topo.json'),
			...strings('treaty.topo.json'),
			...VENUES.map((v) => v.mapLabel),
			...treatyLabels(anchors).features.map((f) => String(f.properties?.text)),
			...TREATY_DOCUMENTS.map((d) => d.label)
		];
		expect(labels.length).toBeGreaterThan(100);
		expect(labels.filter((label) => !coveredByLatin(label))).toEqual([]);
	});

	it('checks characters against the ranges (İ is Latin Extended; ü, ç and ’ are not)', () => {
		expect(coveredByLatin('Dolmabahçe · Türkiye’s')).toBe(true);
		expect(coveredByLatin('İzmir')).toBe(false);
		expect(coveredByLatin('Çavuşoğlu')).toBe(false);
		expect(Object.values(MAP_FONT_FACES).flat()).toHaveLength(2);
	});
});
