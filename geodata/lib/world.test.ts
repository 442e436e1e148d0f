import type { FeatureCollection, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import { describe, expect, it } from 'vitest';
import { selectCountries, unwrapAntimeridian } from './world';

const box = (w: number, s: number, e: number, n: number): Polygon => ({
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

const country = (a3: string | undefined, name: string, geometry: Polygon) => ({
	type: 'Feature' as const,
	properties: a3 === undefined ? { name } : { a3, name },
	geometry
});

// Ukraine with Crimea, Russia east of it, and Antarctica: the smallest atlas the stage accepts.
const UKRAINE = country('UKR', 'Ukraine', box(22, 44, 40, 52.5));
const RUSSIA = country('RUS', 'Russia', box(40, 44, 60, 60));
const ANTARCTICA = country('ATA', 'Antarctica', box(-180, -85, 180, -70));

const atlas = (...features: ReturnType<typeof country>[]) =>
	topology({ countries: { type: 'FeatureCollection', features } as FeatureCollection });

describe('selectCountries', () => {
	it('keys countries by ISO alpha-3 code, sorted, without Antarctica', () => {
		const countries = selectCountries(atlas(RUSSIA, ANTARCTICA, UKRAINE), 'atlas.json');
		expect(countries.map((c) => c.properties)).toEqual([
			{ id: 'RUS', name: 'Russia' },
			{ id: 'UKR', name: 'Ukraine' }
		]);
	});

	it('refuses an atlas that draws Crimea as Russia’s', () => {
		const mainland = country('UKR', 'Ukraine', box(22, 46.2, 40, 52.5));
		const withCrimea = country('RUS', 'Russia', {
			type: 'Polygon',
			coordinates: [
				[
					[32, 44],
					[60, 44],
					[60, 60],
					[40, 60],
					[40, 46.2],
					[32, 46.2],
					[32, 44]
				]
			]
		});
		expect(() => selectCountries(atlas(mainland, withCrimea), 'atlas.json')).toThrow(
			'atlas.json: Simferopol is not drawn inside Ukraine'
		);
	});

	it('names a country without a code, a repeated code and a missing collection', () => {
		expect(() =>
			selectCountries(atlas(UKRAINE, RUSSIA, country(undefined, 'Nowhere', box(0, 0, 1, 1))), 'a')
		).toThrow('a: country 2 has no ISO alpha-3 code ("a3")');
		expect(() => selectCountries(atlas(UKRAINE, RUSSIA, RUSSIA), 'a')).toThrow(
			'a: the code RUS is used twice'
		);
		expect(() => selectCountries({ type: 'Topology', objects: {} }, 'a')).toThrow(
			'a: expected a TopoJSON topology with a "countries" collection'
		);
	});
});

describe('unwrapAntimeridian', () => {
	it('moves a ring that crosses 180° east of it in one piece, and leaves others alone', () => {
		const across = box(179, 64, -178, 66);
		expect(unwrapAntimeridian(across).coordinates[0]).toEqual([
			[179, 64],
			[182, 64],
			[182, 66],
			[179, 66],
			[179, 64]
		]);
		const plain = box(30, 45, 40, 52);
		expect(unwrapAntimeridian(plain)).toEqual(plain);
	});
});
