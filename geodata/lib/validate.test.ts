import { describe, expect, it } from 'vitest';
import { parseFeatureCollection } from './validate';

const rules = { geometryTypes: ['Point'] as const, requiredProperties: ['NAME'] };
const point = (coordinates: unknown, properties: unknown = { NAME: 'Kyiv' }) =>
	JSON.stringify({
		type: 'FeatureCollection',
		features: [{ type: 'Feature', properties, geometry: { type: 'Point', coordinates } }]
	});

describe('parseFeatureCollection', () => {
	it('accepts a well-formed collection', () => {
		const fc = parseFeatureCollection(point([30.52, 50.45]), 'places.geojson', rules);
		expect(fc.features).toHaveLength(1);
	});

	it.each([
		['{"type": "FeatureCollection", "features": [', 'not valid JSON'],
		['{"type": "Feature"}', 'expected a GeoJSON FeatureCollection'],
		['{"type": "FeatureCollection", "features": []}', 'has no features'],
		[point([30.52, 95]), 'coordinate out of range: [30.52, 95]'],
		[point(['30', 50]), 'non-numeric coordinate'],
		[point([30.52]), 'not [longitude, latitude]'],
		[point([30.52, 50.45], { name: 'x' }), 'lacks the required property "NAME"']
	])('names the file and the problem for %s', (text, problem) => {
		expect(() => parseFeatureCollection(text, 'geodata/sources/places.geojson', rules)).toThrow(
			new RegExp(`^geodata/sources/places\\.geojson: .*${escape(problem)}`)
		);
	});

	it('rejects a geometry type the layer does not allow', () => {
		const line = JSON.stringify({
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					properties: {},
					geometry: {
						type: 'LineString',
						coordinates: [
							[0, 0],
							[1, 1]
						]
					}
				}
			]
		});
		expect(() =>
			parseFeatureCollection(line, 'land.geojson', { geometryTypes: ['Polygon'] })
		).toThrow('land.geojson: feature 0 has geometry type LineString; expected Polygon');
	});

	it('rejects an empty ring', () => {
		const polygon = JSON.stringify({
			type: 'FeatureCollection',
			features: [
				{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[]] } }
			]
		});
		expect(() =>
			parseFeatureCollection(polygon, 'land.geojson', { geometryTypes: ['Polygon'] })
		).toThrow('empty or malformed coordinate array');
	});
});

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
