import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { PALETTE } from '../map/palette';
import { getLocale, overwriteGetLocale } from '../paraglide/runtime';
import { fitMercator } from './projection';
import { renderStaticMap, scaleLength, type StaticBasemap } from './static-map';

const collection = (...features: Feature[]): FeatureCollection => ({
	type: 'FeatureCollection',
	features
});
const feature = (geometry: Geometry, properties: Record<string, unknown> = {}): Feature => ({
	type: 'Feature',
	properties,
	geometry
});
const square = (w: number, s: number, e: number, n: number): Geometry => ({
	type: 'Polygon',
	coordinates: [
		[
			[w, s],
			[e, s],
			[e, n],
			[w, n],
			[w, s]
		]
	]
});
const point = (lon: number, lat: number): Geometry => ({ type: 'Point', coordinates: [lon, lat] });

const EMPTY = collection();
const basemap: StaticBasemap = {
	land: collection(feature(square(20, 40, 40, 55))),
	lakes: EMPTY,
	rivers: EMPTY,
	ukraine: collection(feature(square(24, 45, 38, 52))),
	oblastLines: EMPTY,
	occupied2014: EMPTY,
	borders: EMPTY,
	places: collection(
		feature(point(30.5, 50.45), { name: 'Kyiv', rank: 1, capital: true }),
		// Right on the venue: its label must give way to the venue's.
		feature(point(29, 41.05), { name: 'Istanbul', rank: 1 }),
		feature(point(28.98, 41.1), { name: 'Beyoğlu', rank: 2 })
	),
	areaLabels: EMPTY
};

function render(frontline = true) {
	const projection = fitMercator([22, 40, 40, 53], 1000, 620, 10);
	const svg = renderStaticMap({
		projection,
		basemap,
		frontline: frontline
			? {
					areas: collection(feature(square(36, 46, 39, 49), { kind: 'control' })),
					line: collection(
						feature({
							type: 'LineString',
							coordinates: [
								[36, 46],
								[36, 49]
							]
						})
					)
				}
			: null,
		venues: [{ label: 'Istanbul', lonLat: [29, 41.04], uncertaintyKm: 60 }],
		title: 'A <test> map',
		credit: 'Front line: test'
	});
	return { svg, projection };
}

describe('renderStaticMap', () => {
	it('draws the controlled area where the projection puts it, under the front line', () => {
		const { svg, projection } = render();
		const [x, y] = projection.project([36, 46]).map((v) => Math.round(v * 10) / 10);
		const control = svg.indexOf(`fill="${PALETTE.control}" fill-opacity="0.42"`);
		expect(control).toBeGreaterThan(0);
		expect(svg).toContain(`<path d="M${x} ${y}l`);
		expect(svg.indexOf('<use href="#line"')).toBeGreaterThan(control);
		expect(svg).toContain(`stroke="${PALETTE.frontLine}"`);
	});

	it('marks the venue with a dot, a label, and a circle of its uncertainty', () => {
		const { svg, projection } = render();
		const [x, y] = projection.project([29, 41.04]).map((v) => Math.round(v * 10) / 10);
		expect(svg).toContain(`<circle cx="${x}" cy="${y}" r="6.5" fill="${PALETTE.venue}"`);
		const radius = Math.round(60 * projection.unitsPerKm(41.04) * 10) / 10;
		expect(svg).toContain(`r="${radius}"`);
		expect(svg).toMatch(/font-weight="700"[^>]*>Istanbul<\/text>/);
	});

	it('leaves out an uncertainty circle that the dot would hide', () => {
		const projection = fitMercator([22, 40, 40, 53], 1000, 620, 10);
		const svg = renderStaticMap({
			projection,
			basemap,
			frontline: null,
			venues: [{ label: 'Liaskavichy', lonLat: [28.15, 52.11], uncertaintyKm: 5 }],
			title: 'A map',
			credit: 'test'
		});
		expect(svg).not.toContain('stroke-dasharray="4 3"');
		expect(svg.match(/<circle [^>]*fill="#1d4f91"/g)).toHaveLength(1);
	});

	it('leaves out a place label that would sit on the venue, and the city a venue stands for', () => {
		const { svg } = render();
		expect(svg).toContain('>Kyiv</text>');
		expect(svg).not.toContain('Beyoğlu');
		expect(svg.match(/>Istanbul<\/text>/g)).toHaveLength(1);
	});

	it('escapes its title and draws no front line on a day without one', () => {
		const { svg } = render(false);
		expect(svg).toContain('<title>A &lt;test&gt; map</title>');
		expect(svg).not.toContain('href="#line"');
		expect(svg).not.toContain(`fill-opacity="0.42"`);
	});
});

describe('renderStaticMap in Ukrainian', () => {
	it('labels places with their Ukrainian names, and gives way to a venue named in Ukrainian', () => {
		const restore = getLocale;
		overwriteGetLocale(() => 'uk');
		try {
			const svg = renderStaticMap({
				projection: fitMercator([22, 40, 40, 53], 1000, 620, 10),
				basemap: {
					...basemap,
					places: collection(
						feature(point(30.5, 50.45), { name: 'Kyiv', name_uk: 'Київ', rank: 1 }),
						feature(point(29, 41.05), { name: 'Istanbul', name_uk: 'Стамбул', rank: 1 }),
						feature(point(36.23, 49.99), { name: 'Kharkiv', rank: 1 })
					)
				},
				frontline: null,
				venues: [{ label: 'Стамбул', lonLat: [29, 41.04] }],
				title: 'Карта',
				credit: 'Лінія фронту: ISW/CTP'
			});
			expect(svg).toContain('>Київ</text>');
			expect(svg).not.toContain('Kyiv');
			// No Ukrainian name in the data: the English one.
			expect(svg).toContain('>Kharkiv</text>');
			expect(svg.match(/>Стамбул<\/text>/g)).toHaveLength(1);
			expect(svg).toMatch(/>\d+ км \(на \d+° пн\. ш\.\)<\/text>/);
		} finally {
			overwriteGetLocale(restore);
		}
	});
});

describe('scaleLength', () => {
	it('picks the longest round length that fits in a fifth of the map', () => {
		expect(scaleLength(1, 1000)).toBe(200);
		expect(scaleLength(0.3, 1000)).toBe(500);
		expect(scaleLength(10, 1000)).toBe(25);
	});
});
