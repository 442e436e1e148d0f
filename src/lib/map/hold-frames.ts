import type { MapSourceDataEvent } from 'maplibre-gl';

/** MapLibre's renderer, as far as this module touches it (`painter` is internal to MapLibre). */
interface Painter {
	render: (...args: never[]) => void;
}

/** The map as this module uses it: its events, a repaint, and the renderer if it has one. */
export interface HoldableMap {
	on(type: 'sourcedata', listener: (event: MapSourceDataEvent) => void): unknown;
	on(type: 'error' | 'idle' | 'remove', listener: () => void): unknown;
	off(type: 'sourcedata', listener: (event: MapSourceDataEvent) => void): unknown;
	off(type: 'error' | 'idle' | 'remove', listener: () => void): unknown;
	triggerRepaint(): void;
}

export interface FrameHold {
	/** Whether the hold could be put on this MapLibre (its renderer is where it was looked for). */
	readonly installed: boolean;
	/** Frames MapLibre asked for and did not draw, before the first tile. */
	readonly held: number;
	/** Whether frames are being held now. */
	readonly holding: boolean;
	/** What ended the hold: the source whose tile came, or the reason; null while it holds. */
	readonly endedBy: string | null;
}

/**
 * Long enough for a slow phone's first tile. A source that fails ends the hold at once (an
 * error); this is for requests that stall.
 */
export const HOLD_LIMIT_MS = 8000;

/**
 * Until the first tile of the basemap is in, MapLibre's frames show only the sea, or the front
 * lines and venues over a bare sea (their sources are small and are cut first): it draws one for
 * each source it reads, each style change, each image and each of those sources' tiles. With
 * software WebGL each such frame costs the main thread a read-back of the canvas (60–150 ms
 * here) and takes a core from the worker that is cutting the tiles. The container's background is the sea's colour, so a frame
 * not drawn looks the same. What it saves is in the README (Benchmark).
 *
 * The hold ends at the first tile of `source` (the basemap's), an error, the map's first idle
 * (every source done without a tile: nothing would draw it otherwise) or after `limitMs`; the
 * frame after it has at least that tile, and the source's other tiles follow as they are cut.
 * MapLibre's renderer is internal; where it is not found (another version), nothing is held and
 * `installed` says so (a browser test checks it on the version the atlas ships).
 */
export function holdFramesUntilFirstTile(
	map: HoldableMap,
	source: string,
	limitMs = HOLD_LIMIT_MS
): FrameHold {
	const painter = (map as unknown as { painter?: Partial<Painter> }).painter;
	if (typeof painter?.render !== 'function')
		return { installed: false, held: 0, holding: false, endedBy: null };
	const target = painter as Painter;
	const ownRender = Object.prototype.hasOwnProperty.call(target, 'render');
	const render = target.render;
	let held = 0;
	let endedBy: string | null = null;
	const onData = (event: MapSourceDataEvent) => {
		if (event.tile && event.sourceId === source) release(source);
	};
	// An error, or every source done without a tile: draw what there is.
	const onError = () => release('error');
	const onIdle = () => release('idle');
	const onRemove = () => release('remove');
	const release = (reason: string) => {
		if (endedBy !== null) return;
		endedBy = reason;
		if (ownRender) target.render = render;
		else delete (target as Partial<Painter>).render;
		clearTimeout(timer);
		map.off('sourcedata', onData);
		map.off('error', onError);
		map.off('idle', onIdle);
		map.off('remove', onRemove);
		// The frame asked for while holding was skipped: draw what has come (a removed map draws
		// nothing again).
		if (reason !== 'remove') map.triggerRepaint();
	};
	target.render = () => {
		held++;
	};
	const timer = setTimeout(() => release('limit'), limitMs);
	map.on('sourcedata', onData);
	map.on('error', onError);
	map.on('idle', onIdle);
	map.on('remove', onRemove);
	return {
		installed: true,
		get held() {
			return held;
		},
		get holding() {
			return endedBy === null;
		},
		get endedBy() {
			return endedBy;
		}
	};
}
