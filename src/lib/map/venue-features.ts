import circle from '@turf/circle';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import type { FilterSpecification } from 'maplibre-gl';
import type { Venue } from '../content/venues';
import { LAYER } from './style';

/** One point per venue, carrying what the map's layers and labels need. */
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

/** What the venue focus layers mark: the venue opened, and the venues of the milestone framed. */
export interface VenueFocus {
	selected: string | null;
	highlighted: readonly string[];
	/** The venues drawn (null: all): a hidden venue is not marked either. */
	shown: ReadonlySet<string> | null;
}

/**
 * The venues to mark, one point each with its `role`: `selected` for the venue opened, else
 * `highlight`. Its own small source, not feature state on the venues' points: a paint value read
 * from feature state makes MapLibre build a shader program of its own for it, and the first frame
 * waits for each program to compile (README, Benchmark); replacing a few points costs one small
 * tiling in the worker, and the venues' labels are not laid out again.
 */
export function venueFocusPoints(
	venues: readonly Venue[],
	focus: VenueFocus
): FeatureCollection<Point> {
	const features: Feature<Point>[] = [];
	for (const venue of venues) {
		if (focus.shown && !focus.shown.has(venue.id)) continue;
		const role =
			venue.id === focus.selected
				? 'selected'
				: focus.highlighted.includes(venue.id)
					? 'highlight'
					: null;
		if (!role) continue;
		features.push({
			type: 'Feature',
			properties: { id: venue.id, role },
			geometry: { type: 'Point', coordinates: [...venue.lonLat] }
		});
	}
	return { type: 'FeatureCollection', features };
}

/**
 * The style's layers that draw every venue, each feature carrying the venue's `id` (the venues
 * marked as opened or highlighted have a source of their own, which leaves hidden venues out).
 */
export const VENUE_LAYERS: readonly string[] = [
	LAYER.venueHalo,
	LAYER.venueApproxDisk,
	LAYER.venueHaloOutline,
	LAYER.venues,
	LAYER.venueLabels
];

/**
 * A venue layer's filter when only `shown` venues are drawn (null: all): the style's own filter
 * (the halo's disk: approximate venues only), narrowed to those venues.
 */
export function venueFilter(
	base: FilterSpecification | null,
	shown: ReadonlySet<string> | null
): FilterSpecification | null {
	if (shown === null) return base;
	const only: FilterSpecification = ['in', ['get', 'id'], ['literal', [...shown]]];
	return base ? (['all', base, only] as FilterSpecification) : only;
}
