import { describe, expect, it } from 'vitest';
import type { Venue } from '../content/venues';
import { venueAccessibleName } from './venue-label';
import { venueFocusPoints, venueHalos, venuePoints } from './venue-features';

const venue = (id: string, precision: Venue['precision'], uncertaintyKm?: number): Venue => ({
	id,
	name: `Name ${id}`,
	mapLabel: id,
	place: 'p',
	country: 'BLR',
	lonLat: [28.15, 52.11],
	precision,
	uncertaintyKm,
	locationNote: 'note',
	summary: 'summary',
	events: [{ date: '2022-02-28', precision: 'day', title: 'First round' }],
	sources: [{ work: 'fa-2024' }]
});

describe('venue features', () => {
	it('gives each venue a point with its id, label and label priority', () => {
		const points = venuePoints([venue('a', 'site'), venue('b', 'locality')]);
		expect(points.features.map((f) => f.properties)).toEqual([
			{ id: 'a', label: 'a', precision: 'site', sortKey: 0 },
			{ id: 'b', label: 'b', precision: 'locality', sortKey: 1 }
		]);
		expect(points.features[1].geometry.coordinates).toEqual([28.15, 52.11]);
	});

	it('draws a halo of the stated radius around approximate venues only', () => {
		const halos = venueHalos([venue('exact', 'site'), venue('approx', 'approximate', 10)]);
		expect(halos.features).toHaveLength(1);
		const ring = halos.features[0].geometry.coordinates[0];
		const northmost = Math.max(...ring.map(([, lat]) => lat));
		// 10 km north of 52.11° N is about 0.09° of latitude.
		expect(northmost - 52.11).toBeCloseTo(10 / 111.2, 2);
	});

	it("marks the venue opened as selected and the milestone's other venues as highlighted", () => {
		const venues = [venue('a', 'site'), venue('b', 'site'), venue('c', 'site')];
		const roles = (focus: Parameters<typeof venueFocusPoints>[1]) =>
			venueFocusPoints(venues, focus).features.map((f) => f.properties);
		expect(roles({ selected: 'b', highlighted: ['b', 'c'], shown: null })).toEqual([
			{ id: 'b', role: 'selected' },
			{ id: 'c', role: 'highlight' }
		]);
		expect(roles({ selected: null, highlighted: [], shown: null })).toEqual([]);
		// A venue a chapter hides is not marked either.
		expect(roles({ selected: 'a', highlighted: ['c'], shown: new Set(['c']) })).toEqual([
			{ id: 'c', role: 'highlight' }
		]);
		expect(
			venueFocusPoints(venues, { selected: 'a', highlighted: [], shown: null }).features[0].geometry
				.coordinates
		).toEqual([28.15, 52.11]);
	});

	it('tells a screen reader what happened, when, and that the place is approximate', () => {
		expect(venueAccessibleName(venue('l', 'approximate', 10))).toBe(
			'Name l (approximate location): First round, 28 February 2022'
		);
	});
});
