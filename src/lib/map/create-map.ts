/**
 * The only module that creates a MapLibre map. It is loaded with a dynamic import from the map
 * component in the browser, so neither SSR nor other pages pull in MapLibre's 300 KB.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import {
	AttributionControl,
	Map as MapLibreMap,
	Marker,
	setWorkerUrl,
	type GeoJSONSource,
	type LngLatBoundsLike
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { Venue } from '../content/venues';
import { escapeMarkup } from '../escape-markup';
import { loadBasemap } from './basemap-data';
import { MAP_FONT_FACES } from './fonts';
import { diagonalHatch } from './patterns';
import type { FrontlineFrame } from '../frontlines/store';
import { buildStyle, PATTERNS } from './style';
import { venueHalos, venuePoints } from './venue-features';
import { FIRST_IDLE, STEP_FRAME, STEP_START, STEP_WORK } from '../perf-marks';
import { venueAccessibleName } from './venue-label';
import { CAMERA_BOUNDS, HOME_BOUNDS, MAX_ZOOM, MIN_ZOOM } from './view';
import { createTreatyOverlay } from './treaty-overlay';
import { exportMapPng, type ExportCaption } from './export-png';
import { appliesTo, SCALED_PROPERTIES, scaleValue } from './presentation';
import { recolourValue, recolouring } from './palette';
import type { Theme } from '../theme';

/** Paint properties that carry colours. */
const COLOUR_PROPERTIES = [
	'background-color',
	'fill-color',
	'line-color',
	'circle-color',
	'circle-stroke-color',
	'text-color',
	'text-halo-color'
] as const;

/** How much larger present mode draws the map's lines and labels. */
const PRESENT_SCALE = 1.6;
import type { TreatyView } from '../treaty/layers';

const BASEMAP_CREDIT = 'Made with Natural Earth';

/**
 * The map-corner credit: the assessment shown (if any) and the basemap, linking to the credits
 * (in a new tab from an embed, so the host page's frame is not navigated away).
 */
export function attributionHtml(frontlineCredit: string | null, embedded = false): string {
	const parts = frontlineCredit ? [frontlineCredit, BASEMAP_CREDIT] : [BASEMAP_CREDIT];
	const target = embedded ? ' target="_blank" rel="noopener"' : '';
	return `<a href="/about#credits"${target}>${parts.map(escapeMarkup).join(' · ')}</a>`;
}

export interface AtlasMapOptions {
	venues: readonly Venue[];
	onSelectVenue: (id: string) => void;
	/** Called once, when the map first becomes idle with everything drawn. */
	onReady: () => void;
	onError: (message: string) => void;
	/** The reader panned or zoomed (not the story's own camera moves). */
	onUserMove?: (camera: [number, number, number]) => void;
	/** An optional layer could not be shown; the rest of the map is unaffected. */
	onLayerProblem?: (message: string) => void;
	/**
	 * Inside another page: the wheel scrolls the page unless Ctrl/⌘ is held, one finger scrolls
	 * it on touch screens, and the credit stays unfolded.
	 */
	embedded?: boolean;
}

export interface AtlasMap {
	readonly map: MapLibreMap;
	selectVenue(id: string | null): void;
	/**
	 * Frames a milestone: moves the camera (a jump under prefers-reduced-motion) and highlights
	 * its venues. Called only when the milestone changes, so a reader who pans keeps control.
	 */
	focus(bounds: LngLatBoundsLike, venueIds: readonly string[]): void;
	/** Puts the camera where a URL says the reader had moved it. */
	jumpTo(camera: [number, number, number]): void;
	/** Draws one date of the front lines (null clears them) and credits its source. */
	setFrontline(frame: FrontlineFrame | null, credit: string | null): void;
	/** Shows the treaty layers in the view (the guarantor layer opens the camera to the world). */
	setTreaty(view: TreatyView): void;
	/** Recolours the map for a theme (dark, high contrast) or back to light. */
	setTheme(theme: Theme): void;
	/** Present mode: lines, labels and dots drawn larger for a projector; off restores them. */
	setPresentation(on: boolean): void;
	/** The view as a PNG, with the caption and the credit burned in (for slides). */
	exportPng(caption: Omit<ExportCaption, 'attribution'>): Promise<Blob>;
	destroy(): void;
}

let workerConfigured = false;

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

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
		attributionControl: false,
		cooperativeGestures: options.embedded ?? false
	});
	// MapLibre folds the credit behind an (i) button on maps narrower than 640 px.
	const creditControl = (credit: string | null) =>
		new AttributionControl({
			customAttribution: attributionHtml(credit, options.embedded),
			...(options.embedded ? { compact: false } : {})
		});
	let attribution = creditControl(null);
	map.addControl(attribution);
	let credit: string | null = null;
	map.touchZoomRotate.disableRotation();
	map.keyboard.disableRotation();
	map.getCanvas().setAttribute('aria-label', 'Map of the venues of the 2022 Russia–Ukraine talks');

	const identity = (colour: string) => colour;
	// The current theme's colour for a light-palette colour (hatch images are drawn with it).
	let colourOf: (colour: string) => string = identity;

	// The hatch patterns are drawn in code when a layer first needs them (there is no sprite).
	map.setMissingStyleImageResolver((id) => {
		const pattern = PATTERNS[id];
		if (pattern && !map.hasImage(id))
			map.addImage(id, diagonalHatch(colourOf(pattern.colour), 8, 2, pattern.direction));
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
	// Only moves that began with the reader's own input carry an originalEvent.
	map.on('moveend', (event) => {
		if (!event.originalEvent || !options.onUserMove) return;
		const { lng, lat } = map.getCenter();
		options.onUserMove([lng, lat, map.getZoom()]);
	});
	map.once('idle', () => {
		// Read by the benchmark (tests/tools/bench.mjs) as "time to first map idle".
		performance.mark(FIRST_IDLE);
		options.onReady();
	});

	let frameWatch: (() => void) | null = null;
	const watchFirstFrame = () => {
		if (frameWatch) map.off('render', frameWatch);
		const start = performance.now();
		frameWatch = () => {
			if (!map.isSourceLoaded('frontAreas') || !map.isSourceLoaded('frontLine')) return;
			performance.measure(STEP_FRAME, { start, end: performance.now() });
			map.off('render', frameWatch!);
			frameWatch = null;
		};
		map.on('render', frameWatch);
	};

	// Writes that arrive before the first load wait for it; only the latest of each kind. (Not
	// isStyleLoaded(): that is false again whenever a source is loading, and a write queued then
	// would never run.)
	const waiting = new Map<string, () => void>();
	let loaded = false;
	const whenLoaded = (kind: string, write: () => void) => {
		if (loaded) write();
		else waiting.set(kind, write);
	};
	map.once('load', () => {
		loaded = true;
		// The treaty view goes first: it sets how far the camera may go before anything frames.
		const ordered = [...waiting].sort(
			([a], [b]) => Number(b === 'treaty') - Number(a === 'treaty')
		);
		for (const [, write] of ordered) write();
		waiting.clear();
	});

	const drawFrontline = (frame: FrontlineFrame | null, nextCredit: string | null) => {
		// The update's synchronous work, measured by the benchmark from the mark the front-line
		// view sets when the day changes.
		(map.getSource('frontAreas') as GeoJSONSource).setData(frame?.areas ?? EMPTY);
		(map.getSource('frontLine') as GeoJSONSource).setData(frame?.line ?? EMPTY);
		if (nextCredit !== credit) {
			credit = nextCredit;
			map.removeControl(attribution);
			attribution = creditControl(credit);
			map.addControl(attribution);
		}
		if (performance.getEntriesByName(STEP_START, 'mark').length > 0) {
			performance.measure(STEP_WORK, STEP_START);
			performance.clearMarks(STEP_START);
			watchFirstFrame();
		}
	};

	const treaty = createTreatyOverlay(map, (message) => options.onLayerProblem?.(message));

	// Themes swap the light palette's colours wherever a layer uses them, keeping the originals.
	const colourOriginals = new Map<string, unknown>();
	const recolour = (theme: Theme) => {
		if (theme === 'light' && colourOriginals.size === 0 && colourOf === identity) return;
		const mapping = recolouring(theme);
		colourOf = theme === 'light' ? identity : (c) => mapping.get(c.toLowerCase()) ?? c;
		for (const { id, type } of map.getStyle().layers) {
			for (const name of COLOUR_PROPERTIES.filter((n) => appliesTo(n, type))) {
				const key = `${id}|${name}`;
				const current = map.getPaintProperty(id, name);
				if (current === undefined && !colourOriginals.has(key)) continue;
				if (!colourOriginals.has(key)) colourOriginals.set(key, current);
				const value = recolourValue(colourOriginals.get(key), mapping);
				map.setPaintProperty(id, name, value as never);
			}
		}
		for (const [image, pattern] of Object.entries(PATTERNS)) {
			if (map.hasImage(image))
				map.updateImage(image, diagonalHatch(colourOf(pattern.colour), 8, 2, pattern.direction));
		}
	};

	// Each scaled property's own value, kept to restore it when present mode ends.
	const originals = new Map<string, unknown>();
	const presentation = (on: boolean) => {
		if (!on && originals.size === 0) return;
		const scale = (key: string, current: unknown, set: (value: unknown) => void) => {
			// A property the layer does not set keeps its default, unscaled.
			if (current === undefined && !originals.has(key)) return;
			if (!originals.has(key)) originals.set(key, current);
			set(on ? scaleValue(originals.get(key), PRESENT_SCALE) : originals.get(key));
		};
		for (const { id, type } of map.getStyle().layers) {
			for (const name of SCALED_PROPERTIES.paint.filter((n) => appliesTo(n, type))) {
				scale(`${id}|${name}`, map.getPaintProperty(id, name), (value) =>
					// scaleValue keeps the value's shape: a number or the same kind of expression.
					map.setPaintProperty(id, name, value as never)
				);
			}
			for (const name of SCALED_PROPERTIES.layout.filter((n) => appliesTo(n, type))) {
				scale(`${id}|${name}`, map.getLayoutProperty(id, name), (value) =>
					map.setLayoutProperty(id, name, value as never)
				);
			}
		}
	};

	let highlighted: string[] = [];
	let selected: string | null = null;
	const drawSelection = (id: string | null) => {
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
	};

	return {
		map,
		selectVenue(id) {
			whenLoaded('venue', () => drawSelection(id));
		},
		setFrontline(frame, nextCredit) {
			whenLoaded('frontline', () => drawFrontline(frame, nextCredit));
		},
		setTreaty(view) {
			whenLoaded('treaty', () => treaty.set(view));
		},
		setTheme(theme) {
			whenLoaded('theme', () => recolour(theme));
		},
		setPresentation(on) {
			whenLoaded('presentation', () => presentation(on));
		},
		exportPng(caption) {
			const parts = credit ? [credit, BASEMAP_CREDIT] : [BASEMAP_CREDIT];
			return exportMapPng(map, { ...caption, attribution: parts.join(' · ') });
		},
		focus(bounds, venueIds) {
			whenLoaded('focus', () => {
				for (const id of highlighted)
					map.setFeatureState({ source: 'venues', id }, { highlight: false });
				highlighted = venueIds.filter((id) => venues.some((v) => v.id === id));
				for (const id of highlighted)
					map.setFeatureState({ source: 'venues', id }, { highlight: true });
				const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
				map.fitBounds(bounds, { padding: 40, maxZoom: 6, animate: !still, duration: 1200 });
			});
		},
		jumpTo([lng, lat, zoom]) {
			whenLoaded('focus', () => map.jumpTo({ center: [lng, lat], zoom }));
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
