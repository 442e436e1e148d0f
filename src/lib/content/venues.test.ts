import { describe, expect, it } from 'vitest';
import { formatProblems, venueProblems } from './schema';
import { VENUES, type Venue } from './venues';

/** Great-circle distance in km (haversine), enough to tell villages 160 km apart. */
function km([lon1, lat1]: readonly number[], [lon2, lat2]: readonly number[]): number {
	const rad = Math.PI / 180;
	const a =
		Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
		Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
	return 2 * 6371 * Math.asin(Math.sqrt(a));
}

const LYAKHAVICHY = [26.27, 53.04]; // a different town, in Brest region

describe('the venues', () => {
	it('all validate', () => {
		expect(formatProblems('venue', venueProblems(VENUES))).toBe('');
	});

	it('include every place the talks met', () => {
		expect(VENUES.map((v) => v.id)).toEqual(
			expect.arrayContaining([
				'liaskavichy',
				'kamyanyuki',
				'belek-antalya',
				'istanbul-dolmabahce',
				'kyiv',
				'bucha',
				'moscow-kremlin'
			])
		);
	});

	it('put the first round at Liaskavichy in Gomel region, never at Lyakhavichy', () => {
		const first = VENUES.find((v) => v.id === 'liaskavichy')!;
		expect(km(first.lonLat, [28.15, 52.11])).toBeLessThan(3);
		expect(first.precision).toBe('approximate');
		for (const venue of VENUES) expect(km(venue.lonLat, LYAKHAVICHY), venue.id).toBeGreaterThan(50);
	});

	it('put Kamyanyuki just across the border from Poland', () => {
		const kamyanyuki = VENUES.find((v) => v.id === 'kamyanyuki')!;
		expect(km(kamyanyuki.lonLat, [23.8, 52.57])).toBeLessThan(3);
	});

	it('put the Antalya meeting in Belek, east of the city centre', () => {
		const belek = VENUES.find((v) => v.id === 'belek-antalya')!;
		const antalyaCentre = [30.7, 36.89];
		expect(km(belek.lonLat, antalyaCentre)).toBeGreaterThan(20);
	});
});

describe('venue validation', () => {
	const valid = VENUES[0];
	const broken = (patch: Partial<Venue>): Venue => ({ ...valid, ...patch });

	it.each([
		[
			{ events: [{ date: '2022-02-30', precision: 'day' as const, title: 'x round' }] },
			'events.0.date'
		],
		[
			{ events: [{ date: '2022-04-04/2022-04-02', precision: 'day' as const, title: 'range' }] },
			'events.0.date'
		],
		[{ sources: [{ work: 'seed-002' as never }] }, 'sources.0.work'],
		[{ sources: [] }, 'sources'],
		[{ uncertaintyKm: undefined }, 'uncertaintyKm'],
		[{ lonLat: [190, 52] as [number, number] }, 'lonLat.0'],
		[{ lonLat: [30, -90] as [number, number] }, 'lonLat.1'],
		[{ country: 'Turkey' }, 'country'],
		[{ id: 'Not Kebab' }, 'id']
	])('reports the venue and the field: %j', (patch: Partial<Venue>, field) => {
		const problems = venueProblems([broken(patch)]);
		expect(problems.map((p) => p.field)).toContain(field);
		expect(problems.every((p) => p.id === (patch.id ?? valid.id))).toBe(true);
	});

	it('reports duplicate ids', () => {
		expect(venueProblems([valid, valid])).toEqual([
			{ id: valid.id, field: 'id', message: 'duplicate id' }
		]);
	});
});
