/**
 * The only module that creates a MapLibre map. It is loaded with a dynamic import from the map
 * component in the browser, so neither SSR nor other pages pull in MapLibre's 300 KB.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MapLibreMap, Marker, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { Venue } from '../content/venues';
import { loadBasemap } from './basemap-data';
import { MAP_FONT_FACES } from './fonts';
import { PALETTE } from './palette';
import { diagonalHatch } from './patterns';
import { buildStyle, HATCH_IMAGE } from './style';
import { venueHalos, venuePoints } from './venue-features';
import { venueAccessibleName } from './venue-label';
import { CAMERA_BOUNDS, HOME_BOUNDS, MAX_ZOOM, MIN_ZOOM } from './view';

export const ATTRIBUTION = '<a href="/about#credits">Made with Natural Earth</a>';

export interface AtlasMapOptions {
	venues: readonly Venue[];
	onSelectVenue: (id: string) => void;
	/** Called once, when the map first becomes idle with everything drawn. */
	onReady: () => void;
	onError: (message: string) => void;
}

export interface AtlasMap {
	readonly map: MapLibreMap;
	selectVenue(id: string | null): void;
	destroy(): void;
}

let workerConfigured = false;

export async function createAtlasMap(
	container: HTMLElement,
	options: AtlasMapOptions
): Promise<AtlasMap> {
	if (!workerConfigured) {
		// Vite cannot see the worker MapLibre would look up by itself; without this the built
		// app's map never loads its sources.
		setWorkerUrl(workerUrl);
		workerConfigured = true;
	}
	const basemap = await loadBasemap();
	const { venues } = options;

	const map = new MapLibreMap({
		container,
		style: buildStyle({
			basemap,
			venuePoints: venuePoints(venues),
			venueHalos: venueHalos(venues),
			fontFaces: MAP_FONT_FACES,
			hiddenPlaceNames: venues.map((v) => v.mapLabel)
		}),
		bounds: HOME_BOUNDS,
		fitBoundsOptions: { padding: 24 },
		maxBounds: CAMERA_BOUNDS,
		minZoom: MIN_ZOOM,
		maxZoom: MAX_ZOOM,
		dragRotate: false,
		pitchWithRotate: false,
		touchPitch: false,
		attributionControl: { compact: false, customAttribution: ATTRIBUTION }
	});
	map.touchZoomRotate.disableRotation();
	map.keyboard.disableRotation();
	map.getCanvas().setAttribute('aria-label', 'Map of the venues of the 2022 Russia–Ukraine talks');

	map.on('styleimagemissing', (event) => {
		if (event.id === HATCH_IMAGE && !map.hasImage(HATCH_IMAGE)) {
			map.addImage(HATCH_IMAGE, diagonalHatch(PALETTE.occupied2014Hatch));
		}
	});
	map.on('error', (event) => options.onError(event.error?.message ?? 'The map reported an error.'));
	map
		.getCanvas()
		.addEventListener('webglcontextlost', () =>
			options.onError(
				'The browser stopped the map’s graphics (WebGL context lost). Reload the page.'
			)
		);

	const markers = venues.map((venue) => venueMarker(venue, options.onSelectVenue).addTo(map));

	map.once('load', () => {
		window.__talksAtlas = { map };
	});
	map.once('idle', () => {
		// Read by the benchmark (tests/tools/bench.mjs) as "time to first map idle".
		performance.mark('talks-atlas:first-idle');
		options.onReady();
	});

	let selected: string | null = null;
	return {
		map,
		selectVenue(id) {
			if (selected === id) return;
			// The venues source promotes the venue id to the feature id, so state is keyed by it.
			if (selected !== null)
				map.setFeatureState({ source: 'venues', id: selected }, { selected: false });
			selected = id !== null && venues.some((v) => v.id === id) ? id : null;
			if (selected !== null)
				map.setFeatureState({ source: 'venues', id: selected }, { selected: true });
			for (const marker of markers) {
				const element = marker.getElement();
				element.setAttribute('aria-pressed', String(element.dataset.venueId === selected));
			}
		},
		destroy() {
			markers.forEach((marker) => marker.remove());
			map.remove();
			if (window.__talksAtlas?.map === map) delete window.__talksAtlas;
		}
	};
}

/**
 * A real button over each venue dot, so a venue can be reached with Tab and opened with Enter or
 * Space as well as clicked. The dot and label themselves are drawn by the map's layers.
 */
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
