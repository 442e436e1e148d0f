/**
 * The only module that creates a MapLibre map, and the one place that owns it: it composes the
 * map's parts (credit, venues, front lines, treaty layers, theme and present-mode overrides,
 * camera). It is loaded with a dynamic import from the map component in the browser, so neither
 * SSR nor other pages pull in MapLibre's 300 KB.
 */
import { m } from '../paraglide/messages';
import { getLocale } from '../paraglide/runtime';
import 'maplibre-gl/dist/maplibre-gl.css';
import {
	LngLatBounds,
	Map as MapLibreMap,
	prewarm,
	setWorkerUrl,
	type ErrorEvent,
	type LngLatBoundsLike,
	type MapSourceDataEvent
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { Venue } from '../content/venues';
import type { FrontlineFrame } from '../frontlines/store';
import { FIRST_IDLE } from '../perf-marks';
import { errorReason } from '../error-reason';
import { createMapExtent } from './extent';
import { COMPACT_QUERY } from '../layout/sheet';
import type { Camera } from '../state/url';
import type { Theme } from '../theme';
import type { TreatyView } from '../treaty/layers';
import { moveCamera, watchMoves, type CameraTarget } from './camera';
import { watchBasemap } from './basemap-watch';
import { createMapCredit } from './credit';
import { mapLocale } from './map-locale';
import { exportMapPng, type ExportCaption } from './export-png';
import { PALETTES } from './palette';
import { createVideoFrames, type VideoFrameRequest, type VideoFrameSize } from './video-frames';
import { MAP_FONT_FACES } from './fonts';
import { createDaySwitch } from './day-layer';
import { dayLook, evaluatedPaint } from './day-look';
import { createDragOverlay } from './drag-overlay';
import { createFrontlineDrawing, type DrawnFrame } from './frontline-layer';
import { createMeshBuilder } from './mesh-builder';
import { WORLD_TILES } from './basemap-tiles';
import { holdFramesUntilFirstTile } from './hold-frames';
import { createLoadQueue } from './load-queue';
import { diagonalHatch } from './patterns';
import {
	BASEMAP_SOURCE,
	buildStyle,
	LAYER,
	PATTERNS,
	WORLD_BASEMAP_LAYERS,
	WORLD_SOURCE
} from './style';
import { createStyleOverrides } from './style-overrides';
import { createTreatyOverlay } from './treaty-overlay';
import { createCompareLayer } from './compare-layer';
import { venueHalos, venuePoints } from './venue-features';
import { createVenueMarkers } from './venue-markers';
import {
	CAMERA_BOUNDS,
	DATA_BOUNDS,
	HOME_BOUNDS,
	MAX_ZOOM,
	MIN_ZOOM,
	reachesBeyond,
	type Box
} from './view';

export interface AtlasMapOptions {
	venues: readonly Venue[];
	onSelectVenue: (id: string) => void;
	/** Called once, when the map first becomes idle with everything drawn. */
	onReady: () => void;
	/** Part of the map failed; with `retry` where it can be tried again without a reload. */
	onError: (message: string, retry?: () => void) => void;
	/** The reader panned or zoomed (not the story's own camera moves). */
	onUserMove?: (camera: Camera) => void;
	/** The map came to rest after any move. */
	onSettle?: (camera: Camera) => void;
	/** An optional layer could not be shown; the rest of the map is unaffected. */
	onLayerProblem?: (message: string) => void;
	/** The front lines in the frame on screen changed (a step drawn, or MapLibre's layers caught up). */
	onFrontlineDrawn?: (frame: DrawnFrame | null) => void;
	/**
	 * Inside another page: the wheel scrolls the page unless Ctrl/⌘ is held, one finger scrolls
	 * it on touch screens, and the credit stays unfolded.
	 */
	embedded?: boolean;
}

export interface AtlasMap {
	readonly map: MapLibreMap;
	/** Draws only these venues (the chapter's and the milestone's); null: all of them. */
	showVenues(ids: readonly string[] | null): void;
	selectVenue(id: string | null): void;
	/**
	 * Moves the camera to a target (a framing flies, or jumps under prefers-reduced-motion; a
	 * camera from the URL jumps) and highlights its venues. The caller decides when: once per
	 * target key, so a reader who pans keeps control.
	 */
	moveTo(target: CameraTarget): void;
	/** Draws one date of the front lines (null clears them) and credits the frame's source. */
	setFrontline(frame: FrontlineFrame | null): void;
	/**
	 * A day the reader may step to next, made ready so that the step costs one repaint. Returns
	 * false when it was ready already.
	 */
	prepareFrontline(frame: FrontlineFrame): boolean;
	/** Whether a day still needs `prepareFrontline`. */
	needsFrontline(sourceId: string, date: string): boolean;
	/** The reader is dragging the date: days are drawn on a light overlay meanwhile. */
	setScrubbing(on: boolean): void;
	/** Shows the treaty layers in the view (the guarantor layer opens the camera to the world). */
	setTreaty(view: TreatyView): void;
	/**
	 * Draws a comparison: features with `change` = `reference` (the other day's front line, dashed),
	 * `gained` or `lost` (areas that changed hands); null takes it away.
	 */
	setCompare(data: GeoJSON.FeatureCollection | null): void;
	/**
	 * The swipe view: `reference`'s front lines left of `x` (a fraction of the map's width), the
	 * day shown right of it; null ends it.
	 */
	setSwipe(split: { x: number; reference: FrontlineFrame } | null): void;
	/** Recolours the map for a theme (dark, high contrast) or back to light. */
	setTheme(theme: Theme): void;
	/** Present mode: lines, labels and dots drawn larger for a projector; off restores them. */
	setPresentation(on: boolean): void;
	/** The view as a PNG, with the caption and the credit burned in (for slides). */
	exportPng(caption: Omit<ExportCaption, 'attribution'>): Promise<Blob>;
	/** Video: sizes the map for its frames and freezes its clock; the function returned undoes it. */
	beginVideo(size: VideoFrameSize): () => void;
	/** Video: draws the next frame that shows what is asked, caption and credit burned in. */
	drawVideoFrame(context: CanvasRenderingContext2D, request: VideoFrameRequest): Promise<void>;
	destroy(): void;
}

// Vite cannot see the worker MapLibre would look up by itself; without this the built app's map
// never loads its sources. The worker is started as this module loads, while the page still
// hydrates, rather than when the first map is made: its script is then compiled by the time the
// map first needs it.
setWorkerUrl(workerUrl);
prewarm();

export async function createAtlasMap(
	container: HTMLElement,
	options: AtlasMapOptions
): Promise<AtlasMap> {
	const { venues } = options;

	const map = new MapLibreMap({
		container,
		style: buildStyle({
			tileOrigin: location.origin,
			venuePoints: venuePoints(venues),
			venueHalos: venueHalos(venues),
			fontFaces: MAP_FONT_FACES,
			hiddenPlaceNames: venues.map((v) => v.mapLabel),
			labelLanguage: getLocale()
		}),
		// The style is built here and checked against the specification by the unit tests
		// (style.test.ts); checking it again on every load is a long task on a slow phone.
		validateStyle: false,
		bounds: HOME_BOUNDS,
		// On a phone the chips (legend, layers) sit over the map's top: the first view starts
		// below them, so no venue (Moscow, at its top) is under a chip.
		fitBoundsOptions: {
			padding: matchMedia(COMPACT_QUERY).matches ? { top: 56, right: 16, bottom: 16, left: 16 } : 24
		},
		maxBounds: CAMERA_BOUNDS,
		minZoom: MIN_ZOOM,
		maxZoom: MAX_ZOOM,
		dragRotate: false,
		pitchWithRotate: false,
		touchPitch: false,
		attributionControl: false,
		cooperativeGestures: options.embedded ?? false,
		locale: mapLocale(),
		// Labels appear at once: a fade is a run of whole-map frames each time tiles arrive (the
		// world's, after the first idle), each a long task on a weak device (README, Benchmark).
		fadeDuration: 0
	});
	// Before anything asks for a frame: those before the basemap's first tile would draw only the
	// sea, or the front lines over a bare sea.
	const frameHold = holdFramesUntilFirstTile(map, BASEMAP_SOURCE);
	const credit = createMapCredit(map, options.embedded ?? false);
	map.touchZoomRotate.disableRotation();
	map.keyboard.disableRotation();
	map.getCanvas().setAttribute('aria-label', m.map_canvas_label());

	const hatch = (id: string, colourOf: (colour: string) => string) => {
		const pattern = PATTERNS[id];
		return diagonalHatch(colourOf(pattern.colour), 8, 2, pattern.direction);
	};
	const overrides = createStyleOverrides(map, (colourOf) => {
		for (const id of Object.keys(PATTERNS)) {
			if (map.hasImage(id)) map.updateImage(id, hatch(id, colourOf));
		}
	});
	// The hatch patterns are drawn in code when a layer first needs them (there is no sprite).
	map.setMissingStyleImageResolver((id) => {
		if (PATTERNS[id] && !map.hasImage(id)) map.addImage(id, hatch(id, overrides.colourOf));
	});
	const basemap = watchBasemap(map, options.onError);
	map.getCanvas().addEventListener('webglcontextlost', () => options.onError(m.map_context_lost()));

	const markers = createVenueMarkers(map, venues, options.onSelectVenue);
	watchMoves(map, { onReaderMove: options.onUserMove, onSettle: options.onSettle });
	// Both stand-ins for the front-line layers paint with those layers' look, in the current theme.
	const hatchColour = (pattern: string) => overrides.colourOf(PATTERNS[pattern].colour);
	const readLook = () => dayLook(evaluatedPaint(map), hatchColour);
	const days = createDaySwitch(map, readLook);
	const overlay = createDragOverlay(map, readLook, hatchColour);
	// The swipe view's other day, left of the divider (the day shown is `days`, right of it).
	const otherDays = createDaySwitch(map, readLook, 'front-days-other');
	const meshes = createMeshBuilder();
	const drawFrontline = createFrontlineDrawing(
		map,
		credit,
		days,
		overlay,
		meshes,
		options.onFrontlineDrawn,
		otherDays
	);
	map.once('style.load', () => {
		// At the places of the layers they stand in for: areas under the basemap's water and
		// borders, the line above them.
		for (const layers of [days.layers, otherDays.layers]) {
			map.addLayer(layers[0], 'occupied-2014-hatch');
			map.addLayer(layers[1], LAYER.outsideData);
		}
	});
	map.once('load', () => {
		window.__talksAtlas = {
			map,
			get drawnDay() {
				return drawFrontline.drawn?.date ?? null;
			},
			get drawnBy() {
				return drawFrontline.drawnBy;
			},
			get preparedDays() {
				return drawFrontline.preparedDays;
			},
			get dayMeshesBuiltBy() {
				return meshes.inWorker ? 'worker' : 'page';
			},
			get world() {
				return worldState;
			},
			get frameHold() {
				const { installed, held, endedBy } = frameHold;
				return { installed, held, endedBy };
			},
			get swipeDays() {
				// Keys are `source/date`; the date is what a check compares.
				const day = (key: string | null) => key?.split('/')[1] ?? null;
				return otherDays.drawn ? { left: day(otherDays.drawn), right: day(days.drawn) } : null;
			}
		};
	});
	const extent = createMapExtent(map);
	let removed = false;
	map.once('remove', () => (removed = true));
	// The world around the region, once the region is drawn and only when the view reaches past
	// it: it is never what a reader came for first, and until it comes the region's neutral frame
	// stands in (a small embed inside the region never downloads it).
	let world: Promise<void> | null = null;
	let worldState: 'not-needed-yet' | 'loading' | 'drawn' | 'failed' = 'not-needed-yet';
	/** Resolves when the world source's tiles in view are in (or the map has nothing to load). */
	const worldTilesIn = () =>
		new Promise<void>((resolve) => {
			const done = () => {
				map.off('sourcedata', onData);
				map.off('idle', done);
				map.off('remove', done);
				resolve();
			};
			const onData = (event: MapSourceDataEvent) => {
				if (event.sourceId === WORLD_SOURCE && event.tile && map.isSourceLoaded(WORLD_SOURCE))
					done();
			};
			map.on('sourcedata', onData);
			map.on('idle', done);
			map.on('remove', done);
		});
	/** The world could not be drawn: the region keeps its frame, and the reader is told once. */
	const worldFailed = (why: string) => {
		// A tile failing after the world is drawn (offline, one never stored) leaves it drawn.
		if (worldState !== 'loading' || removed) return;
		worldState = 'failed';
		// Hidden again: under the band, its tiles would be fetched for nothing.
		for (const id of WORLD_BASEMAP_LAYERS) map.setLayoutProperty(id, 'visibility', 'none');
		options.onLayerProblem?.(m.map_world_failed({ why }));
	};
	// One router for the map's errors: the basemap's come with a way to try again
	// (basemap-watch.ts, which listens itself), the world's are a notice about that layer, and any
	// other is an error of the map.
	map.on('error', (event: ErrorEvent & { sourceId?: string }) => {
		if (basemap.owns(event)) return;
		if (event.sourceId === WORLD_SOURCE) worldFailed(errorReason(event.error));
		else options.onError(m.map_error_why({ why: errorReason(event.error) }));
	});
	const worldIfSeen = () => {
		const b = map.getBounds();
		const view: Box = [
			[b.getWest(), b.getSouth()],
			[b.getEast(), b.getNorth()]
		];
		if (world || removed || !reachesBeyond(view, DATA_BOUNDS)) return;
		map.off('moveend', worldIfSeen);
		worldState = 'loading';
		// Shown, its layers make MapLibre fetch the world's tiles in view (until then the source is
		// unused and fetches nothing).
		for (const id of WORLD_BASEMAP_LAYERS) map.setLayoutProperty(id, 'visibility', 'visible');
		world = worldTilesIn().then(() => {
			if (removed || worldState !== 'loading') return;
			// MapLibre takes a tile answered 404 for an empty one, without an error. Every view the
			// camera reaches past the region has land in its tiles: none at all means no tiles.
			if (map.querySourceFeatures(WORLD_SOURCE, { sourceLayer: WORLD_TILES.layer }).length === 0)
				return worldFailed(m.map_world_not_found({ path: WORLD_TILES.path }));
			// The band beyond the data goes in the frame that draws the world's tiles: hidden
			// before they are in, it would leave bare sea there. (The camera's wider bounds come
			// with it.)
			extent.setWorldBasemap(true);
			worldState = 'drawn';
		});
	};
	map.once('idle', () => {
		// Read by the benchmark (tests/tools/bench.mjs) as "time to first map idle".
		performance.mark(FIRST_IDLE);
		options.onReady();
		basemap.checkDrawn();
		worldIfSeen();
		if (!world) map.on('moveend', worldIfSeen);
	});

	// Writes wait for the style, not for the map's first complete frame ('load'): the front line,
	// the venues' filter and the rest then tile in the worker beside the basemap, where after
	// 'load' each was a second round of tiling and frames before the first idle.
	// The treaty view goes first: it sets how far the camera may go before anything frames.
	const whenLoaded = createLoadQueue((run) => map.once('style.load', run), ['treaty']);
	const treaty = createTreatyOverlay(map, {
		onProblem: (message) => options.onLayerProblem?.(message),
		onLayersAdded: (ids) => overrides.adopt(ids),
		onWorldView: (on) => extent.setWorldView(on)
	});

	const compare = createCompareLayer(map, (ids) => overrides.adopt(ids));
	let theme: Theme = 'light';
	const video = createVideoFrames(
		map,
		() => drawFrontline.drawn,
		() => credit.text(),
		() => PALETTES[theme]
	);

	return {
		map,
		showVenues(ids) {
			whenLoaded('venues-shown', () => markers.show(ids));
		},
		selectVenue(id) {
			whenLoaded('venue', () => markers.select(id));
		},
		setFrontline(frame) {
			whenLoaded('frontline', () => drawFrontline.draw(frame));
		},
		prepareFrontline(frame) {
			// Not queued: the day switch keeps what comes before the map loads.
			return drawFrontline.prepare(frame);
		},
		needsFrontline(sourceId, date) {
			return drawFrontline.needs(sourceId, date);
		},
		setScrubbing(on) {
			whenLoaded('scrubbing', () => drawFrontline.setScrubbing(on));
		},
		setTreaty(view) {
			whenLoaded('treaty', () => treaty.set(view));
		},
		setCompare(data) {
			whenLoaded('compare', () => compare.set(data));
		},
		setSwipe(split) {
			whenLoaded('swipe', () => drawFrontline.setSplit(split));
		},
		setTheme(next) {
			theme = next;
			whenLoaded('theme', () => overrides.setTheme(next));
		},
		setPresentation(on) {
			whenLoaded('presentation', () => overrides.setPresentation(on));
		},
		exportPng(caption) {
			return exportMapPng(map, { ...caption, attribution: credit.text() }, PALETTES[theme]);
		},
		beginVideo: video.begin,
		drawVideoFrame: video.draw,
		moveTo(target) {
			whenLoaded('camera', () => {
				markers.highlight(target.venues);
				// A framing past the region (the later talks' venues) widens the camera first, or
				// the region's bounds would clamp it; the world basemap follows on moveend.
				if ('bounds' in target && reachesBeyond(asBox(target.bounds), CAMERA_BOUNDS))
					extent.reachFar();
				// A link's own camera far from the region (copied at Anchorage) likewise.
				if ('camera' in target) {
					const [lon, lat] = target.camera;
					if (
						reachesBeyond(
							[
								[lon, lat],
								[lon, lat]
							],
							CAMERA_BOUNDS
						)
					)
						extent.reachFar();
				}
				moveCamera(map, target, matchMedia('(prefers-reduced-motion: reduce)').matches);
			});
		},
		destroy() {
			drawFrontline.destroy();
			meshes.destroy();
			markers.remove();
			map.remove();
			if (window.__talksAtlas?.map === map) delete window.__talksAtlas;
		}
	};
}

function asBox(bounds: LngLatBoundsLike): Box {
	const b = LngLatBounds.convert(bounds);
	return [
		[b.getWest(), b.getSouth()],
		[b.getEast(), b.getNorth()]
	];
}
