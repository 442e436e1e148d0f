import { m } from '../paraglide/messages';
import { getLocale } from '../paraglide/runtime';
import {
	Marker,
	type FilterSpecification,
	type GeoJSONSource,
	type Map as MapLibreMap
} from 'maplibre-gl';
import type { Venue } from '../content/venues';
import { groupNear, zoomToSeparate, type ScreenPoint } from './marker-groups';
import { VENUE_FOCUS_SOURCE } from './style';
import { VENUE_LAYERS, venueFilter, venueFocusPoints } from './venue-features';
import { venueAccessibleName } from './venue-label';

/** "A and B" in English as ever; Intl's list in another language ("А і Б"). */
function joinNames(names: string[]): string {
	const locale = getLocale();
	return locale === 'en' ? names.join(' and ') : new Intl.ListFormat(locale).format(names);
}

export interface VenueMarkers {
	/** Marks one venue as opened (null: none); an unknown id selects nothing. */
	select(id: string | null): void;
	/** Highlights the venues of the milestone framed. */
	highlight(ids: readonly string[]): void;
	/**
	 * Draws only these venues (a chapter's, with the milestone's); null: all. Call once the
	 * style has loaded: it filters the style's venue layers.
	 */
	show(ids: readonly string[] | null): void;
	remove(): void;
}

/**
 * The venues on the map: the dots and labels are the style's layers (the venue opened and the
 * milestone's venues are marked from a source of their own, `venueFocusPoints`); over each dot
 * sits a real button, so a venue can be reached with Tab and opened with Enter or Space as well
 * as clicked. Buttons that would overlap at the zoom shown (Kyiv and Bucha, 25 km apart, until
 * about zoom 7) are one button that zooms in.
 */
export function createVenueMarkers(
	map: MapLibreMap,
	venues: readonly Venue[],
	onSelect: (id: string) => void
): VenueMarkers {
	const known = new Set(venues.map((v) => v.id));
	/** Each venue's group of buttons that overlap at the current zoom (led by the one shown). */
	const groupOf = new Map<string, ScreenPoint[]>();
	const activate = (id: string) => {
		const group = groupOf.get(id) ?? [];
		if (group.length < 2) return onSelect(id);
		// A tap on venues that overlap zooms in until they stand apart.
		const members = venues.filter((v) => group.some((p) => p.id === v.id));
		const lng = members.reduce((sum, v) => sum + v.lonLat[0], 0) / members.length;
		const lat = members.reduce((sum, v) => sum + v.lonLat[1], 0) / members.length;
		const zoom = map.getZoom() + zoomToSeparate(group, BUTTON_PX + 6);
		const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
		const target = { center: [lng, lat] as [number, number], zoom };
		if (reduced) map.jumpTo(target);
		else map.easeTo(target);
	};
	const markers = venues.map((venue) => venueMarker(venue, activate).addTo(map));
	/** The venues drawn (null: all): a hidden one takes no part in grouping. */
	let shown: Set<string> | null = null;
	const isShown = (id: string) => shown === null || shown.has(id);
	const regroup = () => {
		const points = venues
			.filter(({ id }) => isShown(id))
			.map(({ id, lonLat }) => ({ id, ...map.project([...lonLat]) }));
		groupOf.clear();
		for (const group of groupNear(points, BUTTON_PX)) {
			for (const point of group) groupOf.set(point.id, group);
		}
		for (const [i, marker] of markers.entries()) {
			const venue = venues[i];
			const group = groupOf.get(venue.id) ?? [];
			const element = marker.getElement();
			const leads = group[0]?.id === venue.id;
			element.style.display = leads && isShown(venue.id) ? '' : 'none';
			const names = group.map((p) => venues.find((v) => v.id === p.id)?.name ?? p.id);
			element.setAttribute(
				'aria-label',
				group.length > 1
					? m.map_venues_close_together({ names: joinNames(names), count: group.length })
					: venueAccessibleName(venue)
			);
			element.dataset.group = group.length > 1 ? group.map((p) => p.id).join(' ') : '';
		}
	};
	map.on('zoomend', regroup);
	map.on('resize', regroup);
	regroup();
	let selected: string | null = null;
	let highlighted: string[] = [];
	let baseFilters: Map<string, FilterSpecification | null> | undefined;
	const markFocus = () =>
		map
			.getSource<GeoJSONSource>(VENUE_FOCUS_SOURCE)
			?.setData(venueFocusPoints(venues, { selected, highlighted, shown }));

	return {
		select(id) {
			const next = id !== null && known.has(id) ? id : null;
			if (next === selected) return;
			selected = next;
			markFocus();
			for (const marker of markers) {
				const element = marker.getElement();
				element.setAttribute('aria-pressed', String(element.dataset.venueId === selected));
			}
		},
		highlight(ids) {
			const next = ids.filter((id) => known.has(id));
			if (next.length === highlighted.length && next.every((id, i) => id === highlighted[i]))
				return;
			highlighted = next;
			markFocus();
		},
		show(ids) {
			const next = ids === null ? null : new Set(ids);
			if (next === null && shown === null) return;
			if (next && shown && next.size === shown.size && [...next].every((id) => shown!.has(id)))
				return;
			shown = next;
			// The style's own filters (the halo's disk: approximate venues only) stay, narrowed.
			baseFilters ??= new Map(VENUE_LAYERS.map((id) => [id, map.getFilter(id) ?? null]));
			for (const [id, base] of baseFilters) {
				if (!map.getLayer(id)) continue;
				// Checked against the style specification by the unit tests, not on every call.
				map.setFilter(id, venueFilter(base, shown), { validate: false });
			}
			markFocus();
			regroup();
		},
		remove() {
			map.off('zoomend', regroup);
			map.off('resize', regroup);
			markers.forEach((marker) => marker.remove());
		}
	};
}

/** A venue button's size (CSS .venue-marker): two closer than this overlap. */
const BUTTON_PX = 28;

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
