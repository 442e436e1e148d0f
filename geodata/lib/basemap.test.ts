import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
	buildOblasts,
	buildOccupiedSince2014,
	labelPoints,
	selectBorders,
	selectPlaces,
	selectRivers
} from './basemap';

const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const line = (properties: Record<string, unknown>): Feature => ({
	type: 'Feature',
	properties,
	geometry: {
		type: 'LineString',
		coordinates: [
			[33.6, 46.1],
			[34.0, 46.1]
		]
	}
});
const square = (x: number, y: number, size = 1): Polygon => ({
	type: 'Polygon',
	coordinates: [
		[
			[x, y],
			[x + size, y],
			[x + size, y + size],
			[x, y + size],
			[x, y]
		]
	]
});

describe('selectBorders', () => {
	const perekop = line({
		featurecla: 'Disputed (please verify)',
		adm0_a3_l: 'RUS',
		adm0_a3_r: 'UKR'
	});
	const belarus = line({
		featurecla: 'International boundary (verify)',
		adm0_a3_l: 'BLR',
		adm0_a3_r: 'UKR'
	});
	const baltic = line({
		featurecla: 'International boundary (verify)',
		adm0_a3_l: 'LTU',
		adm0_a3_r: 'BLR'
	});

	it('drops the line that draws Crimea as Russian and keeps real borders', () => {
		const borders = selectBorders(fc([perekop, belarus, baltic]), 'lines.geojson');
		expect(borders.map((b) => b.properties)).toEqual([
			{ kind: 'international', ukraine: true },
			{ kind: 'international', ukraine: false }
		]);
	});

	it('fails when the source no longer has that line, so a silent change cannot slip through', () => {
		expect(() => selectBorders(fc([belarus]), 'lines.geojson')).toThrow(
			'lines.geojson: expected the disputed Russia–Ukraine line across Perekop'
		);
	});
});

function oblastCollection(count: number): FeatureCollection {
	return fc(
		Array.from({ length: count }, (_, i) => ({
			type: 'Feature' as const,
			properties: {
				iso_3166_2: `UA-${String(i * 3 + 5).padStart(2, '0')}`,
				name_en: `Unit ${i}`,
				name_uk: `Одиниця ${i}`
			},
			geometry: square(i, 0)
		}))
	);
}

describe('buildOblasts', () => {
	it('needs all 27 units', () => {
		expect(() => buildOblasts(oblastCollection(26), 'oblasts.geojson')).toThrow('found 26');
	});

	it('names units in current English and in Ukrainian, and sorts them by code', () => {
		const source = oblastCollection(27);
		source.features[0].properties = {
			iso_3166_2: 'UA-51',
			name_en: 'Odessa',
			name_uk: 'Одеська область'
		};
		source.features[1].properties = {
			iso_3166_2: 'UA-43',
			name_en: 'Autonomous Republic of Crimea',
			name_uk: 'Автономна Республіка Крим'
		};
		const oblasts = buildOblasts(source, 'oblasts.geojson');
		expect(oblasts.find((o) => o.properties.id === 'UA-51')?.properties.name).toBe('Odesa Oblast');
		expect(oblasts.find((o) => o.properties.id === 'UA-43')?.properties.name).toBe('Crimea');
		expect(oblasts.find((o) => o.properties.id === 'UA-11')?.properties.name).toBe('Unit 2 Oblast');
		expect(oblasts.find((o) => o.properties.id === 'UA-51')?.properties.name_uk).toBe(
			'Одеська область'
		);
		// Shortened as the English is.
		expect(oblasts.find((o) => o.properties.id === 'UA-43')?.properties.name_uk).toBe('Крим');
		const ids = oblasts.map((o) => o.properties.id);
		expect(ids).toEqual([...ids].sort());
	});

	it('fails on a unit without a Ukrainian name', () => {
		const source = oblastCollection(27);
		delete source.features[4].properties!.name_uk;
		expect(() => buildOblasts(source, 'oblasts.geojson')).toThrow(
			'oblasts.geojson: UA-17 has no Ukrainian name (name_uk)'
		);
	});
});

describe('labelPoints', () => {
	it('puts the label inside a ring with a hole, not in the hole', () => {
		// Kyiv Oblast surrounds Kyiv city: a centroid would land in the hole.
		const ring: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[10, 0],
					[10, 10],
					[0, 10],
					[0, 0]
				],
				[
					[2, 2],
					[2, 8],
					[8, 8],
					[8, 2],
					[2, 2]
				]
			]
		};
		const [point] = labelPoints([
			{ type: 'Feature', properties: { name: 'Kyiv Oblast' }, geometry: ring }
		]);
		const [x, y] = point.geometry.coordinates;
		const inHole = x > 2 && x < 8 && y > 2 && y < 8;
		expect(inHole).toBe(false);
		expect(x >= 0 && x <= 10 && y >= 0 && y <= 10).toBe(true);
		expect(point.properties.name).toBe('Kyiv Oblast');
	});
});

describe('buildOccupiedSince2014', () => {
	const oblasts = [
		{
			type: 'Feature' as const,
			properties: { id: 'UA-40', name: 'Sevastopol' },
			geometry: square(33, 44)
		},
		{
			type: 'Feature' as const,
			properties: { id: 'UA-43', name: 'Crimea' },
			geometry: square(34, 45)
		},
		{
			type: 'Feature' as const,
			properties: { id: 'UA-63', name: 'Kharkiv Oblast' },
			geometry: square(36, 49)
		}
	];
	const disputed = fc([
		{ type: 'Feature', properties: { BRK_NAME: 'Transnistria' }, geometry: square(29, 47) },
		{ type: 'Feature', properties: { BRK_NAME: 'Donbass' }, geometry: square(38, 48) }
	]);

	it('takes Crimea from the oblasts (as Ukraine) and the Donbas outline from the disputed areas', () => {
		const areas = buildOccupiedSince2014(oblasts, disputed, 'disputed.geojson');
		expect(areas.map((a) => a.properties.id)).toEqual(['UA-40', 'UA-43', 'donbas-2014']);
		expect(areas.every((a) => a.properties.since === 2014)).toBe(true);
		expect(areas[2].geometry).toEqual(square(38, 48));
	});

	it('fails loudly when the Donbas outline is missing', () => {
		expect(() =>
			buildOccupiedSince2014(oblasts, fc([disputed.features[0]]), 'disputed.geojson')
		).toThrow('disputed.geojson: the "Donbass" disputed area is missing');
	});
});

describe('selectPlaces', () => {
	const place = (NAME: string, POP_MAX: number, x: number): Feature => ({
		type: 'Feature',
		properties: { NAME, POP_MAX, ADM0_A3: 'RUS' },
		geometry: { type: 'Point', coordinates: [x, 45.123456789] }
	});

	it('renames, overrides the country and takes the larger of two same-named places', () => {
		const places = selectPlaces(
			fc([
				place('Sevastapol', 300_000, 33.5),
				place('Kiev', 10, 1),
				place('Kiev', 3_000_000, 30.5)
			]),
			[
				{ source: 'Kiev', name: 'Kyiv', uk: 'Київ', rank: 1, country: 'UKR', capital: true },
				{ source: 'Sevastapol', name: 'Sevastopol', uk: 'Севастополь', rank: 2, country: 'UKR' }
			],
			'places.geojson'
		);
		expect(places.map((p) => p.properties)).toEqual([
			{ name: 'Kyiv', name_uk: 'Київ', rank: 1, country: 'UKR', capital: true },
			{ name: 'Sevastopol', name_uk: 'Севастополь', rank: 2, country: 'UKR', capital: false }
		]);
		expect(places[0].geometry.coordinates).toEqual([30.5, 45.12346]);
	});

	it('fails when a curated place is not in the source', () => {
		expect(() =>
			selectPlaces(
				fc([place('Kiev', 1, 30)]),
				[{ source: 'Chernobyl', name: 'Chornobyl', uk: 'Чорнобиль', rank: 2, country: 'UKR' }],
				'places.geojson'
			)
		).toThrow('places.geojson: no populated place named "Chernobyl"');
	});
});

describe('selectRivers', () => {
	const river = (name: string, scalerank: number): Feature => ({
		type: 'Feature',
		properties: { name, scalerank },
		geometry: {
			type: 'LineString',
			coordinates: [
				[30, 50],
				[31, 51]
			]
		}
	});

	it('keeps major rivers and named supplements under one current name', () => {
		const rivers = selectRivers(
			fc([river('Dnepre', 4), river('Unzha', 9)]),
			fc([river('Seversky Donets', 10), river('Iskar', 10)]),
			{
				maxScalerank: 8,
				names: { Dnepre: 'Dnipro', 'Seversky Donets': 'Siverskyi Donets' },
				namesUk: { Dnipro: 'Дніпро', 'Siverskyi Donets': 'Сіверський Донець' },
				labelled: ['Dnipro']
			}
		);
		expect(rivers.map((r) => r.properties)).toEqual([
			{ name: 'Dnipro', name_uk: 'Дніпро', labelled: true, minzoom: 0 },
			{ name: 'Siverskyi Donets', labelled: false, minzoom: 5 }
		]);
	});
});
