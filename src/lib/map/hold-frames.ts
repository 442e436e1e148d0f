import type { MapSourceDataEvent } from 'maplibre-gl';

/** MapLibre's renderer, as far as this module touches it (`painter` is not public API). */
interface Painter {
	render: (...args: never[]) => void;
}

/** The map as this module uses it: its events, a repaint, and the renderer if it has one. */
export interface HoldableMap {
	on(type: 'sourcedata', listener: (event: MapSourceDataEvent) => void): unknown;
	on(type: 'error' | 'remove', listener: () => void): unknown;
	off(type: 'sourcedata', listener: (event: MapSourceDataEvent) => void): unknown;
	off(type: 'error' | 'remove', listener: () => void): unknown;
	triggerRepaint(): void;
}

export interface FrameHold {
	/** Whether the hold could be put on this MapLibre (its renderer is where it was looked for). */
	readonly installed: boolean;
	/** Frames MapLibre asked for and did not draw, before the first tile. */
	readonly held: number;
	/** Whether frames are being held now. */
	readonly holding: boolean;
}

/** Long enough for a slow phone's first tile; a map whose sources all fail still draws then. */
export const HOLD_LIMIT_MS = 8000;

/**
 * Until the first tile of any source is in, MapLibre's frames show only the sea: it draws one
 * for each source it reads, each style change and each image. With software WebGL each such frame
 * costs the main thread a read-back of the canvas (60–150 ms here) and takes a core from the
 * worker that is cutting the tiles. The container's background is the sea's colour, so a frame
 * not drawn looks the same. Measured on this machine (README, Benchmark): total blocking time at
 * a phone's view with the CPU slowed 4×, `/` 4.87 → 4.35 s and `/embed` 4.79 → 3.84 s.
 *
 * MapLibre keeps its renderer private; where it is not found (another version), nothing is held
 * and `installed` says so (a browser test checks it on the version the atlas ships).
 */
export function holdFramesUntilFirstTile(map: HoldableMap, limitMs = HOLD_LIMIT_MS): FrameHold {
	const painter = (map as unknown as { painter?: Partial<Painter> }).painter;
	if (typeof painter?.render !== 'function') return { installed: false, held: 0, holding: false };
	const target = painter as Painter;
	const ownRender = Object.prototype.hasOwnProperty.call(target, 'render');
	const render = target.render;
	let held = 0;
	let holding = true;
	const onData = (event: MapSourceDataEvent) => {
		if (event.tile) release(true);
	};
	const onError = () => release(true);
	const onRemove = () => release(false);
	const release = (repaint: boolean) => {
		if (!holding) return;
		holding = false;
		if (ownRender) target.render = render;
		else delete (target as Partial<Painter>).render;
		clearTimeout(timer);
		map.off('sourcedata', onData);
		map.off('error', onError);
		map.off('remove', onRemove);
		// The frame asked for while holding was skipped: draw what has come.
		if (repaint) map.triggerRepaint();
	};
	target.render = () => {
		held++;
	};
	const timer = setTimeout(() => release(true), limitMs);
	map.on('sourcedata', onData);
	map.on('error', onError);
	map.on('remove', onRemove);
	return {
		installed: true,
		get held() {
			return held;
		},
		get holding() {
			return holding;
		}
	};
}
