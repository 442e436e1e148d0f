import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import type { Venue } from '../content/venues';
import { venueAccessibleName } from './venue-label';

export interface VenueMarkers {
	/** Marks one venue as opened (null: none); an unknown id selects nothing. */
	select(id: string | null): void;
	/** Highlights the venues of the milestone framed. */
	highlight(ids: readonly string[]): void;
	remove(): void;
}

/**
 * The venues on the map: the dots and labels are the style's layers (feature state `selected` and
 * `highlight`, keyed by venue id); over each dot sits a real button, so a venue can be reached
 * with Tab and opened with Enter or Space as well as clicked.
 */
export function createVenueMarkers(
	map: MapLibreMap,
	venues: readonly Venue[],
	onSelect: (id: string) => void
): VenueMarkers {
	const known = new Set(venues.map((v) => v.id));
	const markers = venues.map((venue) => venueMarker(venue, onSelect).addTo(map));
	let selected: string | null = null;
	let highlighted: string[] = [];
	const state = (id: string, value: Record<string, boolean>) =>
		map.setFeatureState({ source: 'venues', id }, value);

	return {
		select(id) {
			const next = id !== null && known.has(id) ? id : null;
			if (next === selected) return;
			if (selected !== null) state(selected, { selected: false });
			selected = next;
			if (selected !== null) state(selected, { selected: true });
			for (const marker of markers) {
				const element = marker.getElement();
				element.setAttribute('aria-pressed', String(element.dataset.venueId === selected));
			}
		},
		highlight(ids) {
			for (const id of highlighted) state(id, { highlight: false });
			highlighted = ids.filter((id) => known.has(id));
			for (const id of highlighted) state(id, { highlight: true });
		},
		remove() {
			markers.forEach((marker) => marker.remove());
		}
	};
}

function venueMarker(venue: Venue, onSelect: (id: string) => void): Marker {
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'venue-marker';
	button.dataset.venueId = venue.id;
	button.setAttribute('aria-label', venueAccessibleName(venue));
	button.setAttribute('aria-pressed', 'false');
	button.addEventListener('click', (event) => {
		event.stopPropagation();
		onSelect(venue.id);
	});
	return new Marker({ element: button, anchor: 'center' }).setLngLat([...venue.lonLat]);
}
