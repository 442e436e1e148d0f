import circle from '@turf/circle';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import type { Venue } from '../content/venues';

/**
 * One point per venue, carrying what the map's layers and labels need. The style promotes `id`
 * to the feature id, so feature-state (the selection) is keyed by venue id.
 */
export function venuePoints(venues: readonly Venue[]): FeatureCollection<Point> {
	return {
		type: 'FeatureCollection',
		features: venues.map((venue, index) => ({
			type: 'Feature',
			properties: {
				id: venue.id,
				label: venue.mapLabel,
				precision: venue.precision,
				// Earlier venues in the list win label collisions (Kyiv over Bucha).
				sortKey: index
			},
			geometry: { type: 'Point', coordinates: [...venue.lonLat] }
		}))
	};
}

/** An uncertainty halo around each approximate venue, as a ground-true circle. */
export function venueHalos(venues: readonly Venue[]): FeatureCollection<Polygon> {
	const features: Feature<Polygon>[] = venues
		.filter((venue) => venue.precision === 'approximate' && venue.uncertaintyKm)
		.map((venue) =>
			circle([...venue.lonLat], venue.uncertaintyKm as number, {
				steps: 64,
				units: 'kilometers',
				properties: { id: venue.id }
			})
		);
	return { type: 'FeatureCollection', features };
}
