import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VENUES } from '../content/venues';
import { TREATY_DOCUMENTS } from '../content/treaty';
import { coveredBy, CYRILLIC, LATIN } from '../fonts';
import { contentFor } from '../content/data/index';
import { setContent } from '../content/load';
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
	const anchors = () =>
		feature(
			JSON.parse(readFileSync('static/data/treaty.topo.json', 'utf8')),
			'anchors'
		) as unknown as GeoJSON.FeatureCollection;

	it('cover every label the map can draw in English with the Latin faces alone', () => {
		const labels = [
			...strings('basemap.topo.json').filter((text) => !/\p{Script=Cyrillic}/u.test(text)),
			...strings('world.topo.json'),
			...strings('treaty.topo.json'),
			...VENUES.map((v) => v.mapLabel),
			...treatyLabels(anchors()).features.map((f) => String(f.properties?.text)),
			...TREATY_DOCUMENTS.map((d) => d.label)
		];
		expect(labels.length).toBeGreaterThan(100);
		expect(labels.filter((label) => !coveredBy(label, LATIN))).toEqual([]);
	});

	it('cover every label of the Ukrainian edition with the Latin and Cyrillic faces', () => {
		try {
			setContent(contentFor('uk'));
			const labels = [
				...strings('basemap.topo.json'),
				...VENUES.map((v) => v.mapLabel),
				...TREATY_DOCUMENTS.map((d) => d.label)
			];
			expect(labels.filter((label) => /\p{Script=Cyrillic}/u.test(label)).length).toBeGreaterThan(
				100
			);
			const ranges = [...LATIN, ...CYRILLIC];
			expect(labels.filter((label) => !coveredBy(label, ranges))).toEqual([]);
		} finally {
			setContent(contentFor('en'));
		}
	});

	it('checks characters against the ranges (İ is Latin Extended; ü, ç and ’ are not; Cyrillic is its own)', () => {
		expect(coveredBy('Dolmabahçe · Türkiye’s', LATIN)).toBe(true);
		expect(coveredBy('İzmir', LATIN)).toBe(false);
		expect(coveredBy('Çavuşoğlu', LATIN)).toBe(false);
		expect(coveredBy('Кам’янюки, Ґ', [...LATIN, ...CYRILLIC])).toBe(true);
		expect(coveredBy('Кам’янюки', LATIN)).toBe(false);
		expect(Object.values(MAP_FONT_FACES).flat()).toHaveLength(4);
	});
});
