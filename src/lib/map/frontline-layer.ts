import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FrontlineFrame } from '../frontlines/store';
import { STEP_FRAME, STEP_START, STEP_WORK } from '../perf-marks';
import { EMPTY_COLLECTION } from '../geojson';
import type { MapCredit } from './credit';
import type { DaySwitch } from './day-layer';
import { buildDayMesh } from './day-mesh';
import type { DragOverlay } from './drag-overlay';
import { MeshCancelled, type MeshBuilder } from './mesh-builder';
import { FRONT_AREA_DRAWS, FRONT_LINE_DRAWS, setLayerShown } from './style';

/** What the map shows of the front lines in the frame on screen. */
export type DrawnFrame = Pick<FrontlineFrame, 'sourceId' | 'date' | 'attribution'>;

/** Which layers drew the front lines on screen. */
export type FrontlineDrawer = 'maplibre' | 'day-switch' | 'drag-overlay';

export interface FrontlineDrawing {
	/** Shows one day's front lines (null: none) and credits the assessment they come from. */
	draw(frame: FrontlineFrame | null): void;
	/**
	 * A day the reader may go to next: turned into GPU buffers now, so going there is instant.
	 * Returns false when it was ready already.
	 */
	prepare(frame: FrontlineFrame): boolean;
	/** Whether a day still needs preparing (asked before it is decoded). */
	needs(sourceId: string, date: string): boolean;
	/** The reader is dragging the date (or stopped): days are drawn on the drag overlay meanwhile. */
	setScrubbing(on: boolean): void;
	/** The front lines in the last frame drawn (null before any or when none are shown). */
	readonly drawn: DrawnFrame | null;
	readonly drawnBy: FrontlineDrawer;
	/** How many days are ready to be shown at the cost of a repaint. */
	readonly preparedDays: number;
	/**
	 * The swipe view: another day's front lines left of `x` (a fraction of the map's width), the
	 * day shown right of it, both by day switches (MapLibre's layers cannot be cut at a line);
	 * null ends it.
	 */
	setSplit(split: { x: number; reference: FrontlineFrame } | null): void;
	/** Stops what is pending (the map is going away). */
	destroy(): void;
}

/**
 * How long the date must stay still before MapLibre's own layers take over from the day switch:
 * longer than the gap between held-key steps and fast playback (7–15 days a second), so the
 * worker's tiling does not compete with those frames; slower playback lets it catch up between.
 */
const SETTLE_MS = 250;

const BASE_LAYERS = [...FRONT_AREA_DRAWS.map(({ layer }) => layer), ...FRONT_LINE_DRAWS];

const keyOf = (frame: { sourceId: string; date: string }) => `${frame.sourceId}/${frame.date}`;

/**
 * Draws the chosen day's front lines in the first frame after the step that chose it, when the
 * day was prepared ahead:
 * - while the reader drags the date, on the drag overlay (`drag-overlay.ts`), a canvas that
 *   redraws only the front lines, so the drag keeps pace with the pointer;
 * - otherwise with the day switch (`day-layer.ts`), custom layers in the front lines' place in
 *   the style, at the cost of one repaint, MapLibre's GeoJSON layers hidden meanwhile.
 * Once the date rests, the day goes to MapLibre's layers (which the reader can query and which
 * tile sharply at any zoom), and they are shown again once they have it. A day not prepared goes
 * to MapLibre's layers at once, and the day on screen stays until they have it.
 *
 * The credit and `onDrawn` always describe the frame on screen, not the one asked for.
 */
export function createFrontlineDrawing(
	map: MapLibreMap,
	credit: MapCredit,
	days: DaySwitch,
	overlay: DragOverlay,
	meshes: MeshBuilder,
	onDrawn: (frame: DrawnFrame | null) => void = () => {},
	/** The swipe view's other day. */
	otherDays: DaySwitch | null = null
): FrontlineDrawing {
	let split: { x: number; reference: FrontlineFrame } | null = null;
	let wanted: FrontlineFrame | null = null;
	/** What MapLibre's sources were given, and what their tiles hold once loaded. */
	let given: FrontlineFrame | null = null;
	let held: FrontlineFrame | null = null;
	let baseShown = true;
	let scrubbing = false;
	let drawn: DrawnFrame | null = null;
	let drawnBy: FrontlineDrawer = 'maplibre';
	let settle: ReturnType<typeof setTimeout> | null = null;
	/** Start of the step being timed, for the benchmark's `talks-atlas:step-frame`. */
	let stepStart: number | null = null;
	const prepared = new Map<string, DrawnFrame>();
	/** Days whose mesh the worker is building. */
	const building = new Set<string>();
	let destroyed = false;

	const showBase = (on: boolean) => {
		if (on === baseShown) return;
		baseShown = on;
		for (const layer of BASE_LAYERS) setLayerShown(map, layer, on);
	};

	const give = (frame: FrontlineFrame | null) => {
		if (frame === given) return;
		given = frame;
		(map.getSource('frontAreas') as GeoJSONSource).setData(frame?.areas ?? EMPTY_COLLECTION);
		(map.getSource('frontLine') as GeoJSONSource).setData(frame?.line ?? EMPTY_COLLECTION);
	};

	const baseLoaded = () => map.isSourceLoaded('frontAreas') && map.isSourceLoaded('frontLine');

	/** Records what a frame shows: the credit and `onDrawn` follow it. */
	const report = (onScreen: DrawnFrame | null, by: FrontlineDrawer) => {
		drawnBy = by;
		if (onScreen?.sourceId !== drawn?.sourceId || onScreen?.date !== drawn?.date) {
			drawn = onScreen ? pick(onScreen) : null;
			credit.set(drawn?.attribution ?? null);
			onDrawn(drawn);
		}
	};

	/** Ends the step's timing if the frame drawn at `at` shows the day asked for. */
	const timeStep = (at: number) => {
		const shows =
			wanted === null ? drawn === null : drawn !== null && keyOf(drawn) === keyOf(wanted);
		if (stepStart !== null && shows) {
			performance.measure(STEP_FRAME, { start: stepStart, end: at });
			stepStart = null;
		}
	};

	map.on('render', () => {
		if (baseLoaded()) held = given;
		const switchKey = days.drawn;
		// What the map's canvas shows; the overlay, while it is up, is drawn above it.
		const canvasShows = baseShown ? held : switchKey ? (prepared.get(switchKey) ?? null) : null;
		const dragging = scrubbing && wanted !== null && overlay.shown === keyOf(wanted);
		// The overlay comes down in the frame where the map's own layers show a day, never before.
		const overlayUp = overlay.shown !== null && (dragging || !canvasShows);
		if (overlay.shown && !overlayUp) overlay.show(null);
		if (!overlayUp) {
			report(canvasShows, baseShown ? 'maplibre' : 'day-switch');
			timeStep(performance.now());
		}
		// Hand over to MapLibre's layers once they hold the day asked for (not while the overlay
		// draws it: both would show); they draw from the next frame on.
		if (!split && !baseShown && !dragging && held === wanted && baseLoaded()) {
			showBase(true);
			days.show(null);
		}
	});

	// Half a pixel at the zoom the map is at, as MapLibre simplifies its tiles.
	const tolerance = () => 0.5 / (512 * 2 ** Math.floor(map.getZoom()));
	const meshOf = (frame: FrontlineFrame) => buildDayMesh(frame.areas, frame.line, tolerance());
	const readied = (key: string) => days.has(key) || building.has(key);

	/**
	 * Readies the day switch's drawing of a frame (and remembers what it shows): in the worker,
	 * or `now`, on this thread, for a day that must be drawn at once (the swipe view's).
	 */
	function prepareDay(frame: FrontlineFrame, key: string, now = false): void {
		prepared.set(key, pick(frame));
		// The day switch forgets the oldest days; so does this, now and then.
		if (prepared.size > 2 * days.size + 100) {
			for (const k of prepared.keys()) if (k !== key && !readied(k)) prepared.delete(k);
		}
		if (days.has(key)) return;
		if (now) return days.prepare(key, meshOf(frame));
		if (building.has(key)) return;
		building.add(key);
		meshes.build(frame.areas, frame.line, tolerance()).then(
			(mesh) => {
				building.delete(key);
				if (!destroyed) days.prepare(key, mesh);
			},
			(error: unknown) => {
				building.delete(key);
				// Dropped (the reader went elsewhere): asked for again if still near. A day that
				// cannot be prepared is drawn the slow way when reached.
				if (!(error instanceof MeshCancelled))
					console.warn('A front-line day could not be prepared ahead:', error);
			}
		);
	}

	function prepare(frame: FrontlineFrame): boolean {
		const key = keyOf(frame);
		if (readied(key) && overlay.has(key)) return false;
		prepareDay(frame, key);
		if (!overlay.has(key)) overlay.prepare(key, frame.areas, frame.line);
		return true;
	}

	const draw = (frame: FrontlineFrame | null) => {
		// Another day: the days queued for the worker around the old one wait no longer (the
		// days around this one are asked for next, nearest first).
		const key = frame ? keyOf(frame) : null;
		if (key !== (wanted ? keyOf(wanted) : null)) meshes.dropQueued();
		wanted = frame;
		if (settle) clearTimeout(settle);
		settle = null;
		// The swipe view draws both days with the day switches, however the date moves.
		// The drag overlay is not used there, so only the day switch is readied.
		if (split && frame && key && !days.has(key)) prepareDay(frame, key, true);
		if (frame && key && split && days.has(key)) {
			days.show(key);
			showBase(false);
		} else if (frame && key && scrubbing && overlay.has(key)) {
			// Drawn now, and described now: the canvas and the legend reach the screen in the same
			// frame. No map repaint: the map under the overlay stays as it is.
			overlay.show(key);
			report(prepared.get(key) ?? null, 'drag-overlay');
			days.show(null);
			showBase(false);
			requestAnimationFrame(timeStep);
			return;
		} else if (frame && key && days.has(key)) {
			days.show(key);
			showBase(false);
			// MapLibre's layers catch up only when the date rests.
			if (!scrubbing) settle = setTimeout(() => give(wanted), SETTLE_MS);
		} else {
			give(frame);
			// No front lines: whatever shows a day goes; MapLibre's layers are shown again (by the
			// hand-over) once they hold nothing, so no stale day reappears meanwhile.
			if (!frame) {
				days.show(null);
				overlay.show(null);
			}
		}
		map.triggerRepaint();
	};

	return {
		draw(frame) {
			draw(frame);
			const started = performance.getEntriesByName(STEP_START, 'mark').at(-1);
			if (started) {
				performance.measure(STEP_WORK, STEP_START);
				performance.clearMarks(STEP_START);
				stepStart = started.startTime;
			}
		},
		prepare,
		needs(sourceId, date) {
			const key = keyOf({ sourceId, date });
			return !readied(key) || !overlay.has(key);
		},
		setScrubbing(on) {
			if (on === scrubbing) return;
			scrubbing = on;
			// Released: the day goes to the layers in the style (the overlay stays until they have it),
			// and MapLibre's catch up once the date rests.
			if (!on && (overlay.shown || !baseShown)) draw(wanted);
		},
		setSplit(next) {
			if (!otherDays) return;
			const was = split;
			split = next;
			if (!next) {
				otherDays.show(null);
				otherDays.clip(null);
				days.clip(null);
				// Back to the usual hand-over to MapLibre's layers.
				if (was) draw(wanted);
				return;
			}
			const key = keyOf(next.reference);
			if (!otherDays.has(key)) otherDays.prepare(key, meshOf(next.reference));
			otherDays.clip([0, next.x]);
			otherDays.show(key);
			days.clip([next.x, 1]);
			if (!was || next.reference !== was.reference) draw(wanted);
		},
		get drawn() {
			return drawn;
		},
		get drawnBy() {
			return drawnBy;
		},
		get preparedDays() {
			return days.size;
		},
		destroy() {
			destroyed = true;
			if (settle) clearTimeout(settle);
			settle = null;
		}
	};
}

function pick({ sourceId, date, attribution }: DrawnFrame): DrawnFrame {
	return { sourceId, date, attribution };
}
